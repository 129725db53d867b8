// When Table Storage hangs (accepts connections, never answers), every storage call gives up
// within its bounded time, the bot still answers within the 5 s that keep Teams from delivering
// the same activity again, and the health check reports storage as down.
import { connectionString } from '../../bot/scripts/azurite.cjs';
import { startApp, RunningApp } from '../../bot/src/app';
import { loadConfig } from '../../bot/src/config';
import { createLogger } from '../../bot/src/logger';
import { createTableStorage, DEFAULT_STORAGE_TIMEOUTS, StorageUnavailableError } from '../../bot/src/storage';
import { newUser, personalInstall, personalMessage } from '../bot/activities';
import { RecordingConnector, startRecordingConnector } from '../support/recordingConnector';
import { StallingProxy, startStallingProxy } from '../support/stallingProxy';
import { testConnectionString, uniqueTablePrefix } from '../support/tables';

/** Teams delivers an activity again when the bot has not answered within ~15 s; we promise 5 s. */
const TURN_DEADLINE_MS = 5_000;

function azuritePort(): number {
  return Number(/TableEndpoint=http:\/\/127\.0\.0\.1:(\d+)\//.exec(testConnectionString())?.[1]);
}

describe('a storage call against a storage that never answers', () => {
  let proxy: StallingProxy;
  beforeAll(async () => {
    proxy = await startStallingProxy();
  });
  afterAll(() => proxy.close());

  test('is tried again after its per-try timeout, then fails as "storage unavailable" instead of hanging', async () => {
    const storage = createTableStorage({ connectionString: connectionString(proxy.port) }, { tablePrefix: uniqueTablePrefix('hang') });
    const error = await storage.handledActivities.markHandled('conversation', 'activity').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageUnavailableError);
    // More than one try reached the server: the per-try timeout let the retry policy try again.
    expect(proxy.heldRequests).toBeGreaterThanOrEqual(2);
    expect(DEFAULT_STORAGE_TIMEOUTS.totalMs).toBeLessThan(TURN_DEADLINE_MS);
  });

  test('once a call has run out of time, the next fails at once without waiting on the storage again', async () => {
    const storage = createTableStorage({ connectionString: connectionString(proxy.port) }, { tablePrefix: uniqueTablePrefix('hang') });
    await expect(storage.handledActivities.markHandled('conversation', 'first')).rejects.toBeInstanceOf(StorageUnavailableError);
    const heldBefore = proxy.heldRequests;
    await expect(storage.conversationReferences.listForUser('someone')).rejects.toBeInstanceOf(StorageUnavailableError);
    expect(proxy.heldRequests).toBe(heldBefore);
  });
});

describe('the app, when its storage starts to hang', () => {
  let proxy: StallingProxy;
  let app: RunningApp;
  let connector: RecordingConnector;

  beforeAll(async () => {
    proxy = await startStallingProxy(azuritePort());
    const config = loadConfig({
      TABLES_CONNECTION_STRING: connectionString(proxy.port),
      TABLES_TABLE_PREFIX: uniqueTablePrefix('hangapp'),
      PORT: '0',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'silent',
    });
    [app, connector] = await Promise.all([startApp(config, createLogger(config)), startRecordingConnector()]);
    expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
    proxy.stall();
  });

  afterAll(async () => {
    await app?.close();
    await connector?.close();
    await proxy?.close();
  });

  async function post(activity: object): Promise<{ status: number; elapsedMs: number }> {
    const started = Date.now();
    const response = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    return { status: response.status, elapsedMs: Date.now() - started };
  }

  // A deadline that Teams imposes, not a speed target: past it, the same activity arrives again.
  test('a message still gets its answer within 5 s', async () => {
    const activity = personalMessage({ serviceUrl: connector.serviceUrl, user: newUser() }, 'hjælp');
    const { status, elapsedMs } = await post(activity);
    expect(status).toBe(200);
    expect(elapsedMs).toBeLessThan(TURN_DEADLINE_MS);
    expect(connector.activitiesIn(activity.conversation.id)).toHaveLength(1);
  });

  test('an install still gets its welcome within 5 s, though storage cannot say whether it was welcomed before', async () => {
    const activity = personalInstall({ serviceUrl: connector.serviceUrl, user: newUser() });
    const { status, elapsedMs } = await post(activity);
    expect(status).toBeLessThan(300);
    expect(elapsedMs).toBeLessThan(TURN_DEADLINE_MS);
    expect(connector.activitiesIn(activity.conversation.id)).toHaveLength(1);
  });

  test('"status", which needs the programmes, is answered within 5 s with "try again in a moment"', async () => {
    const activity = personalMessage({ serviceUrl: connector.serviceUrl, user: newUser() }, 'status');
    const { status, elapsedMs } = await post(activity);
    expect(status).toBe(200);
    expect(elapsedMs).toBeLessThan(TURN_DEADLINE_MS);
    const replies = connector.activitiesIn(activity.conversation.id);
    expect(replies.map((r) => r.activity.text)).toEqual(['Jeg kan ikke hente forløbets data lige nu. Prøv igen om lidt.']);
  });

  test('the health check reports storage as down', async () => {
    const response = await fetch(`${app.url}/api/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', storage: 'down' });
  });
});
