// The joint start-up meeting in chat, over real HTTP with Azurite and a fixed clock: the HR
// consultant chooses several trainees of the department on a card, gets times when every
// participant of every chosen programme is free, and one click records the meeting as start-up
// part 1 in each programme — same time, same meeting — and tells every participant. A trainee of
// another department cannot be included; a time taken meanwhile for one participant books nobody.
import { Clock } from '../../bot/src/application/ports';
import { demoDepartment } from '../../bot/src/demo/seedDemo';
import { demoPeople } from '../../bot/src/demo/demoPeople';
import { Department } from '../../bot/src/domain/department';
import { Person } from '../../bot/src/domain/people';
import { Programme } from '../../bot/src/domain/programme';
import { TableStorage } from '../../bot/src/storage';
import { reservationCells } from '../../bot/src/application/booking/bookingRules';
import { visibleText } from '../cards/cardInspection';
import { azuriteStorage, BotServer, startBotServer } from '../support/botServer';
import { RecordedActivity, RecordingConnector, startRecordingConnector } from '../support/recordingConnector';
import { asTeamsUser } from '../bot/activities';
import { cardOf } from '../bot/cardOf';
import { personalChatOf, sendInPersonalChat } from '../support/chat';

// Tuesday 1 September 2026, 10:00 in Copenhagen (summer time).
const NOW = new Date('2026-09-01T08:00:00.000Z');
const clock: Clock = { now: () => NOW };
const DAY = 86_400_000;

const person = (n: number, name: string, hrDepartmentIds: string[] = []): Person => ({
  id: `d0000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`,
  name,
  email: `p${n}@demo.aarhus.dk`,
  locale: 'da-DK',
  isProgrammeAdmin: false,
  hrDepartmentIds,
});
const mette = demoPeople.leader;
const lars = demoPeople.hrConsultant;
const karen = person(1, 'Karen Dahl');
const ole = person(2, 'Ole Friis');
const birgit = person(3, 'Birgit Winther', ['bu']);
const [emil, ida, jens, lone, finn, noah] = ['Emil Holt', 'Ida Krogh', 'Jens Lund', 'Lone Berg', 'Finn Kragh', 'Noah Vestergaard'].map((name, i) => person(10 + i, name));
const people = [mette, lars, karen, ole, birgit, emil, ida, jens, lone, finn, noah];

// Sundhed og Omsorg (Lars): Emil (Mette), Ida (Karen), Jens (Mette), Lone (Ole), Noah (Karen; part 1 booked already).
// Børn og Unge (Birgit): Finn (Ole).
const P = { emil: 'joint-emil', ida: 'joint-ida', jens: 'joint-jens', lone: 'joint-lone', noah: 'joint-noah', finn: 'joint-finn' };

let storage: TableStorage;
let bot: BotServer;
let connector: RecordingConnector;

beforeAll(async () => {
  storage = await azuriteStorage('joint');
  for (const p of people) await storage.people.add(p);
  const mso = demoDepartment();
  const bu: Department = { id: 'bu', name: 'Børn og Unge', hrConsultants: [{ id: birgit.id, name: birgit.name, email: birgit.email }] };
  await storage.departments.add(mso);
  await storage.departments.add(bu);
  const at = new Date(NOW.getTime() - 10 * DAY);
  const ref = (p: Person) => ({ id: p.id, name: p.name, email: p.email });
  const programme = (id: string, trainee: Person, leader: Person, department: Department, hr: Person): Programme => {
    const p = Programme.nominate(
      { id, department, trainee: ref(trainee), leader: ref(leader), hrConsultant: ref(hr), reason: 'Tager ansvar og vil gerne lede.', leaderClarificationCompleted: true },
      at,
      leader.id,
    );
    p.beginStartup(new Date(at.getTime() + 1000), hr.id);
    return p;
  };
  const noahs = programme(P.noah, noah, karen, mso, lars);
  noahs.book('startupPart1', 'noah-opstart-1', new Date('2026-09-15T07:00:00.000Z'), 90, new Date(at.getTime() + 2000), karen.id);
  const all = [
    programme(P.emil, emil, mette, mso, lars),
    programme(P.ida, ida, karen, mso, lars),
    programme(P.jens, jens, mette, mso, lars),
    programme(P.lone, lone, ole, mso, lars),
    noahs,
    programme(P.finn, finn, ole, bu, birgit),
  ];
  for (const p of all) await storage.programmes.create(p, { at: at.toISOString(), by: p.leader.id, action: 'test.created' });
  connector = await startRecordingConnector();
  bot = await startBotServer({ storage, conversationReferences: storage.conversationReferences, clock });
  // Everyone has chatted with the bot before, so it can reach them.
  for (const p of people) await say(p, 'hjælp');
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

async function say(who: Person, text: string, value?: object): Promise<RecordedActivity[]> {
  return sendInPersonalChat(bot, connector, asTeamsUser(who), text, value);
}

async function press(who: Person, data: object): Promise<RecordedActivity[]> {
  return say(who, '', data);
}

function chatLength(who: Person): number {
  return connector.activitiesIn(personalChatOf(asTeamsUser(who))).length;
}

function newCardsIn(who: Person, since: number): string[] {
  return connector
    .activitiesIn(personalChatOf(asTeamsUser(who)))
    .slice(since)
    .filter((r) => r.activity.attachments?.length)
    .map((r) => visibleText(cardOf(r)));
}

type Action = { type: string; title: string; data?: Record<string, unknown>; url?: string };
function actionsOf(card: unknown): Action[] {
  const found: Action[] = [];
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

/** The programmes offered on the choice card (its multi-select), by value. */
function choicesOf(card: unknown): { title: string; value: string }[] {
  const body = (card as { body: Array<Record<string, unknown>> }).body;
  const set = body.find((e) => e.type === 'Input.ChoiceSet' && e.id === 'programmeIds') as { isMultiSelect: boolean; choices: { title: string; value: string }[] };
  expect(set.isMultiSelect).toBe(true);
  return set.choices;
}

function slotButtons(card: unknown): Action[] {
  return actionsOf(card).filter((a) => a.data?.verb === 'jointStartup.book');
}

async function part1Of(programmeId: string) {
  return (await storage.programmes.load(programmeId)).programme.conversations().filter((c) => c.kind === 'startupPart1' && c.status === 'booked');
}

test('Lars books one joint start-up meeting for Emil and Ida: both programmes have part 1 at the same time, and all five people get the confirmation', async () => {
  const [choice] = await say(lars, 'book fælles opstartsmøde');
  const choiceCard = cardOf(choice);
  expect(visibleText(choiceCard)).toContain('Fælles opstartsmøde');
  // Only his department's trainees in start-up whose part 1 is not booked: not Noah (booked), not Finn (Børn og Unge).
  expect(choicesOf(choiceCard).map((c) => c.value).sort()).toEqual([P.emil, P.ida, P.jens, P.lone].sort());
  expect(choicesOf(choiceCard).find((c) => c.value === P.ida)?.title).toBe('Ida Krogh (nærmeste leder: Karen Dahl)');
  const find = actionsOf(choiceCard).find((a) => a.title === 'Find fælles tidspunkter')!;
  expect(find.data).toEqual({ verb: 'jointStartup.propose' });

  // The multi-select sends the ticked values comma-separated, beside the button's data.
  const [proposals] = await press(lars, { ...find.data, programmeIds: `${P.emil},${P.ida}` });
  const proposalsCard = cardOf(proposals);
  const text = visibleText(proposalsCard);
  expect(text).toContain('Aftal tidspunkt: Fælles opstartsmøde');
  expect(text).toContain('Emil Holt, Ida Krogh');
  expect(text).toContain('Emil Holt, Ida Krogh, Mette Sørensen, Karen Dahl, Lars Holm');
  const slots = slotButtons(proposalsCard);
  expect(slots.length).toBeGreaterThanOrEqual(3);
  // Never over Karen's and Lars's booked part 1 with Noah (15 September 09:00–10:30).
  for (const s of slots) expect(String(s.data!.start).startsWith('2026-09-15T07')).toBe(false);

  const before = Object.fromEntries([emil, ida, mette, karen].map((p) => [p.id, chatLength(p)]));
  const [confirmation] = await press(lars, slots[0].data!);
  const confirmationText = visibleText(cardOf(confirmation));
  expect(confirmationText).toContain('Fælles opstartsmøde (opstartssamtale del 1) er aftalt');
  expect(confirmationText).toContain('Emil Holt (ledertrainee), Ida Krogh (ledertrainee), Mette Sørensen (nærmeste leder), Karen Dahl (nærmeste leder), Lars Holm (HR-konsulent)');

  const [emils] = await part1Of(P.emil);
  const [idas] = await part1Of(P.ida);
  expect(emils.scheduledAt).toBe(slots[0].data!.start);
  expect(idas.scheduledAt).toBe(emils.scheduledAt);
  expect(idas.id).toBe(emils.id);
  expect(emils.format).toBe('jointDepartmentMeeting');
  expect(idas.format).toBe('jointDepartmentMeeting');

  for (const p of [emil, ida, mette, karen]) {
    const cards = newCardsIn(p, before[p.id]);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toContain('Fælles opstartsmøde (opstartssamtale del 1) er aftalt');
    expect(cards[0]).toContain('Lars Holm har aftalt samtalen.');
    expect(cards[0]).toContain('Emil Holt, Ida Krogh');
  }

  // One calendar file for the meeting, with everyone in it.
  const link = actionsOf(cardOf(confirmation)).find((a) => a.type === 'Action.OpenUrl')!.url!;
  const ics = (await (await fetch(link)).text()).replace(/\r\n[ \t]/g, '');
  for (const p of [emil, ida, mette, karen, lars]) expect(ics).toContain(p.email);
  expect(ics).toContain('fælles møde');
  // The programmes' part 1 is booked: the choice card no longer offers them.
  const [again] = await say(lars, 'book fælles møde');
  expect(choicesOf(cardOf(again)).map((c) => c.value).sort()).toEqual([P.jens, P.lone].sort());
});

test('a trainee of another department cannot be included: not offered, and a crafted button is refused with nothing booked', async () => {
  const [refused] = await press(lars, { verb: 'jointStartup.propose', programmeIds: `${P.jens},${P.finn}` });
  expect(refused.activity.text).toMatch(/kan ikke komme med: et fælles opstartsmøde kan kun omfatte ledertrainees i din magistratsafdeling/);
  // Lars may not see Finn's programme, so its trainee is not named to him.
  expect(refused.activity.text).not.toContain('Finn');

  const [bookRefused] = await press(lars, { verb: 'jointStartup.book', programmeIds: `${P.jens},${P.finn}`, start: '2026-09-03T07:00:00.000Z' });
  expect(bookRefused.activity.text).toMatch(/kan ikke komme med/);
  expect(await part1Of(P.jens)).toHaveLength(0);
  expect(await part1Of(P.finn)).toHaveLength(0);

  // Nor by Finn's HR consultant into Lars's department, nor by a leader at all.
  const [birgits] = await press(birgit, { verb: 'jointStartup.book', programmeIds: `${P.finn},${P.lone}`, start: '2026-09-03T07:00:00.000Z' });
  expect(birgits.activity.text).toMatch(/kan ikke komme med/);
  expect(await part1Of(P.lone)).toHaveLength(0);
  const [metteTries] = await say(mette, 'book fælles opstartsmøde');
  expect(metteTries.activity.text).toBe(
    'Kun en HR-konsulent kan aftale et fælles opstartsmøde for afdelingens ledertrainees. Skriv **book** for at aftale en samtale i dine egne forløb.',
  );
  // One trainee is not a joint meeting.
  const [one] = await press(lars, { verb: 'jointStartup.propose', programmeIds: P.jens });
  expect(one.activity.text).toMatch(/^Vælg mindst to ledertrainees/);
});

test('a time on a Sunday books nobody, and the answer points back to the joint start-up command for new times', async () => {
  const [sunday] = await press(lars, { verb: 'jointStartup.book', programmeIds: `${P.jens},${P.lone}`, start: '2026-09-06T07:00:00.000Z' });
  expect(sunday.activity.text).toBe(
    'Søndag den 6. september 2026 er ikke en arbejdsdag. Samtaler aftales på hverdage. Skriv **book fælles opstartsmøde** for at få nye forslag.',
  );
  expect(await part1Of(P.jens)).toHaveLength(0);
  expect(await part1Of(P.lone)).toHaveLength(0);
});

test('a time taken meanwhile for one participant (Ole, with Finn) books nobody, frees what was reserved, and gives fresh proposals', async () => {
  const [proposals] = await press(lars, { verb: 'jointStartup.propose', programmeIds: `${P.jens},${P.lone}` });
  const [slot] = slotButtons(cardOf(proposals));
  // Ole, Lone's leader, books Finn's start-up part 1 (with Birgit, another department) at exactly that time.
  const [oleBooked] = await press(ole, { verb: 'booking.book', programmeId: P.finn, kind: 'startupPart1', start: slot.data!.start });
  expect(visibleText(cardOf(oleBooked))).toContain('Opstartssamtale del 1 er aftalt');

  const jensChat = chatLength(jens);
  const [taken] = await press(lars, slot.data!);
  const card = cardOf(taken);
  expect(visibleText(card)).toContain('Tidspunktet blev taget imens for en af deltagerne – intet er aftalt. Her er nye forslag.');
  const fresh = slotButtons(card);
  expect(fresh.length).toBeGreaterThanOrEqual(3);
  expect(fresh.map((s) => s.data!.start)).not.toContain(slot.data!.start);
  expect(await part1Of(P.jens)).toHaveLength(0);
  expect(await part1Of(P.lone)).toHaveLength(0);
  expect(newCardsIn(jens, jensChat)).toHaveLength(0);

  // Ole's time held by another booking in flight (reserved, not saved yet): Jens's programme comes
  // first, so Jens, Mette and Lars were reserved before Ole's cell failed — and are free again.
  const inFlight = { programmeId: P.finn, conversationId: 'in-flight' };
  const heldCells = reservationCells(new Date(String(fresh[0].data!.start)), 90);
  expect(await storage.slotReservations.reserve(inFlight, [ole.id], heldCells)).toBe(true);
  const [takenAgain] = await press(lars, fresh[0].data!);
  expect(visibleText(cardOf(takenAgain))).toContain('Tidspunktet blev taget imens for en af deltagerne – intet er aftalt.');
  expect(await part1Of(P.jens)).toHaveLength(0);
  expect(await part1Of(P.lone)).toHaveLength(0);
  const probe = { programmeId: 'probe', conversationId: 'probe' };
  expect(await storage.slotReservations.reserve(probe, [jens.id, mette.id, lars.id, lone.id], heldCells)).toBe(true);
  await storage.slotReservations.release(probe, [jens.id, mette.id, lars.id, lone.id], heldCells);
  await storage.slotReservations.release(inFlight, [ole.id], heldCells);

  // Two clicks on a fresh time at the same moment: one meeting, nobody booked twice.
  const replies = await Promise.all([press(lars, fresh[1].data!), press(lars, fresh[1].data!)]);
  const jensPart1 = await part1Of(P.jens);
  const lonePart1 = await part1Of(P.lone);
  expect(jensPart1).toHaveLength(1);
  expect(lonePart1).toHaveLength(1);
  expect(lonePart1[0]).toMatchObject({ id: jensPart1[0].id, scheduledAt: fresh[1].data!.start });
  const texts = replies.flat().map((r) => r.activity.text ?? visibleText(cardOf(r)));
  expect(texts.filter((t) => t.startsWith('Fælles opstartsmøde (opstartssamtale del 1) er aftalt'))).toHaveLength(1);

  // Every programme of Lars's department has part 1 booked now: nothing left to include.
  const [nothing] = await say(lars, 'book fælles opstartsmøde');
  expect(nothing.activity.text).toContain('Ingen ledertrainees i din magistratsafdeling venter på opstartssamtale del 1');
});

test('"hjælp" lists the joint start-up meeting', async () => {
  const [help] = await say(lars, 'hjælp');
  expect(visibleText(cardOf(help))).toContain('book fælles opstartsmøde');
});
