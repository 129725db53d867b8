// Stopping the server process (SIGTERM, as App Service and `npm start` do) while a turn is slow:
// it stops taking new connections at once, the turn in flight still completes its answer, and the
// process then exits by itself.
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { connectionString } from '../../bot/scripts/azurite.cjs';
import { newUser, personalMessage } from '../bot/activities';
import { RecordingConnector, startRecordingConnector } from '../support/recordingConnector';
import { StallingProxy, startStallingProxy } from '../support/stallingProxy';
import { pollUntil } from '../support/localRun';
import { testConnectionString, uniqueTablePrefix } from '../support/tables';

const ROOT = path.resolve(__dirname, '../..');

let proxy: StallingProxy;
let connector: RecordingConnector;
let server: ChildProcess;
let output = '';

function azuritePort(): number {
  return Number(/TableEndpoint=http:\/\/127\.0\.0\.1:(\d+)\//.exec(testConnectionString())?.[1]);
}

/** Starts bot/src/index.ts in its own process and resolves with the URL it logs once listening. */
async function startServerProcess(): Promise<string> {
  server = spawn(process.execPath, ['-r', path.join(__dirname, '../support/tsRegister.cjs'), 'bot/src/index.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      APP_MODE: 'local',
      PORT: '0',
      LOG_LEVEL: 'info',
      SEED_DEMO: 'false',
      TABLES_CONNECTION_STRING: connectionString(proxy.port),
      TABLES_TABLE_PREFIX: uniqueTablePrefix('stop'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  let url: string | undefined;
  await pollUntil(() => {
    url = /"url":"(http:[^"]+)"/.exec(output)?.[1];
    return url !== undefined || server.exitCode !== null;
  }, 60_000);
  if (!url) throw new Error(`The server did not start:\n${output}`);
  return url;
}

beforeAll(async () => {
  [proxy, connector] = await Promise.all([startStallingProxy(azuritePort()), startRecordingConnector()]);
});

afterAll(async () => {
  if (server && server.exitCode === null) server.kill('SIGKILL');
  await connector?.close();
  await proxy?.close();
});

test('SIGTERM during a slow turn: no new connections are taken, the turn still answers, and the process exits 0', async () => {
  const url = await startServerProcess();
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
  proxy.stall();

  const activity = personalMessage({ serviceUrl: connector.serviceUrl, user: newUser() }, 'hjælp');
  const answer = fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  // The turn is under way once its storage call is waiting at the hanging storage.
  expect(await pollUntil(() => proxy.heldRequests > 0, 10_000)).toBe(true);
  server.kill('SIGTERM');

  expect(await pollUntil(() => fetch(`${url}/api/health`).then(() => false, () => true), 5_000)).toBe(true);
  const response = await answer;
  expect(response.status).toBe(200);
  expect(connector.activitiesIn(activity.conversation.id)).toHaveLength(1);
  expect(await exited).toBe(0);
  expect(output).toContain('Stopping: finishing requests in flight');
});
