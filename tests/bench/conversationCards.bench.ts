// The conversation cards: render time per template and view (p50/p95), and a card action's round
// trip over real HTTP on Azurite (Action.Execute "Gem kladde" → saved over the version → the
// person's refreshed card back). Figures are printed, never asserted.
import { randomUUID } from 'node:crypto';
import { conversationCardView } from '../../bot/src/application/conversations/conversationCardView';
import { CARD_VERBS, REFRESH_VERB } from '../../bot/src/cards';
import { renderConversationCard } from '../../bot/src/cards/conversationCards';
import { Person } from '../../bot/src/domain/people';
import { Programme } from '../../bot/src/domain/programme';
import { asTeamsUser, personalInvoke } from '../bot/activities';
import { HR, LEADER, MIDWAY_ID, midwayHeld, PART1_ID, part1Booked, PART2_ID, part2Held, TRAINEE, TRANSITION_ID, transitionHeld, closed, day } from '../domain/builders';
import { azuriteStorage, BotServer, startBotServer, TEST_AIDS } from '../support/botServer';
import { RecordingConnector, startRecordingConnector } from '../support/recordingConnector';
import { measure, report } from './figures';

const person = (name: string): Person => ({ id: randomUUID(), name, isProgrammeAdmin: false, hrDepartmentIds: [] });
const tina = person('Tina Thomsen');
const lone = person('Lone Lauridsen');
const hanne = person('Hanne Holm');
const programmeId = randomUUID();

let bot: BotServer;
let connector: RecordingConnector;

beforeAll(async () => {
  const storage = await azuriteStorage('benchconv');
  for (const p of [tina, lone, hanne]) await storage.people.add(p);
  const renamed = JSON.stringify(midwayHeld().toState())
    .replaceAll(TRAINEE.id, tina.id)
    .replaceAll(LEADER.id, lone.id)
    .replaceAll(HR.id, hanne.id)
    .replaceAll('"programme-1"', JSON.stringify(programmeId));
  await storage.programmes.create(Programme.fromState(JSON.parse(renamed)), { at: day(0).toISOString(), by: lone.id, action: 'bench.created' });
  connector = await startRecordingConnector();
  bot = await startBotServer({ storage, conversationReferences: storage.conversationReferences, clock: { now: () => day(180) } });
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

async function execute(who: Person, verb: string, data: object): Promise<Record<string, unknown>> {
  const invoke = personalInvoke({ serviceUrl: connector.serviceUrl, user: asTeamsUser(who) }, 'adaptiveCard/action', { action: { type: 'Action.Execute', verb, data } });
  const response = await bot.post(invoke);
  return ((await response.json()) as { value: Record<string, unknown> }).value;
}

it('prints render times per template and a card action\'s round trip', async () => {
  const cases: [string, Programme, string, string][] = [
    ['opstartssamtale del 1 (HR, open)', part1Booked(), PART1_ID, HR.id],
    ['opstartssamtale del 2 (leder, open)', part2Held(), PART2_ID, LEADER.id],
    ['midtvejssamtale (HR, open)', midwayHeld(), MIDWAY_ID, HR.id],
    ['transitionssamtale (ledertrainee, open)', transitionHeld(), TRANSITION_ID, TRAINEE.id],
    ['transitionssamtale (ledertrainee, documented, read-only)', closed(), TRANSITION_ID, TRAINEE.id],
  ];
  const figures = [];
  for (const [name, programme, conversationId, viewer] of cases) {
    const view = conversationCardView(programme, 1, conversationId, viewer);
    figures.push(await measure(`render ${name}`, 20, async () => renderConversationCard({ language: 'da', view, aids: TEST_AIDS })));
  }

  const open = () => execute(tina, REFRESH_VERB, { view: 'conversation', programmeId, conversationId: MIDWAY_ID });
  figures.push(await measure('refresh: invoke → stored state → the trainee\'s card', 20, open));
  figures.push(
    await measure('Gem kladde: invoke → saved over the version → refreshed card', 20, async (i) => {
      const card = await open();
      const data = ((card.actions as { data: object }[])[0]).data;
      await execute(tina, CARD_VERBS.conversationSaveDraft, { ...data, whatWorks: `Sparringen, runde ${i}` });
    }),
  );
  report('Conversation cards (render p50/p95; the round trips over HTTP on Azurite)', figures);
}, 300_000);
