// The reminder engine over Azurite and the recording connector, with a fake clock: each due
// reminder reaches each person exactly once — across repeated runs, with two engines racing, after
// an engine crashed mid-run — in each person's language; a paused programme gets none; 429 is
// retried; 403 marks the conversation stale and stops further tries for that person.
import { Clock, StoredConversationReference } from '../../bot/src/application/ports';
import { createReminderEngine, ReminderEngine, ReminderEngineDeps } from '../../bot/src/application/reminderEngine';
import { Programme } from '../../bot/src/domain/programme';
import type { ProgrammeState } from '../../bot/src/domain/state';
import { TableStorage } from '../../bot/src/storage';
import { createAdapter, createProactiveNotifier } from '../../bot/src/teams';
import { azuriteStorage, recordingLogger } from '../support/botServer';
import { RecordingConnector, startRecordingConnector } from '../support/recordingConnector';
import { calendar, hr, inDevelopment, leader, trainee } from './fixtures';

const TTL = 60_000;
/** Monday 3 March 2025, 10:00 Copenhagen: the first follow-up meeting of inDevelopment() is due (to trainee and leader). */
const MONDAY = new Date('2025-03-03T09:00:00.000Z');

let connector: RecordingConnector;

beforeAll(async () => {
  connector = await startRecordingConnector();
});

afterAll(async () => {
  await connector?.close();
});

class FakeClock implements Clock {
  constructor(private at: Date) {}
  now(): Date {
    return new Date(this.at);
  }
  advance(ms: number): void {
    this.at = new Date(this.at.getTime() + ms);
  }
}

function conversationOf(personId: string): string {
  return `a:personal-${personId}`;
}

function referenceFor(personId: string): StoredConversationReference {
  return {
    channelId: 'msteams',
    serviceUrl: connector.serviceUrl,
    conversation: { id: conversationOf(personId), conversationType: 'personal', tenantId: 'tenant-1' },
    user: { id: `29:${personId}`, aadObjectId: personId },
    bot: { id: '28:bot', name: 'Ledertrainee' },
  };
}

/** A fresh storage with the department, the people (trainee English, the others Danish), their chats and the programmes. */
async function world(...programmes: ProgrammeState[]): Promise<TableStorage> {
  const storage = await azuriteStorage('rem');
  await storage.departments.add({ id: 'mso', name: 'Sundhed og Omsorg', hrConsultants: [hr] });
  await storage.people.add({ ...trainee, isProgrammeAdmin: false, hrDepartmentIds: [], preferredLanguage: 'en' });
  await storage.people.add({ ...leader, isProgrammeAdmin: false, hrDepartmentIds: [], locale: 'da-DK' });
  await storage.people.add({ ...hr, isProgrammeAdmin: false, hrDepartmentIds: ['mso'] });
  for (const person of [trainee, leader, hr]) await storage.conversationReferences.save(person.id, referenceFor(person.id));
  for (const state of programmes) {
    await storage.programmes.create(Programme.fromState(state), { at: state.nominated.at, by: leader.id, action: 'test.create' });
  }
  return storage;
}

function engine(storage: TableStorage, clock: Clock, overrides: Partial<ReminderEngineDeps> = {}): ReminderEngine {
  const logger = recordingLogger();
  const notifier = createProactiveNotifier({
    adapter: createAdapter({ MicrosoftAppId: '' }, logger),
    botAppId: '',
    conversationReferences: storage.conversationReferences,
    logger,
    retry: { baseDelayMs: 5, maxDelayMs: 50, minIntervalMs: 0 },
  });
  return createReminderEngine({
    programmes: storage.programmes,
    departments: storage.departments,
    people: storage.people,
    lease: storage.reminderLease,
    sentReminders: storage.sentReminders,
    delivery: notifier,
    calendar,
    clock,
    logger,
    holder: `engine-${Math.random().toString(36).slice(2, 8)}`,
    options: { leaseTtlMs: TTL },
    ...overrides,
  });
}

/** The texts each person received in their personal chat since `before`. */
function received(personId: string): string[] {
  return connector.activitiesIn(conversationOf(personId)).map((r) => r.activity.text ?? '');
}

/** Each test has programmes of its own ids, so people's chats are told apart by a per-test id. */
let counter = 0;
function programme(overrides: Partial<ProgrammeState> = {}): ProgrammeState {
  counter += 1;
  return inDevelopment({ id: `p-${counter}-${Date.now()}`, ...overrides });
}

beforeEach(() => {
  connector.received.splice(0);
});

test('a due reminder reaches each person once, in their language, however often the engine runs', async () => {
  const storage = await world(programme());
  const clock = new FakeClock(MONDAY);
  const reminders = engine(storage, clock);

  const first = await reminders.runOnce();
  expect(first).toMatchObject({ ran: true, due: 2, sent: 2 });
  for (let i = 0; i < 3; i += 1) {
    clock.advance(10 * 60_000);
    expect(await reminders.runOnce()).toMatchObject({ ran: true, sent: 0, skipped: 2 });
  }

  expect(received(trainee.id)).toEqual([
    'Reminder: It is time for a follow-up meeting with **Tina Trainee** at the agreed cadence (from 1 March 2025). Agree on a time.\n\n' +
      "The nearest leader and the HR consultant can pause the programme's reminders: type **reminders pause**.",
  ]);
  expect(received(leader.id)).toEqual([
    'Påmindelse: Det er tid til et opfølgningsmøde med **Tina Trainee** efter den aftalte kadence (fra 1. marts 2025). Aftal et tidspunkt.\n\n' +
      'Den nærmeste leder og HR-konsulenten kan sætte forløbets påmindelser på pause: skriv **påmindelser pause**.',
  ]);
  expect(received(hr.id)).toEqual([]);
  await reminders.stop();
});

test('two engines racing with the same clock send each reminder once (lease), and so do two that both pass the lease (keys)', async () => {
  const storage = await world(programme());
  const clock = new FakeClock(MONDAY);
  const [a, b] = [engine(storage, clock), engine(storage, clock)];
  const runs = await Promise.all([a.runOnce(), b.runOnce(), a.runOnce(), b.runOnce()]);
  expect(runs.filter((r) => r.ran).length).toBeGreaterThanOrEqual(1);
  expect(received(trainee.id)).toHaveLength(1);
  expect(received(leader.id)).toHaveLength(1);

  // Even without the lease (as when a lease ran out mid-run), the idempotency keys keep it to one each.
  const storage2 = await world(programme());
  connector.received.splice(0);
  const open = { acquire: async () => true, release: async () => undefined };
  const [c, d] = [engine(storage2, clock, { lease: open }), engine(storage2, clock, { lease: open })];
  const raced = await Promise.all([c.runOnce(), d.runOnce()]);
  expect(raced.every((r) => r.ran)).toBe(true);
  expect(raced[0].sent + raced[1].sent).toBe(2);
  expect(received(trainee.id)).toHaveLength(1);
  expect(received(leader.id)).toHaveLength(1);
});

test('an engine that claimed a reminder and crashed before sending: another delivers it once, after the lease and the claim expire', async () => {
  const storage = await world(programme());
  const clock = new FakeClock(MONDAY);
  // The crashed engine: claims, then its delivery never returns (the process died there).
  const crashed = engine(storage, clock, { delivery: { deliver: () => new Promise(() => undefined) } });
  void crashed.runOnce();
  const key = `${(await storage.programmes.listForDepartment('mso'))[0].id}|followUpDue|2025-03-01`;
  for (let i = 0; i < 100 && !(await storage.sentReminders.find(key, trainee.id)); i += 1) await new Promise((r) => setTimeout(r, 20));
  expect(await storage.sentReminders.find(key, trainee.id)).toMatchObject({ state: 'pending', attempts: 1 });

  const restarted = engine(storage, clock);
  expect(await restarted.runOnce()).toMatchObject({ ran: false }); // the crashed one still holds the lease
  clock.advance(TTL + 1);
  // The leader's reminder was never claimed: sent now. The trainee's claim is still fresh (it might still be on its way).
  expect(await restarted.runOnce()).toMatchObject({ ran: true, sent: 1, skipped: 1 });
  expect(received(trainee.id)).toHaveLength(0);
  clock.advance(TTL);
  expect(await restarted.runOnce()).toMatchObject({ ran: true, sent: 1, skipped: 1 });
  clock.advance(TTL);
  expect(await restarted.runOnce()).toMatchObject({ ran: true, sent: 0, skipped: 2 });

  expect(received(trainee.id)).toHaveLength(1);
  expect(received(leader.id)).toHaveLength(1);
  expect(await storage.sentReminders.find(key, trainee.id)).toMatchObject({ state: 'sent', attempts: 2 });
});

test('a paused programme gets no reminders; resumed, it gets them', async () => {
  const paused = programme({ remindersPaused: { at: '2025-02-20T09:00:00.000Z', by: leader.id } });
  const storage = await world(paused);
  const clock = new FakeClock(MONDAY);
  const reminders = engine(storage, clock);
  expect(await reminders.runOnce()).toMatchObject({ ran: true, due: 0 });
  expect(connector.received).toHaveLength(0);

  const loaded = await storage.programmes.load(paused.id);
  loaded.programme.setRemindersPaused(false, MONDAY, leader.id);
  await storage.programmes.save(loaded, { at: MONDAY.toISOString(), by: leader.id, action: 'reminders.resumed' });
  expect(await reminders.runOnce()).toMatchObject({ ran: true, sent: 2 });
});

test('429 twice, then Teams takes it: delivered once', async () => {
  const storage = await world(programme());
  const reminders = engine(storage, new FakeClock(MONDAY));
  connector.refuseNext(429, 2);
  expect(await reminders.runOnce()).toMatchObject({ sent: 2, failed: 0 });
  expect(received(trainee.id)).toHaveLength(1);
  expect(received(leader.id)).toHaveLength(1);
});

test('503: the connector client and the notifier try again, delivered once', async () => {
  const storage = await world(programme());
  const reminders = engine(storage, new FakeClock(MONDAY));
  connector.refuseNext(503, 1);
  expect(await reminders.runOnce()).toMatchObject({ sent: 2, failed: 0 });
  expect(received(trainee.id)).toHaveLength(1);
  expect(received(leader.id)).toHaveLength(1);
});

test('throttled until the retries run out: recorded as failed, and sent on the next run, once', async () => {
  const storage = await world(programme());
  const clock = new FakeClock(MONDAY);
  const reminders = engine(storage, clock);
  connector.refuseNext(429, 4); // all four tries for the first person
  const first = await reminders.runOnce();
  expect(first).toMatchObject({ sent: 1, failed: 1 });
  clock.advance(5 * 60_000);
  expect(await reminders.runOnce()).toMatchObject({ sent: 1, skipped: 1 });
  expect(received(trainee.id)).toHaveLength(1);
  expect(received(leader.id)).toHaveLength(1);
});

test('403 (app removed): the conversation is marked stale, and the person is not tried again until they write', async () => {
  const first = programme();
  const storage = await world(first);
  const clock = new FakeClock(MONDAY);
  const reminders = engine(storage, clock);
  connector.refuseNext(403, 1); // the trainee's reminder
  expect(await reminders.runOnce()).toMatchObject({ sent: 1, unreachable: 1 });
  expect(await storage.conversationReferences.listForUser(trainee.id)).toEqual([]);
  expect(received(trainee.id)).toHaveLength(0);

  // A later reminder for the trainee (the next follow-up period): nothing is even tried.
  const requestsBefore = connector.received.length + connector.unexpected.length;
  const loaded = await storage.programmes.load(first.id);
  loaded.programme.recordFollowUp({ id: 'f1', blocksDiscussed: [], learned: 'Noget', nextActions: 'Mere' }, new Date('2025-03-05T09:00:00.000Z'), leader.id);
  await storage.programmes.save(loaded, { at: '2025-03-05T09:00:00.000Z', by: leader.id, action: 'followUp.recorded' });
  clock.advance(5 * 7 * 24 * 3_600_000);
  expect(await reminders.runOnce()).toMatchObject({ sent: 1, unreachable: 1 });
  expect(received(trainee.id)).toHaveLength(0);
  expect(connector.received.length - requestsBefore).toBe(1); // only the leader's

  // The trainee writes to the bot again: the reference is stored afresh, and reminders reach them again.
  await storage.conversationReferences.save(trainee.id, referenceFor(trainee.id));
  expect(await storage.conversationReferences.listForUser(trainee.id)).toHaveLength(1);
});

test('stop() gives the lease up, so another instance takes over at once', async () => {
  const storage = await world(programme());
  const clock = new FakeClock(MONDAY);
  const a = engine(storage, clock);
  const b = engine(storage, clock);
  expect(await a.runOnce()).toMatchObject({ ran: true });
  expect(await b.runOnce()).toMatchObject({ ran: false });
  await a.stop();
  expect(await b.runOnce()).toMatchObject({ ran: true });
});
