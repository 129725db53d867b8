// How long the bot takes to answer "hjælp" over real HTTP, through the whole app.
import { startApp, RunningApp } from '../../bot/src/app';
import { loadConfig } from '../../bot/src/config';
import { createLogger } from '../../bot/src/logger';
import { RecordingConnector, startRecordingConnector } from '../support/recordingConnector';
import { testConnectionString, uniqueTablePrefix } from '../support/tables';
import { measure, report } from './figures';

let app: RunningApp;
let connector: RecordingConnector;

beforeAll(async () => {
  const config = loadConfig({
    TABLES_CONNECTION_STRING: testConnectionString(),
    TABLES_TABLE_PREFIX: uniqueTablePrefix('benchbot'),
    PORT: '0',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
  });
  app = await startApp(config, createLogger(config));
  connector = await startRecordingConnector();
});

afterAll(async () => {
  await app?.close();
  await connector?.close();
});

function helpActivity(i: number) {
  return {
    type: 'message',
    id: `bench-${i}`,
    text: 'hjælp',
    locale: 'da-DK',
    channelId: 'msteams',
    serviceUrl: connector.serviceUrl,
    from: { id: `29:user-${i % 20}`, aadObjectId: `00000000-0000-0000-0000-${String(i % 20).padStart(12, '0')}` },
    recipient: { id: '28:bot' },
    conversation: { id: `a:conversation-${i % 20}`, conversationType: 'personal' },
  };
}

test('bot figures', async () => {
  const post = (i: number) =>
    fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(helpActivity(i)) });
  const sequential = await measure('"hjælp" → help card delivered, one user at a time', 200, post);
  const concurrent = await measure('10 users typing "hjælp" at once (time for all 10)', 20, (round) =>
    Promise.all(Array.from({ length: 10 }, (_, j) => post(1000 + round * 10 + j))),
  );
  report('Bot over HTTP (restify + CloudAdapter + Azurite)', [sequential, concurrent]);
});
