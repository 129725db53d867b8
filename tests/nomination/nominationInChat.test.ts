// The nomination in chat, over real HTTP with the demo in Azurite: Mette (leader) nominates Jonas
// through the two-step card, Lars (HR of Sundhed og Omsorg) decides on a card in his personal chat,
// Mette is told the outcome and Jonas is welcomed. Plus what is refused: invalid input, someone
// with an active programme, HR of another department (even with crafted button data), and a
// non-admin changing the HR mapping, which the programme admin Hanne can change.
import { seedDemo } from '../../bot/src/demo/seedDemo';
import { demoPeople } from '../../bot/src/demo/demoPeople';
import { Person } from '../../bot/src/domain/people';
import { TableStorage } from '../../bot/src/storage';
import { visibleText } from '../cards/cardInspection';
import { azuriteStorage, BotServer, startBotServer } from '../support/botServer';
import { RecordedActivity, RecordingConnector, startRecordingConnector } from '../support/recordingConnector';
import { TeamsUser, asTeamsUser } from '../bot/activities';
import { cardOf } from '../bot/cardOf';
import { personalChatOf, sendInPersonalChat } from '../support/chat';

let storage: TableStorage;
let bot: BotServer;
let connector: RecordingConnector;

const person = (id: string, name: string, extra: Partial<Person> = {}): Person => ({
  id,
  name,
  email: `${name.split(' ')[0].toLowerCase()}@demo.aarhus.dk`,
  locale: 'da-DK',
  isProgrammeAdmin: false,
  hrDepartmentIds: [],
  ...extra,
});
// HR consultant of Børn og Unge: another department.
const fridaPerson = person('7a1b2c3d-0000-4000-8000-000000000001', 'Frida Bach', { hrDepartmentIds: ['bu'] });
// Says she serves Sundhed og Omsorg, but the department does not list her: the department decides.
const piaPerson = person('7a1b2c3d-0000-4000-8000-000000000002', 'Pia Lund', { hrDepartmentIds: ['mso'] });
const karinPerson = person('7a1b2c3d-0000-4000-8000-000000000003', 'Karin Vestergaard');
const peterPerson = person('7a1b2c3d-0000-4000-8000-000000000004', 'Peter Dam');

const mette = asTeamsUser(demoPeople.leader);
const lars = asTeamsUser(demoPeople.hrConsultant);
const jonas = asTeamsUser(demoPeople.colleague);
const ahmad = asTeamsUser(demoPeople.traineeInStartup);
const hanne = asTeamsUser(demoPeople.programmeAdmin);
const frida = asTeamsUser(fridaPerson);
const pia = asTeamsUser(piaPerson);
const karin = asTeamsUser(karinPerson);
const peter = asTeamsUser(peterPerson);

beforeAll(async () => {
  storage = await azuriteStorage('nomination');
  await seedDemo(storage, new Date());
  for (const p of [fridaPerson, piaPerson, karinPerson, peterPerson]) await storage.people.add(p);
  await storage.departments.add({ id: 'bu', name: 'Børn og Unge', hrConsultants: [{ id: fridaPerson.id, name: fridaPerson.name }] });
  connector = await startRecordingConnector();
  bot = await startBotServer({ storage, conversationReferences: storage.conversationReferences });
  // Everyone has written to the bot before, so it can reach them; all read Danish.
  for (const user of [mette, lars, jonas, ahmad, hanne, frida, pia, karin, peter]) await say(user, 'sprog dansk');
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});


const chatOf = personalChatOf;

/** Sends typed text or a card's Action.Submit value; returns the replies in the sender's chat. */
async function say(user: TeamsUser, text: string, value?: object): Promise<RecordedActivity[]> {
  return sendInPersonalChat(bot, connector, user, text, value);
}

/** What the bot sends into someone's chat while `act` runs. */
async function toChatOf(user: TeamsUser, act: () => Promise<unknown>): Promise<RecordedActivity[]> {
  const before = connector.activitiesIn(chatOf(user)).length;
  await act();
  return connector.activitiesIn(chatOf(user)).slice(before);
}

type Node = Record<string, unknown>;
function walk(node: unknown, visit: (n: Node) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (node && typeof node === 'object') {
    visit(node as Node);
    Object.values(node).forEach((v) => walk(v, visit));
  }
}

/** The data a button with this title sends, as the card would send it back (inputs are added by the test). */
function buttonData(card: unknown, title: string): Record<string, unknown> {
  let found: Record<string, unknown> | undefined;
  walk(card, (n) => {
    if (n.type === 'Action.Submit' && n.title === title) found = n.data as Record<string, unknown>;
  });
  if (!found) throw new Error(`No button "${title}" on ${JSON.stringify(card)}`);
  return found;
}

function input(card: unknown, id: string): Node {
  let found: Node | undefined;
  walk(card, (n) => {
    if (typeof n.type === 'string' && n.type.startsWith('Input.') && n.id === id) found = n;
  });
  if (!found) throw new Error(`No input "${id}" on ${JSON.stringify(card)}`);
  return found;
}

async function programmesOf(p: { id: string }) {
  return (await storage.programmes.listForPerson(p.id)).filter((x) => x.trainee.id === p.id);
}

/** Mette searches for `query` and gets the form. */
async function formFor(query: string): Promise<Record<string, unknown>> {
  const [searchReply] = await say(mette, 'indstil');
  const searchCard = cardOf(searchReply);
  expect(input(searchCard, 'query').type).toBe('Input.Text');
  const [formReply] = await say(mette, '', { ...buttonData(searchCard, 'Søg'), query });
  return cardOf(formReply);
}

const REASON = 'Jonas tager ansvar for vagtplanen og samler kollegerne, når det brænder på.';

test('invalid input is shown on the card with what was typed kept, and nothing is stored', async () => {
  const form = await formFor('Jonas');
  const submit = buttonData(form, 'Send indstillingen');

  const [noReason] = await say(mette, '', { ...submit, traineeId: jonas.aadObjectId, departmentId: 'mso', reason: '  ', leaderClarificationCompleted: 'true' });
  const card = cardOf(noReason);
  expect(visibleText(card)).toContain('Indstillingen er ikke sendt:');
  expect(visibleText(card)).toContain('Udfyld feltet »Begrundelse«.');
  expect(input(card, 'departmentId').value).toBe('mso');
  expect(input(card, 'traineeId').value).toBe(jonas.aadObjectId);
  expect(input(card, 'leaderClarificationCompleted').value).toBe('true');
  expect(visibleText(card)).toContain('Jonas Berg');

  const [noDepartment] = await say(mette, '', { ...submit, traineeId: jonas.aadObjectId, departmentId: '', reason: REASON });
  const second = cardOf(noDepartment);
  expect(visibleText(second)).toContain('Udfyld feltet »Magistratsafdeling«.');
  expect(input(second, 'reason').value).toBe(REASON);

  const [pastStart] = await say(mette, '', { ...submit, traineeId: jonas.aadObjectId, departmentId: 'mso', reason: REASON, wishedStart: '2020-01-01' });
  expect(visibleText(cardOf(pastStart))).toContain('»Ønsket start« kan ikke ligge før i dag.');

  expect(await programmesOf(demoPeople.colleague)).toEqual([]);
});

test('nominating Ahmad, who has an active programme, is refused with a clear message, and nothing is stored', async () => {
  const form = await formFor('Ahmad');
  const [reply] = await say(mette, '', { ...buttonData(form, 'Send indstillingen'), traineeId: ahmad.aadObjectId, departmentId: 'mso', reason: 'Igen.' });
  expect(visibleText(cardOf(reply))).toContain(
    'Ahmad Rahimi er allerede med i et ledertraineeforløb, der ikke er afsluttet (eller er indstillet til et), og kan derfor ikke indstilles igen.',
  );
  expect(await programmesOf(demoPeople.traineeInStartup)).toHaveLength(1);
});

let firstProgrammeId = '';

test('Mette nominates Jonas: the programme is stored in the nomination phase, and Lars gets the decision card in his personal chat', async () => {
  const form = await formFor('Jonas');
  expect(input(form, 'traineeId').value).toBe(jonas.aadObjectId);
  const toLars = await toChatOf(lars, async () => {
    const replies = await say(mette, '', {
      ...buttonData(form, 'Send indstillingen'),
      traineeId: jonas.aadObjectId,
      departmentId: 'mso',
      reason: REASON,
      leaderClarificationCompleted: 'false',
      wishedStart: '2099-03-01',
    });
    expect(replies.map((r) => r.activity.text)).toEqual([
      'Tak – din indstilling af **Jonas Berg** er sendt til HR-konsulenten i Sundhed og Omsorg (Lars Holm). Du får besked, når indstillingen er godkendt eller afvist, eller når HR-konsulenten har et spørgsmål.',
    ]);
  });
  const [programme] = await programmesOf(demoPeople.colleague);
  firstProgrammeId = programme.id;
  expect(programme.phase).toBe('nomination');
  expect(programme.leader.id).toBe(demoPeople.leader.id);
  expect(programme.departmentId).toBe('mso');
  expect(programme.nominationReason).toBe(REASON);
  expect(programme.wishedStart).toBe('2099-03-01');
  expect(programme.hrConsultant).toBeUndefined();

  expect(toLars).toHaveLength(1);
  const card = cardOf(toLars[0]);
  expect(visibleText(card)).toContain('**Mette Sørensen** har indstillet **Jonas Berg**.');
  expect(visibleText(card)).toContain(REASON);
  expect(visibleText(card)).toContain('1. marts 2099');
  expect(buttonData(card, 'Godkend indstillingen')).toEqual({ verb: 'nomination.accept', programmeId: programme.id });
});

test('an HR consultant of another department cannot decide, even with crafted button data; nor can someone the department does not list', async () => {
  const before = await storage.programmes.auditLog(firstProgrammeId, 50);
  const [fromFrida] = await say(frida, '', { verb: 'nomination.accept', programmeId: firstProgrammeId, actorId: demoPeople.hrConsultant.id });
  expect(fromFrida.activity.text).toBe('Du har ikke adgang til dette ledertraineeforløb.');
  const [fromPia] = await say(pia, '', { verb: 'nomination.decline', programmeId: firstProgrammeId, text: 'Nej', departmentId: 'mso' });
  expect(fromPia.activity.text).toBe('Kun en HR-konsulent fra forløbets magistratsafdeling kan tage stilling til indstillingen.');
  expect(await storage.programmes.auditLog(firstProgrammeId, 50)).toHaveLength(before.length);
  expect((await storage.programmes.load(firstProgrammeId)).programme.phase).toBe('nomination');
});

test('Lars asks for more information, Mette answers on her card, and Lars gets the nomination again with the answer', async () => {
  const toMette = await toChatOf(mette, async () => {
    const [reply] = await say(lars, '', { verb: 'nomination.ask', programmeId: firstProgrammeId, text: 'Har Jonas haft personaleansvar før?' });
    expect(reply.activity.text).toBe('Dit spørgsmål er sendt til den nærmeste leder. Du får svaret her.');
  });
  const questionCard = cardOf(toMette[0]);
  expect(visibleText(questionCard)).toContain('Har Jonas haft personaleansvar før?');
  const toLars = await toChatOf(lars, async () => {
    const [reply] = await say(mette, '', { ...buttonData(questionCard, 'Send svar'), answer: 'Ja, som afløser for afdelingslederen.' });
    expect(reply.activity.text).toBe('Tak – dit svar er sendt til HR-konsulenten.');
  });
  const again = visibleText(cardOf(toLars[0]));
  expect(again).toContain('Har Jonas haft personaleansvar før?');
  expect(again).toContain('Ja, som afløser for afdelingslederen.');
});

test('Lars declines with a reason: Mette is told with the reason, the programme is closed as declined, and Jonas can be nominated again', async () => {
  const reason = 'Jonas bør først prøve kræfter med en koordinatorrolle.';
  const toMette = await toChatOf(mette, async () => {
    const [reply] = await say(lars, '', { verb: 'nomination.decline', programmeId: firstProgrammeId, text: reason });
    expect(reply.activity.text).toBe('Indstillingen af **Jonas Berg** er afvist. Den nærmeste leder får besked med din begrundelse.');
  });
  expect(toMette.map((r) => r.activity.text)).toEqual([
    `Din indstilling af **Jonas Berg** er afvist af HR-konsulenten **Lars Holm**. Begrundelse: ${reason}`,
  ]);
  const stored = (await storage.programmes.load(firstProgrammeId)).programme;
  expect(stored.isClosed).toBe(true);
  expect(stored.declined()).toMatchObject({ by: demoPeople.hrConsultant.id, reason });
  const [latest] = await storage.programmes.auditLog(firstProgrammeId, 1);
  expect(latest).toMatchObject({ action: 'nomination.declined', by: demoPeople.hrConsultant.id });
  expect(latest.detail).toBeUndefined();

  // Deciding again is refused.
  const [again] = await say(lars, '', { verb: 'nomination.accept', programmeId: firstProgrammeId });
  expect(again.activity.text).toBe('Der er allerede taget stilling til indstillingen.');

  // Mette's status says what happened to it, not a phase.
  const [status] = await say(mette, 'status');
  expect(visibleText(cardOf(status))).toContain('Indstillingen blev afvist');
});

test('Mette nominates Jonas again and Lars accepts: Mette is told, Jonas is welcomed with how the programme is built, the programme is in start-up with Lars attached', async () => {
  const form = await formFor('jonas');
  const toLars = await toChatOf(lars, () =>
    say(mette, '', { ...buttonData(form, 'Send indstillingen'), traineeId: jonas.aadObjectId, departmentId: 'mso', reason: REASON, leaderClarificationCompleted: 'true' }),
  );
  const accept = buttonData(cardOf(toLars[0]), 'Godkend indstillingen');
  const programmeId = String(accept.programmeId);
  expect(programmeId).not.toBe(firstProgrammeId);

  const toJonas: RecordedActivity[] = [];
  const toMette = await toChatOf(mette, async () => {
    toJonas.push(
      ...(await toChatOf(jonas, async () => {
        const [reply] = await say(lars, '', accept);
        expect(reply.activity.text).toBe(
          'Indstillingen af **Jonas Berg** er godkendt, og du er tilknyttet som HR-konsulent. Opstarten er begyndt; den nærmeste leder og ledertraineen får besked.',
        );
      })),
    );
  });
  expect(toMette.map((r) => r.activity.text)).toEqual([
    'Din indstilling af **Jonas Berg** er godkendt. **Lars Holm** er tilknyttet som HR-konsulent, og opstarten er begyndt.',
  ]);
  const welcome = visibleText(cardOf(toJonas[0]));
  expect(welcome).toContain('Velkommen til ledertraineeforløbet');
  expect(welcome).toContain('Du er indstillet af **Mette Sørensen**, og **Lars Holm** fra Sundhed og Omsorg er din HR-konsulent. Sådan er forløbet bygget op:');
  for (const phase of ['1. Indstilling', '2. Opstart', '3. Udviklingsdel', '4. Afslutning']) expect(welcome).toContain(phase);

  const stored = (await storage.programmes.load(programmeId)).programme;
  expect(stored.phase).toBe('startup');
  expect(stored.hrConsultant?.id).toBe(demoPeople.hrConsultant.id);
  expect(stored.leaderClarificationCompleted).toBe(true);
});

test('a non-admin cannot see or change the HR mapping, even with crafted button data', async () => {
  const [shown] = await say(mette, 'afdeling');
  expect(shown.activity.text).toBe('Kun en programadministrator kan ændre, hvem der er HR-konsulent for en magistratsafdeling.');
  const [crafted] = await say(mette, '', { verb: 'departmentHr.add', departmentId: 'mso', personId: karinPerson.id });
  expect(crafted.activity.text).toBe('Kun en programadministrator kan ændre, hvem der er HR-konsulent for en magistratsafdeling.');
  expect((await storage.departments.get('mso')).hrConsultants.map((hr) => hr.id)).toEqual([demoPeople.hrConsultant.id]);
});

test('Hanne (programme admin) adds Karin as HR consultant of Sundhed og Omsorg, and the next nomination reaches Karin too', async () => {
  const [overview] = await say(hanne, 'afdeling');
  const card = cardOf(overview);
  expect(visibleText(card)).toContain('Fjern Lars Holm fra Sundhed og Omsorg');
  expect(visibleText(card)).toContain('Teknik og Miljø');
  const [added] = await say(hanne, '', { ...buttonData(card, 'Tilføj'), departmentId: 'mso', query: 'Karin' });
  expect(visibleText(cardOf(added))).toContain('**Karin Vestergaard** er nu HR-konsulent for Sundhed og Omsorg.');
  expect((await storage.departments.get('mso')).hrConsultants.map((hr) => hr.name)).toEqual(['Lars Holm', 'Karin Vestergaard']);
  expect((await storage.people.find(karinPerson.id))?.hrDepartmentIds).toEqual(['mso']);

  const form = await formFor('Peter');
  const toKarin = await toChatOf(karin, () =>
    toChatOf(lars, async () => {
      const [reply] = await say(mette, '', { ...buttonData(form, 'Send indstillingen'), traineeId: peter.aadObjectId, departmentId: 'mso', reason: 'Peter er en naturlig leder.' });
      expect(reply.activity.text).toContain('(Lars Holm, Karin Vestergaard)');
    }),
  );
  expect(visibleText(cardOf(toKarin[0]))).toContain('**Mette Sørensen** har indstillet **Peter Dam**.');

  // Karin may decide, from storage: she accepts.
  const [accepted] = await say(karin, '', buttonData(cardOf(toKarin[0]), 'Godkend indstillingen'));
  expect(accepted.activity.text).toContain('er godkendt');
  const [peterProgramme] = await programmesOf(peterPerson);
  expect(peterProgramme.hrConsultant?.id).toBe(karinPerson.id);

  // Removing her takes both rights away again.
  const [removed] = await say(hanne, '', { verb: 'departmentHr.remove', departmentId: 'mso', personId: karinPerson.id });
  expect(visibleText(cardOf(removed))).toContain('**Karin Vestergaard** er ikke længere HR-konsulent for Sundhed og Omsorg.');
  expect((await storage.people.find(karinPerson.id))?.hrDepartmentIds).toEqual([]);
});

test('"jeg vil indstille en medarbejder" opens the nomination card; "indstil" with a name searches at once', async () => {
  const [free] = await say(mette, 'Jeg vil indstille en medarbejder');
  expect(input(cardOf(free), 'query').value).toBe('');
  const [direct] = await say(mette, 'indstil peter');
  expect(visibleText(cardOf(direct))).toContain('Peter Dam');
  const [none] = await say(mette, 'indstil zzz');
  expect(visibleText(cardOf(none))).toContain('Ingen i personkartoteket matcher »zzz«.');
});
