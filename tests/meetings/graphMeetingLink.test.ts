// The link between a Teams meeting and its booked conversation: booking with the Graph scheduler
// (Azurite for the programmes, the local fake Graph for the meeting) keeps the meeting's join URL on
// the conversation, and a meeting event naming that URL (as Teams sends it) finds the conversation.
import { Clock, Notifier } from '../../bot/src/application/ports';
import { createUseCases } from '../../bot/src/application/useCases';
import { demoPeople } from '../../bot/src/demo/demoPeople';
import { Person } from '../../bot/src/domain/people';
import { TableStorage } from '../../bot/src/storage';
import { azuriteStorage, recordingLogger } from '../support/botServer';
import { FakeGraph, startFakeGraph } from '../support/fakeGraph';
import { fakeGraphScheduler, storeProgrammeInStartup } from '../support/graphSchedulerSetup';

// Tuesday 1 September 2026, 10:00 in Copenhagen.
let now = new Date('2026-09-01T08:00:00.000Z');
const clock: Clock = { now: () => now };
const PROGRAMME_ID = 'meeting-link-emil';
const mette = demoPeople.leader;
const lars = demoPeople.hrConsultant;
const emil: Person = { id: 'c0000000-0000-4000-8000-0000000000e1', name: 'Emil Holt', email: 'emil.holt@demo.aarhus.dk', locale: 'da-DK', isProgrammeAdmin: false, hrDepartmentIds: [] };
const notifier: Notifier = { notify: async () => undefined };

let graph: FakeGraph;
let storage: TableStorage;

beforeAll(async () => {
  graph = await startFakeGraph();
  storage = await azuriteStorage('meetinglink');
  await storeProgrammeInStartup(storage, { id: PROGRAMME_ID, trainee: emil, now });
});

afterAll(async () => {
  await graph?.close();
});

function useCases() {
  const logger = recordingLogger();
  return createUseCases({
    programmes: storage.programmes,
    people: storage.people,
    departments: storage.departments,
    clock,
    notifier,
    scheduler: fakeGraphScheduler(graph, logger),
    slotReservations: storage.slotReservations,
    ids: { newId: () => 'meeting-link-conversation' },
  });
}

test('A conversation booked with a Teams meeting keeps its join URL, and the meeting’s events find it', async () => {
  const u = useCases();
  const booked = await u.bookConversation({ actorId: mette.id, actorName: mette.name, programmeId: PROGRAMME_ID, kind: 'startupPart1', start: '2026-09-04T11:00:00.000Z' });
  if (booked.outcome !== 'booked') throw new Error(`expected booked, got ${booked.outcome}`);
  const joinUrl = [...graph.events.values()][0].joinUrl as string;
  expect(joinUrl).toMatch(/^https:\/\//);

  const stored = (await storage.programmes.load(PROGRAMME_ID)).programme.conversation('meeting-link-conversation');
  expect(stored.joinUrl).toBe(joinUrl);

  // Teams names the meeting by the same URL, percent-encoded once more.
  const started = await u.meetingStarted({ actorId: emil.id, joinUrl: encodeURIComponent(joinUrl) });
  expect(started.map((v) => [v.programmeId, v.conversationId, v.kind])).toEqual([[PROGRAMME_ID, 'meeting-link-conversation', 'startupPart1']]);
  expect(await u.meetingStarted({ actorId: emil.id, joinUrl: `${joinUrl}x` })).toEqual([]);

  now = new Date('2026-09-04T12:25:00.000Z');
  const ended = await u.meetingEnded({ actorId: lars.id, joinUrl });
  expect(ended.map((e) => e.outcome)).toEqual(['held']);
  expect((await storage.programmes.load(PROGRAMME_ID)).programme.conversation('meeting-link-conversation').status).toBe('held');
});
