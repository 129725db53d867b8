// GET /api/health on the real app: ok while Table Storage answers, 503 with a reason when it does not.
import { startApp, RunningApp } from '../../bot/src/app';
import { loadConfig } from '../../bot/src/config';
import { createLogger } from '../../bot/src/logger';
import { RunningAzurite, startAzurite } from '../../bot/scripts/azurite.cjs';
import { uniqueTablePrefix } from '../support/tables';

let azurite: RunningAzurite;
let app: RunningApp;

beforeAll(async () => {
  // Its own Azurite, because this test stops it.
  azurite = await startAzurite();
  const config = loadConfig({
    TABLES_CONNECTION_STRING: azurite.connectionString,
    TABLES_TABLE_PREFIX: uniqueTablePrefix('health'),
    PORT: '0',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
  });
  app = await startApp(config, createLogger(config));
});

afterAll(async () => {
  await app?.close();
  await azurite?.stop();
});

test('while Table Storage answers, the health check says ok', async () => {
  const response = await fetch(`${app.url}/api/health`);
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'ok', storage: 'ok', mode: 'local' });
});

test('when Table Storage stops answering, the health check says 503 and why', async () => {
  await azurite.stop();
  const response = await fetch(`${app.url}/api/health`);
  expect(response.status).toBe(503);
  const body = (await response.json()) as { reason: string };
  expect(body).toMatchObject({ status: 'unavailable', storage: 'unreachable' });
  expect(body.reason).toEqual(expect.any(String));
  expect(body.reason.length).toBeGreaterThan(0);
});

test('with SEED_DEMO=false the app starts with no demo data', async () => {
  // Storage is stopped by the test above; a fresh Azurite shows what the start wrote.
  const fresh = await startAzurite();
  try {
    const config = loadConfig({ TABLES_CONNECTION_STRING: fresh.connectionString, PORT: '0', SEED_DEMO: 'false', LOG_LEVEL: 'silent' });
    const bare = await startApp(config, createLogger(config));
    try {
      expect(await bare.storage.departments.list()).toEqual([]);
    } finally {
      await bare.close();
    }
  } finally {
    await fresh.stop();
  }
});
