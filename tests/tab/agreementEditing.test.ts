// Changing the learning agreement in the tab, and printing it: the nearest leader opens a new version
// of an approved agreement, edits a goal while the trainee godkender it meanwhile — the save
// is refused with who changed it, and the leader's text stays in the form to save again. Real app,
// seeded demo on Azurite, headless Chromium.
import { demoPeople } from '../../bot/src/demo/demoPeople';
import { apiAs, openTab, programmeOf, screenshot, startTabWorld, TabWorld } from './tabHarness';

let world: TabWorld;
let sofiesProgramme: string;

beforeAll(async () => {
  world = await startTabWorld('tabedit');
  sofiesProgramme = await programmeOf(world, 'traineeInDevelopment');
}, 180_000);

afterAll(async () => {
  await world?.close();
});

test('the print view of the learning agreement reads as a document: no banner or buttons on paper, goals and building blocks in tables', async () => {
  const page = await openTab(world, `/tab/forloeb/${sofiesProgramme}/udskriv`, 'traineeInDevelopment');
  await page.getByRole('heading', { level: 1, name: /Læringsaftale — Sofie Nielsen/ }).waitFor();
  await page.getByRole('button', { name: 'Udskriv' }).waitFor();
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByRole('button', { name: 'Udskriv' }).isVisible()).toBe(false);
  expect(await page.getByText('Lokal forhåndsvisning').first().isVisible()).toBe(false);
  const tables = page.locator('.print-page table');
  expect(await tables.count()).toBe(2);
  await tables.nth(0).getByText('Lede et teammøde med svære prioriteringer').waitFor();
  await tables.nth(1).getByText('Ansvar for vagtplanlægning').waitFor();
  const background = (await page.evaluate('getComputedStyle(document.body).backgroundColor')) as string;
  expect(['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)']).toContain(background);
  await screenshot(page, 'print-agreement');
  await page.emulateMedia({ media: 'screen' });
  await page.close();
});

test('the leader edits a goal while the trainee approves the agreement: the save is refused naming the trainee, and the leader keeps the text', async () => {
  const page = await openTab(world, `/tab/forloeb/${sofiesProgramme}`, 'leader');
  const agreement = page.getByRole('region', { name: 'Læringsaftale' });
  await agreement.getByText('Lede et teammøde med svære prioriteringer').waitFor();

  // The agreement is approved: a change opens a new version first.
  await agreement.getByRole('button', { name: 'Revidér læringsaftalen' }).click();
  await agreement.getByLabel('Hvorfor revideres læringsaftalen?').fill('Midtvejssamtalen viste, at målet skal skærpes.');
  await agreement.getByRole('button', { name: 'Revidér læringsaftalen' }).click();
  await agreement.getByRole('button', { name: 'Rediger: Lede et teammøde med svære prioriteringer' }).click();

  const goalField = agreement.getByRole('textbox', { name: /^Læringsmål/ });
  const mine = 'Lede tre teammøder med svære prioriteringer og samle op skriftligt';
  await goalField.fill(mine);

  // Meanwhile the trainee godkender the new version, through the same API.
  const { version } = (await (await apiAs(world, 'traineeInDevelopment', `/api/v1/programmes/${sofiesProgramme}`)).json()) as { version: number };
  const change = await apiAs(world, 'traineeInDevelopment', `/api/v1/programmes/${sofiesProgramme}/agreement/approve`, {
    method: 'POST',
    body: { expectedVersion: version },
  });
  expect([change.status, await change.text()]).toEqual([200, expect.any(String)]);

  await agreement.getByRole('button', { name: 'Gem' }).click();
  const alert = agreement.getByRole('alert');
  await alert.getByText('Nogen har ændret forløbet imens').waitFor();
  await alert.getByText(demoPeople.traineeInDevelopment.name, { exact: false }).first().waitFor();
  expect(await goalField.inputValue()).toBe(mine);
  await screenshot(page, 'agreement-conflict');

  // Saving again, now over the version the page shows, goes through.
  await agreement.getByRole('button', { name: 'Gem' }).click();
  await goalField.waitFor({ state: 'detached' });
  await agreement.locator('li', { hasText: mine }).first().waitFor();
  expect(await agreement.getByRole('alert').count()).toBe(0);
  await page.close();
}, 60_000);
