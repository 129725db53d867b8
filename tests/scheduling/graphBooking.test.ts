// Booking through the use cases with the Graph scheduler (Azurite for the programmes, the local
// fake Graph for the meetings): one click creates an Outlook event with a Teams meeting, its join
// link reaches the booking view and every participant's notice; moving patches that event,
// cancelling cancels it with the reason.
import { Clock, Notice, Notifier } from '../../bot/src/application/ports';
import { createUseCases } from '../../bot/src/application/useCases';
import { demoPeople } from '../../bot/src/demo/demoPeople';
import { Person } from '../../bot/src/domain/people';
import { CONVERSATION_PROPERTY_ID } from '../../bot/src/scheduling/graphScheduler';
import { TableStorage } from '../../bot/src/storage';
import { azuriteStorage, recordingLogger } from '../support/botServer';
import { FakeGraph, startFakeGraph } from '../support/fakeGraph';
import { fakeGraphScheduler, GRAPH_ORGANIZER, storeProgrammeInStartup } from '../support/graphSchedulerSetup';

// Tuesday 1 September 2026, 10:00 in Copenhagen.
const NOW = new Date('2026-09-01T08:00:00.000Z');
const clock: Clock = { now: () => NOW };
const ORGANIZER = GRAPH_ORGANIZER;
const PROGRAMME_ID = 'graph-booking-emil';

const mette = demoPeople.leader;
const lars = demoPeople.hrConsultant;
const emil: Person = { id: 'c0000000-0000-4000-8000-000000000001', name: 'Emil Holt', email: 'emil.holt@demo.aarhus.dk', locale: 'da-DK', isProgrammeAdmin: false, hrDepartmentIds: [] };


let graph: FakeGraph;
let storage: TableStorage;
const notices: { to: string; notice: Notice }[] = [];
const notifier: Notifier = { notify: async (to, _language, notice) => void notices.push({ to, notice }) };

beforeAll(async () => {
  graph = await startFakeGraph();
  storage = await azuriteStorage('graphbook');
  await storeProgrammeInStartup(storage, { id: PROGRAMME_ID, trainee: emil, now: NOW });
});

afterAll(async () => {
  await graph?.close();
});

let id = 0;

function useCases() {
  const logger = recordingLogger();
  return {
    logger,
    useCases: createUseCases({
      programmes: storage.programmes,
      people: storage.people,
      departments: storage.departments,
      clock,
      notifier,
      scheduler: fakeGraphScheduler(graph, logger),
      slotReservations: storage.slotReservations,
      ids: { newId: () => `graph-conversation-${++id}` },
    }),
  };
}

test('booking proposes Graph\'s times, creates an online Teams meeting, and the join link reaches the booking view and the notices', async () => {
  const { useCases: u } = useCases();
  graph.suggest([
    { start: { dateTime: '2026-09-02T07:00:00.0000000', timeZone: 'UTC' }, end: { dateTime: '2026-09-02T08:30:00.0000000', timeZone: 'UTC' } },
    { start: { dateTime: '2026-09-04T11:00:00.0000000', timeZone: 'UTC' }, end: { dateTime: '2026-09-04T12:30:00.0000000', timeZone: 'UTC' } },
    { start: { dateTime: '2026-09-08T08:00:00.0000000', timeZone: 'UTC' }, end: { dateTime: '2026-09-08T09:30:00.0000000', timeZone: 'UTC' } },
  ]);
  const proposal = await u.proposeBooking({ actorId: mette.id, programmeId: PROGRAMME_ID });
  if (proposal.outcome !== 'proposals') throw new Error(`expected proposals, got ${proposal.outcome}`);
  expect(proposal.slots.map((s) => s.start)).toEqual(['2026-09-02T07:00:00.000Z', '2026-09-04T11:00:00.000Z', '2026-09-08T08:00:00.000Z']);
  const asked = graph.requests.find((r) => r.path.endsWith('/findMeetingTimes'));
  expect(asked?.body.attendees.map((a: any) => a.emailAddress.address).sort()).toEqual([emil.email, lars.email, mette.email].sort());

  const outcome = await u.bookConversation({ actorId: mette.id, actorName: mette.name, programmeId: PROGRAMME_ID, kind: proposal.kind, start: proposal.slots[1].start });
  if (outcome.outcome !== 'booked') throw new Error(`expected booked, got ${outcome.outcome}`);

  const created = graph.requests.filter((r) => r.method === 'POST' && r.path === `/v1.0/users/${encodeURIComponent(ORGANIZER)}/events`);
  expect(created).toHaveLength(1);
  const body = created[0].body;
  expect(body).toMatchObject({
    subject: 'Opstartssamtale del 1 – Ledertrainee: Emil Holt',
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    start: { dateTime: '2026-09-04T11:00:00', timeZone: 'UTC' },
    end: { dateTime: '2026-09-04T12:30:00', timeZone: 'UTC' },
    body: { contentType: 'html' },
    singleValueExtendedProperties: [{ id: CONVERSATION_PROPERTY_ID, value: `${PROGRAMME_ID}|graph-conversation-1` }],
  });
  expect(body.body.content).toContain('ledertraineeforløb');
  expect(body.attendees.map((a: any) => a.emailAddress.address).sort()).toEqual([emil.email, lars.email, mette.email].sort());
  expect(body.transactionId).toMatch(/^[0-9a-f-]{36}$/);

  const event = [...graph.events.values()][0];
  expect(outcome.booking.joinUrl).toBe(event.joinUrl);
  const booked = notices.filter((n) => n.notice.kind === 'conversationBooked');
  expect(booked.map((n) => n.to).sort()).toEqual([emil.id, lars.id].sort());
  for (const n of booked) expect(n.notice.kind === 'conversationBooked' && n.notice.booking.joinUrl).toBe(event.joinUrl);
});

test('moving the conversation patches its event; cancelling cancels it with the reason', async () => {
  const { useCases: u } = useCases();
  const event = [...graph.events.values()][0];
  graph.requests.length = 0;

  const moved = await u.bookConversation({ actorId: mette.id, actorName: mette.name, programmeId: PROGRAMME_ID, kind: 'startupPart1', conversationId: 'graph-conversation-1', start: '2026-09-08T08:00:00.000Z' });
  if (moved.outcome !== 'booked') throw new Error(`expected booked, got ${moved.outcome}`);
  expect(moved.moved).toBe(true);
  expect(moved.booking.joinUrl).toBe(event.joinUrl);
  const patch = graph.requests.find((r) => r.method === 'PATCH');
  expect(patch?.path).toBe(`/v1.0/users/${encodeURIComponent(ORGANIZER)}/events/${encodeURIComponent(event.id)}`);
  expect(patch?.body).toEqual({ start: { dateTime: '2026-09-08T08:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-09-08T09:30:00', timeZone: 'UTC' } });
  expect(graph.events.size).toBe(1);

  await u.cancelConversation({ actorId: mette.id, actorName: mette.name, programmeId: PROGRAMME_ID, conversationId: 'graph-conversation-1', reason: 'Emil er syg' });
  const cancel = graph.requests.find((r) => r.path.endsWith('/cancel'));
  expect(cancel?.method).toBe('POST');
  expect(cancel?.body).toEqual({ comment: 'Emil er syg' });
  expect(graph.events.get(event.id)?.cancelled).toEqual({ comment: 'Emil er syg' });
});

test('when Graph cannot make the meeting, the booking stands without a join link and the failure is logged', async () => {
  const { useCases: u, logger } = useCases();
  graph.suggest([{ start: { dateTime: '2026-09-03T07:00:00.0000000', timeZone: 'UTC' }, end: { dateTime: '2026-09-03T08:30:00.0000000', timeZone: 'UTC' } }]);
  // Retry-After beyond what a bot turn may wait: not retried, the create fails.
  graph.throttleOnce(60);
  const outcome = await u.bookConversation({ actorId: mette.id, actorName: mette.name, programmeId: PROGRAMME_ID, kind: 'startupPart1', start: '2026-09-03T07:00:00.000Z' });
  if (outcome.outcome !== 'booked') throw new Error(`expected booked, got ${outcome.outcome}`);
  expect(outcome.booking.joinUrl).toBeUndefined();
  expect(logger.entries).toContainEqual(expect.objectContaining({ level: 'error', obj: expect.objectContaining({ operation: 'create', statusCode: 429 }) }));
});
