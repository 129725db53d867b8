// The learning agreement card: rendering alone, and a card action's round trip over real HTTP on
// Azurite (invoke → stored over the version → the refreshed card in the response).
import { Programme } from '../../bot/src/domain/programme';
import { agreementViewOf } from '../../bot/src/application/agreement/agreementView';
import { renderAgreementCard } from '../../bot/src/cards/agreementCard';
import { TableStorage } from '../../bot/src/storage';
import { azuriteStorage, BotServer, startBotServer, TEST_AIDS } from '../support/botServer';
import { RecordingConnector, startRecordingConnector } from '../support/recordingConnector';
import { action, execute, storeAgreementProgramme } from '../cards/agreementFixture';
import { measure, report } from './figures';

let storage: TableStorage;
let bot: BotServer;
let connector: RecordingConnector;

beforeAll(async () => {
  storage = await azuriteStorage('benchagreement');
  connector = await startRecordingConnector();
  bot = await startBotServer({ storage, conversationReferences: storage.conversationReferences });
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

test('learning agreement card: render, refresh and a change round trip', async () => {
  const parties = await storeAgreementProgramme(storage);
  const loaded = await storage.programmes.load(parties.programmeId);
  const programme: Programme = loaded.programme;
  const vm = agreementViewOf(programme, loaded.version, { id: parties.ids.leader, isProgrammeAdmin: false, hrDepartmentIds: [] });

  const render = await measure('render the agreement card (leader, da)', 200, async () =>
    renderAgreementCard(vm, { language: 'da', aids: TEST_AIDS, refreshUserIds: [parties.leader.id] }),
  );
  const refresh = await measure('refresh over HTTP (invoke → card from storage)', 30, () =>
    execute(bot, connector, parties.leader, 'refresh', { view: 'agreement', programmeId: parties.programmeId }),
  );
  let card = (await execute(bot, connector, parties.leader, 'refresh', { view: 'agreement', programmeId: parties.programmeId })).card;
  const change = await measure('change a learning goal (invoke → saved → refreshed card)', 20, async (i) => {
    const goalForm = await execute(bot, connector, parties.leader, 'refresh', action(card, 'Ret').data);
    const save = action(goalForm.card, 'Gem');
    card = (await execute(bot, connector, parties.leader, save.verb, { ...save.data, text: `Lede et møde ${i}`, evidence: 'Feedback' })).card;
  });
  report('Learning agreement card', [render, refresh, change]);
}, 180_000);
