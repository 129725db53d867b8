// The newcomer's path: `npm start` brings everything up, the bot answers in the Agents Playground
// and over plain Bot Framework HTTP, and stopping it leaves nothing behind.
import { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { LocalRun, processesMentioning, startLocalRun } from '../support/localRun';
import { RecordingConnector, startRecordingConnector } from '../support/recordingConnector';

jest.setTimeout(180_000);

let run: LocalRun;
let browser: Browser;
let connector: RecordingConnector;

beforeAll(async () => {
  run = await startLocalRun();
  [browser, connector] = await Promise.all([launchChromium(), startRecordingConnector()]);
});

afterAll(async () => {
  await browser?.close();
  await connector?.close();
  await run?.stop();
});

test('npm start prints where the server, storage and Agents Playground run', () => {
  expect(run.output()).toContain(`Server:       ${run.serverUrl}`);
  expect(run.output()).toContain('Azurite (Table)');
  expect(run.output()).toContain(`Agents Playground: ${run.playgroundUrl}`);
});

test('the health check answers ok while Azurite runs', async () => {
  const response = await fetch(`${run.serverUrl}/api/health`);
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'ok', mode: 'local' });
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

test('stopping npm start with SIGTERM stops Azurite, the server and the Playground', async () => {
  const exitCode = await run.stop();
  expect(exitCode).toBe(0);
  const leftovers = processesMentioning([
    run.dataDir,
    `--tablePort ${run.ports.azurite}`,
    `-p ${run.ports.playground}`,
  ]);
  expect(leftovers).toEqual([]);
  await expect(fetch(`${run.serverUrl}/api/health`)).rejects.toThrow();
  await expect(fetch(run.playgroundUrl)).rejects.toThrow();
});
