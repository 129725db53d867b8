// The Graph scheduler against a local Graph (tests/support/fakeGraph.ts) that answers the
// documented endpoints and payloads: proposals come from findMeetingTimes' suggestions, checked
// again by the programme's rules (no Danish holiday, working hours, notice), the request carries
// the attendees, the duration and the working-day windows, throttling is retried, and an empty
// answer gives no times and says why.
import { DateTime } from 'luxon';
import type { TokenCredential } from '@azure/identity';
import { Logger } from '../../bot/src/application/ports';
import { createBuiltInScheduler } from '../../bot/src/scheduling/builtInScheduler';
import { createGraphScheduler, GraphSchedulerOptions, isoDuration, workingWindows } from '../../bot/src/scheduling/graphScheduler';
import { FAKE_GRAPH_TOKEN, FakeGraph, startFakeGraph } from '../support/fakeGraph';

// Monday 11 May 2026, 10:00 in Copenhagen. Thursday 14 May is Kristi himmelfartsdag.
const NOW = new Date('2026-05-11T08:00:00.000Z');
const ORGANIZER = 'ledertrainee-noreply@aarhus.dk';
const ATTENDEES = [
  { name: 'Sofie Nielsen', email: 'sofie.nielsen@aarhus.dk' },
  { name: 'Mette Sørensen', email: 'mette.sorensen@aarhus.dk' },
  { name: 'Lars Holm', email: 'lars.holm@aarhus.dk' },
];

const utc = (iso: string) => ({ dateTime: iso.replace('Z', '.0000000'), timeZone: 'UTC' });
const slot = (startIso: string, minutes = 90) => ({
  start: utc(startIso),
  end: utc(new Date(Date.parse(startIso) + minutes * 60_000).toISOString().replace('.000Z', 'Z')),
});

interface Logged {
  level: string;
  obj: any;
  msg: string;
}

function recordingLogger(): Logger & { entries: Logged[] } {
  const entries: Logged[] = [];
  const at = (level: string) => (obj: object, msg: string) => void entries.push({ level, obj, msg });
  return { entries, info: at('info'), warn: at('warn'), error: at('error') };
}

const credential = (token = FAKE_GRAPH_TOKEN): TokenCredential => ({
  getToken: async () => ({ token, expiresOnTimestamp: Date.now() + 3_600_000 }),
});

let graph: FakeGraph;

beforeAll(async () => {
  graph = await startFakeGraph();
});
afterAll(async () => {
  await graph?.close();
});
beforeEach(() => {
  graph.requests.length = 0;
  graph.suggest([]);
});

function scheduler(overrides: Partial<GraphSchedulerOptions> = {}) {
  const logger = recordingLogger();
  return {
    logger,
    scheduler: createGraphScheduler({
      credential: credential(),
      organizer: ORGANIZER,
      builtIn: createBuiltInScheduler({ publicBaseUrl: () => undefined }),
      logger,
      baseUrl: graph.baseUrl,
      fetch: graph.fetch,
      ...overrides,
    }),
  };
}

const propose = (s: ReturnType<typeof scheduler>['scheduler'], attendees = ATTENDEES) =>
  s.proposeSlots({ now: NOW, durationMinutes: 90, busy: [], count: 3, attendees });

describe('proposing times with findMeetingTimes', () => {
  test('proposes the times Graph suggests, and skips a Danish holiday Graph suggested', async () => {
    graph.suggest([
      slot('2026-05-12T07:00:00Z'), // Tuesday 09:00
      slot('2026-05-14T07:00:00Z'), // Kristi himmelfartsdag 09:00: never proposed
      slot('2026-05-13T11:00:00Z'), // Wednesday 13:00
      slot('2026-05-15T08:00:00Z'), // Friday 10:00
    ]);
    const { scheduler: s } = scheduler();
    const slots = await propose(s);
    expect(slots.map((x) => [x.start.toISOString(), x.end.toISOString()])).toEqual([
      ['2026-05-12T07:00:00.000Z', '2026-05-12T08:30:00.000Z'],
      ['2026-05-13T11:00:00.000Z', '2026-05-13T12:30:00.000Z'],
      ['2026-05-15T08:00:00.000Z', '2026-05-15T09:30:00.000Z'],
    ]);
  });

  test('also drops suggestions outside working hours, over a programme conversation, or today', async () => {
    graph.suggest([
      slot('2026-05-11T12:00:00Z'), // today: no notice
      slot('2026-05-12T13:00:00Z'), // 15:00–16:30: ends after 16:00
      slot('2026-05-12T07:00:00Z'), // over the busy conversation below
      slot('2026-05-18T07:00:00Z'),
    ]);
    const { scheduler: s } = scheduler();
    const slots = await s.proposeSlots({
      now: NOW,
      durationMinutes: 90,
      busy: [{ start: new Date('2026-05-12T07:30:00Z'), end: new Date('2026-05-12T08:30:00Z') }],
      count: 3,
      attendees: ATTENDEES,
    });
    expect(slots.map((x) => x.start.toISOString())).toEqual(['2026-05-18T07:00:00.000Z']);
  });

  test('spreads the proposals one a day when Graph offers several times on the same day', async () => {
    graph.suggest([
      slot('2026-05-12T06:00:00Z'),
      slot('2026-05-12T06:30:00Z'),
      slot('2026-05-12T07:00:00Z'),
      slot('2026-05-13T06:00:00Z'),
      slot('2026-05-15T06:00:00Z'),
    ]);
    const { scheduler: s } = scheduler();
    const slots = await propose(s);
    expect(slots.map((x) => x.start.toISOString())).toEqual(['2026-05-12T06:00:00.000Z', '2026-05-13T06:00:00.000Z', '2026-05-15T06:00:00.000Z']);
  });

  test('the request carries the attendees, the duration and working-day windows 08:00–16:00 Copenhagen time, with the bearer token', async () => {
    graph.suggest([slot('2026-05-12T07:00:00Z')]);
    const { scheduler: s } = scheduler();
    await propose(s);

    expect(graph.requests).toHaveLength(1);
    const request = graph.requests[0];
    expect(request.method).toBe('POST');
    expect(request.path).toBe(`/v1.0/users/${encodeURIComponent(ORGANIZER)}/findMeetingTimes`);
    expect(request.headers.authorization).toBe(`Bearer ${FAKE_GRAPH_TOKEN}`);
    expect(request.headers.prefer).toBe('outlook.timezone="UTC"');
    expect(request.body.attendees).toEqual(ATTENDEES.map((a) => ({ type: 'required', emailAddress: { address: a.email, name: a.name } })));
    expect(request.body.meetingDuration).toBe('PT1H30M');
    expect(request.body.isOrganizerOptional).toBe(true);
    expect(request.body.minimumAttendeePercentage).toBe(100);

    const windows = request.body.timeConstraint.timeSlots as { start: { dateTime: string; timeZone: string }; end: { dateTime: string; timeZone: string } }[];
    const local = windows.map((w) => ({
      start: DateTime.fromISO(w.start.dateTime, { zone: w.start.timeZone }).setZone('Europe/Copenhagen'),
      end: DateTime.fromISO(w.end.dateTime, { zone: w.end.timeZone }).setZone('Europe/Copenhagen'),
    }));
    const days = local.map((w) => w.start.toISODate());
    // Tomorrow to today + 21 days: three weeks of weekdays (15) less Kristi himmelfartsdag, 2. pinsedag and grundlovsdag.
    expect(days[0]).toBe('2026-05-12');
    expect(days.at(-1)).toBe('2026-06-01');
    expect(days).not.toContain('2026-05-14');
    expect(days).not.toContain('2026-05-25');
    expect(days).not.toContain('2026-05-16'); // Saturday
    expect(days).toHaveLength(13);
    for (const w of local) {
      expect(w.start.toFormat('HH:mm')).toBe('08:00');
      expect(w.end.toFormat('HH:mm')).toBe('16:00');
      expect(w.end.toISODate()).toBe(w.start.toISODate());
    }
  });

  test('an empty suggestion list gives no times, and Graph\'s reason is logged', async () => {
    graph.suggest([], 'attendeesUnavailable');
    const { scheduler: s, logger } = scheduler();
    expect(await propose(s)).toEqual([]);
    expect(logger.entries).toContainEqual(expect.objectContaining({ level: 'warn', obj: { emptySuggestionsReason: 'attendeesUnavailable' } }));
  });

  test('a 429 with Retry-After is retried by the Graph client and then succeeds', async () => {
    graph.suggest([slot('2026-05-12T07:00:00Z'), slot('2026-05-13T07:00:00Z'), slot('2026-05-15T07:00:00Z')]);
    graph.throttleOnce(1);
    const { scheduler: s } = scheduler();
    const started = Date.now();
    const slots = await propose(s);
    expect(slots).toHaveLength(3);
    expect(graph.requests.map((r) => r.status)).toEqual([429, 200]);
    expect(graph.requests[1].headers['retry-attempt']).toBe('1');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  test('Graph refusing (wrong token) falls back to the built-in calendar, logged; so do attendees without e-mail', async () => {
    const { scheduler: s, logger } = scheduler({ credential: credential('not-the-token') });
    const slots = await propose(s);
    expect(graph.requests.map((r) => r.status)).toEqual([401]);
    expect(slots).toHaveLength(3);
    expect(logger.entries).toContainEqual(expect.objectContaining({ level: 'error', obj: expect.objectContaining({ statusCode: 401 }) }));

    graph.requests.length = 0;
    const withoutMail = await propose(scheduler().scheduler, [{ name: 'Uden Mail' }] as typeof ATTENDEES);
    expect(graph.requests).toHaveLength(0);
    expect(withoutMail).toHaveLength(3);
  });
});

describe('helpers', () => {
  test('isoDuration writes ISO 8601 durations', () => {
    expect([isoDuration(90), isoDuration(60), isoDuration(45), isoDuration(0)]).toEqual(['PT1H30M', 'PT1H', 'PT45M', 'PT0M']);
  });

  test('workingWindows leaves out weekends and Danish holidays, across daylight saving', () => {
    const windows = workingWindows(new Date('2026-10-22T08:00:00Z'), 60, 7);
    expect(windows.map((w) => w.start.toISOString())).toEqual([
      '2026-10-23T06:00:00.000Z', // Friday, summer time
      '2026-10-26T07:00:00.000Z', // Monday, winter time
      '2026-10-27T07:00:00.000Z',
      '2026-10-28T07:00:00.000Z',
      '2026-10-29T07:00:00.000Z',
    ]);
  });
});
