// The newcomer's path: `npm start` brings everything up, the bot answers in the Agents Playground
// and over plain Bot Framework HTTP, and stopping it leaves nothing behind.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { Browser } from 'playwright-core';
import { connectionString } from '../../bot/scripts/azurite.cjs';
import { demoPeople } from '../../bot/src/demo/demoPeople';
import { createTableStorage } from '../../bot/src/storage';
import { launchChromium } from '../support/chromium';
import { LocalRun, processesLeftAfter, processesMentioning, refusedAfter, startLocalRun } from '../support/localRun';
import { testConnectionString, uniqueTablePrefix } from '../support/tables';
import { RecordingConnector, startRecordingConnector } from '../support/recordingConnector';

jest.setTimeout(180_000);

let run: LocalRun;
let browser: Browser;
let connector: RecordingConnector;

// One after the other, each kept as soon as it runs: when a later one fails (a browser that cannot
// start), afterAll still stops the earlier ones, and jest can exit.
beforeAll(async () => {
  run = await startLocalRun();
  connector = await startRecordingConnector();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await connector?.close();
  await run?.interrupt();
  await run?.cleanUp();
});

test('npm start prints where the server, storage and Agents Playground run', () => {
  expect(run.output()).toContain(`Server:       ${run.serverUrl}`);
  expect(run.output()).toContain('Azurite (Table)');
  expect(run.output()).toContain(`Agents Playground: ${run.playgroundUrl}`);
});

test('the demo is seeded: the Playground user Mette finds her two trainees in Azurite', async () => {
  const storage = createTableStorage({ connectionString: connectionString(run.ports.azurite) });
  const trainees = (await storage.programmes.listForPerson(demoPeople.leader.id)).map((p) => p.trainee.name);
  expect(trainees.sort()).toEqual(['Ahmad Rahimi', 'Sofie Nielsen']);
});

test('the health check answers ok while Azurite runs', async () => {
  const response = await fetch(`${run.serverUrl}/api/health`);
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'ok' });
});

// The Playground reports every user's Teams language as en-US, so the bot rightly answers in English.
test('typing "hjælp" in the Agents Playground shows the help card in the language the client reports', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(run.playgroundUrl);
  const input = page.locator('[contenteditable="true"]').first();
  await input.waitFor({ timeout: 30_000 });
  await input.click();
  await input.fill('hjælp');
  await page.keyboard.press('Enter');
  const helpCard = page.locator('.ac-adaptiveCard', { hasText: 'Things you can type' });
  await helpCard.waitFor({ timeout: 30_000 });
  expect(await helpCard.innerText()).toMatch(/help/);
  await context.close();
});

test('a Bot Framework message "hjælp" posted to /api/messages gets an Adaptive Card at its serviceUrl', async () => {
  const response = await fetch(`${run.serverUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: 'activity-1',
      text: 'hjælp',
      locale: 'da-DK',
      channelId: 'msteams',
      serviceUrl: connector.serviceUrl,
      from: { id: 'user-1', name: 'Mette Sørensen', aadObjectId: '2f6d1c4e-8a3b-4c5d-9e7f-0a1b2c3d4e01' },
      recipient: { id: 'bot', name: 'Ledertrainee' },
      conversation: { id: 'conversation-e2e', conversationType: 'personal' },
    }),
  });
  expect(response.status).toBeLessThan(300);
  const replies = connector.activitiesIn('conversation-e2e');
  expect(replies).toHaveLength(1);
  expect(replies[0].activity.attachments?.[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
});

test('Ctrl-C stops Azurite, the server and the Playground, and nothing is left running', async () => {
  const ending = await run.interrupt();
  expect(ending.code === 0 || ending.signal === 'SIGINT').toBe(true);
  expect(await processesLeftAfter([run.dataDir, `--tablePort ${run.ports.azurite}`, `-p ${run.ports.playground}`])).toEqual([]);
  await expect(fetch(`${run.serverUrl}/api/health`)).rejects.toThrow();
  await expect(fetch(run.playgroundUrl)).rejects.toThrow();
});

describe('with an external Table Storage and without the Playground', () => {
  let bare: LocalRun;
  afterAll(async () => {
    await bare?.stop();
    await bare?.cleanUp();
  });

  test('npm start uses the configured Table Storage, starts no Azurite and no Playground, and SIGTERM stops it', async () => {
    bare = await startLocalRun({ playground: false, tablesConnectionString: testConnectionString(), tablePrefix: uniqueTablePrefix('run') });
    expect(bare.output()).toContain('Storage:      Table Storage from TABLES_CONNECTION_STRING');
    expect(bare.output()).toContain('Agents Playground: off');
    expect(processesMentioning([bare.dataDir])).toEqual([]);
    expect((await fetch(`${bare.serverUrl}/api/health`)).status).toBe(200);

    const ending = await bare.stop();
    expect(ending.code === 0 || ending.signal === 'SIGTERM').toBe(true);
    expect(await refusedAfter(`${bare.serverUrl}/api/health`)).toBe(true);
  });
});

test('in production mode without its app id the server refuses to start and names what is missing', () => {
  // bot/dist was just built by npm start.
  const result = spawnSync(process.execPath, ['bot/dist/index.js'], {
    cwd: path.resolve(__dirname, '../..'),
    env: { PATH: process.env.PATH, APP_MODE: 'production', TABLES_ACCOUNT_URL: 'https://x.table.core.windows.net' },
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect(result.status).toBe(2);
  expect(result.stderr).toContain('MICROSOFT_APP_ID is missing');
  expect(result.stderr).toContain('Konfigurationen er ugyldig');
});


// Last in this file, so its own `npm start` (which rebuilds bot/dist) never overlaps the runs above.
// The file runs itself in a child jest whose browser cannot start (CHROMIUM_PATH=/bin/false): the
// setup fails after npm start, the Playground, Azurite and the recording connector are up, and that
// jest must still stop them all and exit by itself, within seconds of reporting the failure.
(process.env.LEDERTRAINEE_E2E_CHILD ? describe.skip : describe)('when the browser cannot start', () => {
  test('the test run fails, and jest still exits within seconds of its report', async () => {
    const root = path.resolve(__dirname, '../..');
    const env: NodeJS.ProcessEnv = { ...process.env, CHROMIUM_PATH: '/bin/false', LEDERTRAINEE_E2E_CHILD: '1', CI: 'true' };
    delete env.JEST_WORKER_ID;
    const child = spawn(
      process.execPath,
      [require.resolve('jest/bin/jest'), '--runTestsByPath', path.relative(root, __filename), '--testNamePattern', '^npm start prints'],
      { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    let reportedAt = 0;
    const collect = (chunk: Buffer) => {
      output += chunk;
      if (!reportedAt && /^Ran all test suites/m.test(output)) reportedAt = Date.now();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const giveUp = setTimeout(() => child.kill('SIGKILL'), 150_000);
    const ending = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('close', (code, signal) => resolve({ code, signal })),
    );
    clearTimeout(giveUp);
    const exitedAfterMs = Date.now() - reportedAt;

    expect({ ending, hasReport: reportedAt > 0 }).toEqual({ ending: { code: 1, signal: null }, hasReport: true });
    expect(output).toContain('Chromium (CHROMIUM_PATH: /bin/false) could not start');
    expect(output).not.toContain('Jest did not exit');
    expect(exitedAfterMs).toBeLessThan(10_000);
  });
});
