// How long the joint start-up meeting takes over real HTTP, through the bot as it runs (restify +
// CloudAdapter + Azurite, replies to a recording connector), with a fixed clock on a working day:
// Lars (HR) chooses two trainees on the card until the proposals card arrives, and clicks a proposed
// time until the confirmation card arrives (both programmes saved, four other participants told).
// Each run takes two fresh programmes of his department, so Lars's cohort and calendar grow as it goes.
import { demoDepartment } from '../../bot/src/demo/seedDemo';
import { demoPeople } from '../../bot/src/demo/demoPeople';
import { TableStorage } from '../../bot/src/storage';
import { visibleText } from '../cards/cardInspection';
import { azuriteStorage, BotServer, startBotServer } from '../support/botServer';
import { RecordingConnector, startRecordingConnector } from '../support/recordingConnector';
import { asTeamsUser, personalMessage } from '../bot/activities';
import { performance } from 'node:perf_hooks';
import { Figures, report } from './figures';
import { benchClock, benchPeople, storeStartupProgrammes } from './startupProgrammes';

const RUNS = 15;

const lars = demoPeople.hrConsultant;
// Two programmes per run, plus a warm-up pair.
const PROGRAMMES = 2 * (RUNS + 1);
const leaders = benchPeople('e', PROGRAMMES, 'Leder');
const trainees = benchPeople('f', PROGRAMMES, 'Trainee');
const programmeIdOf = (i: number) => `bench-joint-${String(i).padStart(3, '0')}`;

let storage: TableStorage;
let bot: BotServer;
let connector: RecordingConnector;
let activityNo = 0;

/** A card click as Lars; the first card that arrived in his chat meanwhile. */
async function press(value: object): Promise<unknown> {
  const activity = { ...personalMessage({ serviceUrl: connector.serviceUrl, user: asTeamsUser(lars), locale: 'da-DK' }, ''), id: `bench-joint-${activityNo++}`, value };
  const before = connector.activitiesIn(activity.conversation.id).length;
  const response = await bot.post(activity);
  if (response.status !== 200) throw new Error(`The bot answered ${response.status}`);
  const card = connector.activitiesIn(activity.conversation.id).slice(before)[0]?.activity.attachments?.[0]?.content;
  if (!card) throw new Error('No card came back');
  return card;
}

function slotData(card: unknown): Record<string, unknown> {
  const found = JSON.stringify(card).match(/\{"verb":"jointStartup\.book"[^}]*\}/);
  if (!found) throw new Error(`No proposed time on ${visibleText(card)}`);
  return JSON.parse(found[0]);
}

beforeAll(async () => {
  storage = await azuriteStorage('benchjoint');
  await storage.departments.add(demoDepartment());
  await storage.people.add(lars);
  await storeStartupProgrammes(storage, { leaders, trainees, programmeIdOf });
  connector = await startRecordingConnector();
  bot = await startBotServer({ storage, conversationReferences: storage.conversationReferences, clock: benchClock });
}, 120_000);

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

test('joint start-up figures', async () => {
  const proposals: unknown[] = [];
  const pair = (run: number) => `${programmeIdOf(2 * run)},${programmeIdOf(2 * run + 1)}`;
  const propose = async (run: number) => (proposals[run] = await press({ verb: 'jointStartup.propose', programmeIds: pair(run) }));
  const book = async (run: number) => {
    const card = await press(slotData(proposals[run]));
    if (!visibleText(card).includes('Fælles opstartsmøde (opstartssamtale del 1) er aftalt')) throw new Error(`Not booked: ${visibleText(card)}`);
  };
  // Warm-up pair, not measured.
  await propose(RUNS);
  await book(RUNS);
  // Lars is in every meeting: each run proposes and books before the next proposes, so no
  // proposal is stale. One timing each, interleaved.
  const timings: Record<'propose' | 'book', number[]> = { propose: [], book: [] };
  const step = async (kind: 'propose' | 'book', run: number) => {
    const start = performance.now();
    await (kind === 'propose' ? propose(run) : book(run));
    timings[kind].push(performance.now() - start);
  };
  for (let run = 0; run < RUNS; run++) {
    await step('propose', run);
    await step('book', run);
  }
  const proposing = figuresOf('two trainees chosen → proposals card (free for all five)', timings.propose);
  const booking = figuresOf('click on a proposed time → confirmation (2 programmes, 4 told)', timings.book);
  report(`Joint start-up meeting in chat over HTTP (Lars in ${PROGRAMMES} programmes of the department)`, [proposing, booking]);
}, 240_000);

function figuresOf(name: string, times: number[]): Figures {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { name, runs: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}
