// The configuration page Teams shows when the tab is added to a programme's group chat or meeting: the
// person chooses one of their programmes and Teams' Save binds the tab to it. Teams is the simulated
// host of teamsHostDouble.ts; the tab, the server and the browser are real.
import { DEMO_PROGRAMME_IDS } from '../../bot/src/demo/seedDemo';
import { expectNoSeriousViolations } from './axe';
import { screenshot, startTabWorld, TabWorld } from './tabHarness';
import { hostReceived, openInTeams, type TeamsPlace } from './teamsHostDouble';

let world: TabWorld;

beforeAll(async () => {
  world = await startTabWorld('tabconfig');
}, 180_000);

afterAll(async () => {
  await world?.close();
});

const GROUP_CHAT: TeamsPlace = { frameContext: 'settings', locale: 'da-DK', chatId: '19:programme-chat@thread.v2' };
const MEETING: TeamsPlace = { frameContext: 'settings', locale: 'da-DK', chatId: '19:meeting_opstart@thread.v2', meetingId: 'meeting-opstart-1' };

test('a nearest leader adding the tab to a group chat chooses one of her programmes, and Save binds the tab to it', async () => {
  const { page, tab, frame } = await openInTeams(world, '/tab/config', 'leader', GROUP_CHAT);
  await tab.getByRole('heading', { name: 'Vælg forløbet, fanen skal vise' }).waitFor();
  const select = tab.getByRole('combobox', { name: /Forløb/ });
  const offered = await select.locator('option').allTextContents();
  expect(offered).toEqual(expect.arrayContaining(['Sofie Nielsen — Mette Sørensen', 'Ahmad Rahimi — Mette Sørensen']));
  // Teams' Save stays off until a programme is chosen.
  expect((await hostReceived(page)).filter((m) => m.func === 'settings.setValidityState').map((m) => m.args?.[0])).not.toContain(true);

  await select.selectOption(DEMO_PROGRAMME_IDS.inDevelopment);
  await page.waitForFunction("window.received.some((m) => m.func === 'settings.setValidityState' && m.args[0] === true)");
  await expectNoSeriousViolations(frame, 'Konfiguration i en gruppechat');
  await screenshot(page, 'config-group-chat');

  await page.evaluate('window.pressSave()');
  await page.waitForFunction("window.received.some((m) => m.func === 'settings.save.success')");
  const saved = (await hostReceived(page)).find((m) => m.func === 'settings.setSettings');
  const contentUrl = `${world.app.url}/tab/forloeb/${DEMO_PROGRAMME_IDS.inDevelopment}`;
  expect(saved?.args?.[0]).toEqual({
    contentUrl,
    websiteUrl: contentUrl,
    entityId: `programme-${DEMO_PROGRAMME_IDS.inDevelopment}`,
    suggestedDisplayName: 'Ledertrainee: Sofie Nielsen',
  });
  await page.close();
});

test("a leader trainee adding the tab to a meeting is offered her own programme and binds it", async () => {
  const { page, tab } = await openInTeams(world, '/tab/config', 'traineeInDevelopment', MEETING);
  const select = tab.getByRole('combobox', { name: /Forløb/ });
  await select.waitFor();
  expect(await select.locator('option').allTextContents()).toEqual(['Vælg …', 'Sofie Nielsen — Mette Sørensen']);
  await select.selectOption(DEMO_PROGRAMME_IDS.inDevelopment);
  await page.waitForFunction("window.received.some((m) => m.func === 'settings.setValidityState' && m.args[0] === true)");
  await page.evaluate('window.pressSave()');
  await page.waitForFunction("window.received.some((m) => m.func === 'settings.save.success')");
  const saved = (await hostReceived(page)).find((m) => m.func === 'settings.setSettings');
  expect((saved?.args?.[0] as { contentUrl: string }).contentUrl).toBe(`${world.app.url}/tab/forloeb/${DEMO_PROGRAMME_IDS.inDevelopment}`);
  await page.close();
});

test('someone in no programme is told so in Danish, with nothing to choose and Save kept off', async () => {
  const { page, tab, frame } = await openInTeams(world, '/tab/config', 'colleague', GROUP_CHAT);
  await tab.getByText('Du er ikke ledertrainee, nærmeste leder eller HR-konsulent i et igangværende forløb, så der er intet forløb at vælge.').waitFor();
  expect(await tab.getByRole('combobox').count()).toBe(0);
  expect((await hostReceived(page)).some((m) => m.func === 'settings.setValidityState' && m.args?.[0] === true)).toBe(false);
  await expectNoSeriousViolations(frame, 'Konfiguration uden forløb');
  await screenshot(page, 'config-no-programme');
  await page.close();
});
