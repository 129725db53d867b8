// GET /api/health on the real app: ok while Table Storage answers, 503 when it does not. It is
// public, so it says no more than that; the reason goes to the log.
import pino from 'pino';
import { Writable } from 'node:stream';
import { startApp, RunningApp } from '../../bot/src/app';
import { loadConfig } from '../../bot/src/config';
import { createLogger } from '../../bot/src/logger';
import { RunningAzurite, startAzurite } from '../../bot/scripts/azurite.cjs';
import { uniqueTablePrefix } from '../support/tables';

let azurite: RunningAzurite;
let app: RunningApp;
const logLines: Array<{ msg: string; err?: { message?: string } }> = [];

/** The app's own pino logger, writing into `logLines` instead of stdout. */
function recordingPino() {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
      done();
    },
  });
  return pino({ level: 'warn' }, sink);
}

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
  app = await startApp(config, recordingPino());
});

afterAll(async () => {
  await app?.close();
  await azurite?.stop();
});

test('while Table Storage answers, the health check says ok and nothing more', async () => {
  const response = await fetch(`${app.url}/api/health`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', storage: 'up' });
});

test('when Table Storage stops answering, the health check says 503 and storage down, and the reason goes to the log only', async () => {
  await azurite.stop();
  const response = await fetch(`${app.url}/api/health`);
  expect(response.status).toBe(503);
  expect(await response.json()).toEqual({ status: 'unavailable', storage: 'down' });
  const logged = logLines.find((line) => line.msg.includes('Health check'));
  expect(logged?.err?.message).toEqual(expect.any(String));
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
