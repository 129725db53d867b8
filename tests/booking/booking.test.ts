// Booking in chat, over real HTTP with Azurite and a fixed clock: `book` proposes free times on
// working days, one click books the conversation for everyone (confirmation card in reply and in
// each participant's personal chat, with a calendar file to download), and no person is ever
// booked twice for the same time — not by two people of one programme, not by two programmes.
import { Clock } from '../../bot/src/application/ports';
import { demoDepartment } from '../../bot/src/demo/seedDemo';
import { demoPeople } from '../../bot/src/demo/demoPeople';
import { Person } from '../../bot/src/domain/people';
import { Programme } from '../../bot/src/domain/programme';
import { TableStorage } from '../../bot/src/storage';
import { visibleText } from '../cards/cardInspection';
import { azuriteStorage, BotServer, startBotServer } from '../support/botServer';
import { RecordedActivity, RecordingConnector, startRecordingConnector } from '../support/recordingConnector';
import { newUser, TeamsUser, asTeamsUser } from '../bot/activities';
import { cardOf } from '../bot/cardOf';
import { personalChatOf, sendInPersonalChat } from '../support/chat';

// Tuesday 1 September 2026, 10:00 in Copenhagen (summer time). No holiday in the next three weeks.
const NOW = new Date('2026-09-01T08:00:00.000Z');
const clock: Clock = { now: () => NOW };
const DAY = 86_400_000;

const mette = demoPeople.leader;
const lars = demoPeople.hrConsultant;
const ahmad = demoPeople.traineeInStartup;
const karen: Person = { id: 'b0000000-0000-4000-8000-00000000000a', name: 'Karen Dahl', email: 'karen.dahl@demo.aarhus.dk', locale: 'da-DK', isProgrammeAdmin: false, hrDepartmentIds: [] };
const trainees = ['Emil Holt', 'Ida Krogh', 'Jens Lund', 'Lone Berg'].map(
  (name, i): Person => ({ id: `b0000000-0000-4000-8000-00000000001${i}`, name, email: `t${i}@demo.aarhus.dk`, locale: 'da-DK', isProgrammeAdmin: false, hrDepartmentIds: [] }),
);
const [emil, ida, jens, lone] = trainees;

// P1 Ahmad (Mette, Lars; personality-test feedback pending) · P2 Emil (Karen, Lars) · P3 Ida (Karen,
// Lars; part 1 already booked Wednesday 2 September 09:00–10:30) · P4 Jens (Karen, Lars) · P5 Lone (Mette, Lars).
const P = { ahmad: 'booking-ahmad', emil: 'booking-emil', ida: 'booking-ida', jens: 'booking-jens', lone: 'booking-lone' };
const LARS_BUSY = { start: new Date('2026-09-02T07:00:00.000Z'), end: new Date('2026-09-02T08:30:00.000Z') };

let storage: TableStorage;
let bot: BotServer;
let connector: RecordingConnector;

beforeAll(async () => {
  storage = await azuriteStorage('booking');
  for (const person of [mette, lars, ahmad, karen, ...trainees]) await storage.people.add(person);
  const department = demoDepartment();
  await storage.departments.add(department);
  const at = new Date(NOW.getTime() - 10 * DAY);
  const programme = (id: string, trainee: Person, leader: Person, clarified: boolean): Programme => {
    const ref = (p: Person) => ({ id: p.id, name: p.name, email: p.email });
    const p = Programme.nominate(
      { id, department, trainee: ref(trainee), leader: ref(leader), hrConsultant: ref(lars), reason: 'Tager ansvar og vil gerne lede.', leaderClarificationCompleted: clarified },
      at,
      leader.id,
    );
    p.beginStartup(new Date(at.getTime() + 1000), lars.id);
    return p;
  };
  const p1 = programme(P.ahmad, ahmad, mette, false);
  p1.recordPersonalityTestTaken(new Date(at.getTime() + 2000), ahmad.id);
  const p3 = programme(P.ida, ida, karen, true);
  p3.book('startupPart1', 'ida-opstart-1', LARS_BUSY.start, 90, new Date(at.getTime() + 2000), karen.id);
  for (const p of [p1, programme(P.emil, emil, karen, true), p3, programme(P.jens, jens, karen, true), programme(P.lone, lone, mette, true)]) {
    await storage.programmes.create(p, { at: at.toISOString(), by: p.leader.id, action: 'test.created' });
  }
  connector = await startRecordingConnector();
  bot = await startBotServer({ storage, conversationReferences: storage.conversationReferences, clock });
  // Everyone has chatted with the bot before, so it can reach them.
  for (const person of [mette, lars, ahmad, karen, ...trainees]) await say(asTeamsUser(person), 'hjælp');
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});


function chatOf(person: { id: string; name: string }): string {
  return personalChatOf(asTeamsUser(person));
}

async function say(user: TeamsUser, text: string, value?: object): Promise<RecordedActivity[]> {
  return sendInPersonalChat(bot, connector, user, text, value);
}

async function press(person: { id: string; name: string }, data: object): Promise<RecordedActivity[]> {
  return say(asTeamsUser(person), '', data);
}

/** Every Action.Submit / Action.OpenUrl on a card, nested ones (Action.ShowCard) included. */
function actionsOf(card: unknown): Array<{ type: string; title: string; data?: Record<string, unknown>; url?: string }> {
  const found: Array<{ type: string; title: string; data?: Record<string, unknown>; url?: string }> = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const n = node as Record<string, unknown>;
    if (n.type === 'Action.Submit' || n.type === 'Action.OpenUrl') found.push(n as never);
    Object.values(n).forEach(walk);
  };
  walk(card);
  return found;
}

function slotButtons(card: unknown) {
  return actionsOf(card).filter((a) => a.data?.verb === 'booking.book');
}

function newMessagesIn(person: { id: string; name: string }, since: number): RecordedActivity[] {
  return connector.activitiesIn(chatOf(person)).slice(since);
}

async function conversationsOf(programmeId: string) {
  return (await storage.programmes.load(programmeId)).programme.conversations().filter((c) => c.status === 'booked');
}

const WITHOUT_REASON = 'Udfyld feltet »Begrundelse«.';
const DANISH_SPAN = /^(mandag|tirsdag|onsdag|torsdag|fredag) den \d{1,2}\. [a-zæøå]+ 2026 kl\. \d\d\.\d\d–\d\d\.\d\d$/;

function copenhagen(at: Date): { weekday: string; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return { weekday: get('weekday'), minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

test('Mette types "book": at least three times on working days 08–16 within three weeks, none near Lars\'s conversation in another programme', async () => {
  // Mette has two programmes in start-up: she chooses Ahmad's first.
  const [choice] = await say(asTeamsUser(mette), 'book');
  const choose = actionsOf(cardOf(choice)).find((a) => a.title === 'Ahmad Rahimi: Opstartssamtale del 1');
  expect(choose?.data).toEqual({ verb: 'booking.choose', programmeId: P.ahmad, kind: 'startupPart1' });

  const [reply] = await press(mette, choose!.data!);
  const card = cardOf(reply);
  expect(visibleText(card)).toContain('Aftal tidspunkt: Opstartssamtale del 1');
  expect(visibleText(card)).toContain('Ahmad Rahimi, Mette Sørensen, Lars Holm');
  const slots = slotButtons(card);
  expect(slots.length).toBeGreaterThanOrEqual(3);
  for (const slot of slots) {
    expect(slot.title).toMatch(DANISH_SPAN);
    expect(slot.data).toMatchObject({ verb: 'booking.book', programmeId: P.ahmad, kind: 'startupPart1' });
    const start = new Date(slot.data!.start as string);
    const end = start.getTime() + 90 * 60_000;
    expect(start.getTime()).toBeGreaterThan(NOW.getTime());
    expect(start.getTime()).toBeLessThan(NOW.getTime() + 22 * DAY);
    const local = copenhagen(start);
    expect(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']).toContain(local.weekday);
    expect(local.minutes).toBeGreaterThanOrEqual(8 * 60);
    expect(local.minutes + 90).toBeLessThanOrEqual(16 * 60);
    // Clear of Lars's conversation in Ida's programme, with 15 minutes either side.
    expect(end <= LARS_BUSY.start.getTime() - 15 * 60_000 || start.getTime() >= LARS_BUSY.end.getTime() + 15 * 60_000).toBe(true);
  }
  // "jeg vil booke opstartssamtalen" is understood the same way.
  const [free] = await say(asTeamsUser(mette), 'jeg vil booke opstartssamtalen');
  expect(visibleText(cardOf(free))).toContain('Hvilken samtale vil du aftale?');
});

test('an invalid time in the button data (a Sunday, a holiday, the past, nonsense) is refused in Danish, and nothing is stored', async () => {
  const auditBefore = (await storage.programmes.auditLog(P.ahmad, 50)).length;
  const tryAt = async (start: string) => (await press(mette, { verb: 'booking.book', programmeId: P.ahmad, kind: 'startupPart1', start })).map((r) => r.activity.text);
  expect(await tryAt('2026-09-06T07:00:00.000Z')).toEqual(['Søndag den 6. september 2026 er ikke en arbejdsdag. Samtaler aftales på hverdage. Skriv **book** for at få nye forslag.']);
  expect(await tryAt('2026-12-25T08:00:00.000Z')).toEqual(['Fredag den 25. december 2026 er Juledag og ikke en arbejdsdag. Skriv **book** for at få nye forslag.']);
  expect(await tryAt('2026-08-31T07:00:00.000Z')).toEqual(['Tidspunktet er allerede passeret. Skriv **book** for at få nye forslag.']);
  expect(await tryAt('2026-09-03T17:00:00.000Z')).toEqual(['Samtaler aftales mellem kl. 8 og 16. Skriv **book** for at få nye forslag.']);
  expect(await tryAt('i morgen')).toEqual(['Tidspunktet kunne ikke læses. Skriv **book** for at få nye forslag.']);
  expect(await conversationsOf(P.ahmad)).toHaveLength(0);
  expect(await storage.programmes.auditLog(P.ahmad, 50)).toHaveLength(auditBefore);
});

test('a stranger pressing a booking button gets "no access", and nothing changes', async () => {
  const replies = await say(newUser('Jonas Berg'), '', { verb: 'booking.book', programmeId: P.ahmad, kind: 'startupPart1', start: '2026-09-03T07:00:00.000Z', actorId: mette.id });
  expect(replies.map((r) => r.activity.text)).toEqual(['Du har ikke adgang til dette ledertraineeforløb.']);
  expect(await conversationsOf(P.ahmad)).toHaveLength(0);
});

test('a time taken meanwhile (Lars booked by Karen for Emil) is refused with fresh proposals around it', async () => {
  const [reply] = await press(mette, { verb: 'booking.choose', programmeId: P.ahmad, kind: 'startupPart1' });
  const [first] = slotButtons(cardOf(reply));
  // Karen books Emil's start-up interview, with Lars, at exactly that time.
  const [karenReply] = await press(karen, { ...first.data, programmeId: P.emil });
  expect(visibleText(cardOf(karenReply))).toContain('Opstartssamtale del 1 er aftalt');

  const [taken] = await press(mette, first.data!);
  const card = cardOf(taken);
  expect(visibleText(card)).toContain('Tidspunktet blev taget imens – her er nye forslag.');
  const fresh = slotButtons(card);
  expect(fresh.length).toBeGreaterThanOrEqual(3);
  expect(fresh.map((s) => s.data!.start)).not.toContain(first.data!.start);
  expect(await conversationsOf(P.ahmad)).toHaveLength(0);
});

test('Mette and Lars click the same time at the same moment: one booking, the other is told it was taken', async () => {
  const [reply] = await press(mette, { verb: 'booking.choose', programmeId: P.ahmad, kind: 'startupPart1' });
  const [slot] = slotButtons(cardOf(reply));
  const [metteReplies, larsReplies] = await Promise.all([press(mette, slot.data!), press(lars, slot.data!)]);
  const booked = await conversationsOf(P.ahmad);
  expect(booked).toHaveLength(1);
  expect(booked[0].scheduledAt).toBe(slot.data!.start);
  // Both chats also get the winner's notice to the other (their personal chat is where notices go).
  const messages = [...metteReplies, ...larsReplies].map((r) => r.activity.text ?? visibleText(cardOf(r)));
  const confirmations = messages.filter((t) => t.startsWith('Opstartssamtale del 1 er aftalt') && !t.includes('har aftalt samtalen'));
  expect(confirmations).toHaveLength(1);
  expect(messages.filter((t) => t.startsWith('Tidspunktet blev taget imens'))).toHaveLength(1);
});

test('two programmes book Lars for the same time at the same moment: only one gets him, the other gets fresh proposals', async () => {
  const [reply] = await press(karen, { verb: 'booking.choose', programmeId: P.jens, kind: 'startupPart1' });
  const [slot] = slotButtons(cardOf(reply));
  const [karenReplies, metteReplies] = await Promise.all([
    press(karen, slot.data!),
    press(mette, { ...slot.data, programmeId: P.lone }),
  ]);
  const atThatTime = [...(await conversationsOf(P.jens)), ...(await conversationsOf(P.lone))].filter((c) => c.scheduledAt === slot.data!.start);
  expect(atThatTime).toHaveLength(1);
  const jensWon = (await conversationsOf(P.jens)).length === 1;
  const loser = jensWon ? metteReplies : karenReplies;
  const loserCard = cardOf(loser[0]);
  expect(visibleText(loserCard)).toContain('Tidspunktet blev taget imens – her er nye forslag.');
  expect(slotButtons(loserCard).map((s) => s.data!.start)).not.toContain(slot.data!.start);
});

test('every participant gets the confirmation: time in Danish, participants, the personality-test note, a calendar file with that time', async () => {
  const [conversation] = await conversationsOf(P.ahmad);
  const ahmadChat = connector.activitiesIn(chatOf(ahmad));
  const card = cardOf([...ahmadChat].reverse().find((r) => r.activity.attachments?.length && visibleText(cardOf(r)).includes('Opstartssamtale del 1 er aftalt')));
  const text = visibleText(card);
  expect(text).toMatch(/(mandag|tirsdag|onsdag|torsdag|fredag) den \d{1,2}\. september 2026 kl\. \d\d\.\d\d–\d\d\.\d\d/);
  expect(text).toContain('Ahmad Rahimi (ledertrainee), Mette Sørensen (nærmeste leder), Lars Holm (HR-konsulent)');
  expect(text).toContain('Ledertraineen har endnu ikke fået feedback på persontesten');
  const actions = actionsOf(card);
  expect(actions.map((a) => a.title)).toEqual(expect.arrayContaining(['Føj til kalender (.ics)', 'Flyt', 'Aflys samtalen']));

  const link = actions.find((a) => a.type === 'Action.OpenUrl')!.url!;
  const response = await fetch(link);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
  const ics = await response.text();
  const stamp = conversation.scheduledAt.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  expect(ics).toContain(`DTSTART:${stamp}`);
  expect(ics).toContain('STATUS:CONFIRMED');

  // A link that was altered is not a link of ours.
  expect((await fetch(link.replace(/.\.ics$/, (m) => (m[0] === 'A' ? 'B' : 'A') + '.ics'))).status).toBe(404);
});

test('"Flyt" proposes new times and moves the conversation; "Aflys" needs a reason and cancels it; everyone is told', async () => {
  const [conversation] = await conversationsOf(P.ahmad);
  const ref = { programmeId: P.ahmad, conversationId: conversation.id };
  const [proposals] = await press(mette, { verb: 'booking.move', ...ref });
  const card = cardOf(proposals);
  expect(visibleText(card)).toContain('Flyt opstartssamtale del 1');
  const target = slotButtons(card).find((s) => s.data!.start !== conversation.scheduledAt)!;
  expect(target.data).toMatchObject({ conversationId: conversation.id });

  const ahmadBefore = connector.activitiesIn(chatOf(ahmad)).length;
  const [moved] = await press(mette, target.data!);
  expect(visibleText(cardOf(moved))).toContain('Opstartssamtale del 1 er flyttet');
  const [after] = await conversationsOf(P.ahmad);
  expect(after).toMatchObject({ id: conversation.id, scheduledAt: target.data!.start });
  const toAhmad = newMessagesIn(ahmad, ahmadBefore);
  expect(toAhmad).toHaveLength(1);
  expect(visibleText(cardOf(toAhmad[0]))).toContain('Mette Sørensen har flyttet samtalen.');

  // Cancelling needs a reason (the card asks for it; the domain insists).
  const withoutReason = await press(lars, { verb: 'booking.cancel', ...ref, reason: '  ' });
  expect(withoutReason.map((r) => r.activity.text)).toEqual([WITHOUT_REASON]);
  expect(await conversationsOf(P.ahmad)).toHaveLength(1);

  const metteBefore = connector.activitiesIn(chatOf(mette)).length;
  const [cancelled] = await press(lars, { verb: 'booking.cancel', ...ref, reason: 'Ahmad er syg' });
  expect(visibleText(cardOf(cancelled))).toContain('Opstartssamtale del 1 er aflyst');
  expect(await conversationsOf(P.ahmad)).toHaveLength(0);
  const toMette = newMessagesIn(mette, metteBefore);
  expect(toMette).toHaveLength(1);
  const metteCard = cardOf(toMette[0]);
  expect(visibleText(metteCard)).toContain('Lars Holm har aflyst samtalen.');
  expect(visibleText(metteCard)).toContain('Ahmad er syg');
  expect(actionsOf(metteCard).map((a) => a.title)).not.toContain('Flyt');

  // The calendar file now removes the entry.
  const link = actionsOf(metteCard).find((a) => a.type === 'Action.OpenUrl')!.url!;
  expect(await (await fetch(link)).text()).toContain('STATUS:CANCELLED');

  // Its time is free again: the same slot can be booked anew.
  const [rebooked] = await press(mette, { verb: 'booking.book', programmeId: P.ahmad, kind: 'startupPart1', start: target.data!.start });
  expect(visibleText(cardOf(rebooked))).toContain('Opstartssamtale del 1 er aftalt');
});
