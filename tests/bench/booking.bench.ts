// How long booking in chat takes over real HTTP, through the bot as it runs (restify + CloudAdapter +
// Azurite, replies to a recording connector), with a fixed clock on a working day as in
// tests/booking/booking.test.ts: a leader types "book" until the proposals card arrives, and clicks a
// proposed time until the confirmation card arrives (the other participants' notices are sent first).
// The demo (seedDemo) plus one start-up programme per iteration, each with its own leader and trainee
// and Lars as HR consultant: Lars has a cohort of programmes whose calendars every proposal and
// booking reads, and each leader has exactly one programme, so "book" goes straight to proposals.
// Every click books (the confirmation card is checked); the booking is cancelled again, untimed, so
// Lars's calendar is the same for every click.
import { performance } from 'node:perf_hooks';
import { seedDemo } from '../../bot/src/demo/seedDemo';
import { demoPeople } from '../../bot/src/demo/demoPeople';
import { TableStorage } from '../../bot/src/storage';
import { visibleText } from '../cards/cardInspection';
import { azuriteStorage, BotServer, startBotServer } from '../support/botServer';
import { RecordedActivity, RecordingConnector, startRecordingConnector } from '../support/recordingConnector';
import { personalMessage, asTeamsUser } from '../bot/activities';
import { Figures, measure, report } from './figures';
import { BENCH_NOW, benchClock, benchPeople, storeStartupProgrammes } from './startupProgrammes';

const RUNS = 40;

const lars = demoPeople.hrConsultant;
// One more than RUNS: the first round warms the process up and is not measured.
const leaders = benchPeople('c', RUNS + 1, 'Leder');
const trainees = benchPeople('d', RUNS + 1, 'Trainee');
const programmeIdOf = (i: number) => `bench-booking-${i}`;

let storage: TableStorage;
let bot: BotServer;
let connector: RecordingConnector;
let activityNo = 0;

type Action = { type: string; title: string; data?: Record<string, unknown> };

function chatOf(p: { id: string; name: string }): string {
  return personalMessage({ serviceUrl: '', user: asTeamsUser(p) }, '').conversation.id;
}

/** Posts a message (or a card click: `value`) as `p` and returns what arrived in their chat meanwhile. */
async function say(p: { id: string; name: string }, text: string, value?: object): Promise<RecordedActivity[]> {
  const activity = {
    ...personalMessage({ serviceUrl: connector.serviceUrl, user: asTeamsUser(p), locale: 'da-DK' }, text),
    id: `bench-booking-${activityNo++}`,
    ...(value ? { value } : {}),
  };
  const before = connector.activitiesIn(activity.conversation.id).length;
  const response = await bot.post(activity);
  if (response.status !== 200) throw new Error(`The bot answered ${response.status} to ${JSON.stringify(text || value)}`);
  return connector.activitiesIn(activity.conversation.id).slice(before);
}

/** Says it, then waits until a card in the chat satisfies `wanted` (it normally arrived before the HTTP response). */
async function sayUntilCard(p: { id: string; name: string }, text: string, value: object | undefined, wanted: (card: unknown) => boolean): Promise<unknown> {
  const chat = chatOf(p);
  const before = connector.activitiesIn(chat).length;
  await say(p, text, value);
  const deadline = Date.now() + 5_000;
  for (;;) {
    const card = connector
      .activitiesIn(chat)
      .slice(before)
      .map((r) => r.activity.attachments?.[0]?.content)
      .find((c) => c !== undefined && wanted(c));
    if (card) return card;
    if (Date.now() > deadline) {
      const got = connector.activitiesIn(chat).slice(before).map((r) => r.activity.text ?? visibleText(r.activity.attachments?.[0]?.content));
      throw new Error(`No such card for ${JSON.stringify(text || value)}; got ${JSON.stringify(got)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

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

const slotButtons = (card: unknown) => actionsOf(card).filter((a) => a.data?.verb === 'booking.book');
const isProposals = (card: unknown) => visibleText(card).includes('Aftal tidspunkt: Opstartssamtale del 1') && slotButtons(card).length > 0;
const isConfirmation = (card: unknown) => visibleText(card).includes('Opstartssamtale del 1 er aftalt');
const isCancellation = (card: unknown) => visibleText(card).includes('Opstartssamtale del 1 er aflyst');

/** Like measure() in figures.ts, with an untimed step after each run. */
async function measureThen(name: string, runs: number, once: (i: number) => Promise<unknown>, after: (i: number) => Promise<unknown>): Promise<Figures> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await once(i);
    times.push(performance.now() - start);
    await after(i);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { name, runs, p50: at(0.5), p95: at(0.95), max: times[times.length - 1] };
}

beforeAll(async () => {
  storage = await azuriteStorage('benchbooking');
  await seedDemo(storage, BENCH_NOW);
  await storeStartupProgrammes(storage, { leaders, trainees, programmeIdOf });
  connector = await startRecordingConnector();
  bot = await startBotServer({ storage, conversationReferences: storage.conversationReferences, clock: benchClock });
  // Everyone has chatted with the bot before, so the notices of a booking reach them.
  for (const p of [lars, ...leaders, ...trainees]) await say(p, 'hjælp');
}, 120_000);

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

test('booking figures', async () => {
  const proposals: unknown[] = [];
  const confirmations: unknown[] = [];
  const book = (i: number) => sayUntilCard(leaders[i], 'book', undefined, isProposals).then((card) => (proposals[i] = card));
  const click = (i: number) =>
    sayUntilCard(leaders[i], '', slotButtons(proposals[i])[0].data, isConfirmation).then((card) => (confirmations[i] = card));
  const cancel = async (i: number) => {
    const data = actionsOf(confirmations[i]).find((a) => a.data?.verb === 'booking.cancel')?.data;
    if (!data) throw new Error('The confirmation card has no cancel button');
    await sayUntilCard(leaders[i], '', { ...data, reason: 'Benchmark' }, isCancellation);
  };

  // Warm-up round on the extra programme, not measured.
  await book(RUNS);
  await click(RUNS);
  await cancel(RUNS);

  const proposing = await measure('leader types "book" → proposals card at the connector', RUNS, book);
  const booking = await measureThen('click on a proposed time → confirmation card (booking made)', RUNS, click, cancel);
  if (connector.unexpected.length > 0) throw new Error(`Unexpected calls to the connector: ${JSON.stringify(connector.unexpected)}`);
  const larsProgrammes = (await storage.programmes.listForPerson(lars.id)).length;
  report(`Booking in chat over HTTP (restify + CloudAdapter + Azurite; Lars in ${larsProgrammes} programmes)`, [proposing, booking]);
}, 120_000);
