// Every view of the tab meets WCAG 2.1 A and AA as far as axe-core can tell: no serious or critical
// violation on the trainee's Mit forløb, the leader's Mine ledertrainees and a trainee opened from it,
// HR's and the programme admin's Oversigt, the agreement's goal and building-block forms, the conflict
// notice, the print view, the page of someone in no programme, and the local preview's banner with its
// persona switcher (on every page). The keyboard alone: keyboardNavigation.test.ts; Teams' dark and
// high-contrast themes: teamsHost.test.ts. Real app, seeded demo on Azurite, headless Chromium.
import type { Page } from 'playwright-core';
import { expectNoSeriousViolations } from './axe';
import { apiAs, openTab, programmeOf, screenshot, startTabWorld, TabWorld } from './tabHarness';

let world: TabWorld;
let sofiesProgramme: string;

beforeAll(async () => {
  world = await startTabWorld('tabaccess');
  sofiesProgramme = await programmeOf(world, 'traineeInDevelopment');
}, 180_000);

afterAll(async () => {
  await world?.close();
});

/** Checks the page as it is now with axe and keeps a screenshot of it. */
async function checkView(page: Page, view: string, screenshotName: string): Promise<void> {
  await screenshot(page, screenshotName);
  await expectNoSeriousViolations(page, view);
}

test('the local preview banner and its persona switcher have no serious accessibility problem', async () => {
  const page = await openTab(world, '/tab', 'leader');
  await page.getByRole('region', { name: 'Lokal forhåndsvisning' }).getByLabel('Vis som').waitFor();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await checkView(page, 'local preview banner', 'a11y-local-preview');
  await page.close();
});

test('the trainee’s Mit forløb has no serious accessibility problem', async () => {
  const page = await openTab(world, '/tab/forloeb', 'traineeInDevelopment');
  await page.getByRole('heading', { level: 1, name: 'Sofie Nielsen' }).waitFor();
  await page.getByRole('region', { name: 'Læringsaftale' }).getByRole('table', { name: 'Byggeklodser' }).waitFor();
  await checkView(page, 'Mit forløb', 'a11y-trainee-my-programme');
  await page.close();
});

test('the leader’s Mine ledertrainees, and a trainee opened from it, have no serious accessibility problem', async () => {
  const page = await openTab(world, '/tab/ledertrainees', 'leader');
  const table = page.getByRole('table', { name: 'Mine ledertrainees' });
  await table.getByRole('link', { name: 'Ahmad Rahimi' }).waitFor();
  await checkView(page, 'Mine ledertrainees', 'a11y-leader-trainees');

  await table.getByRole('link', { name: 'Sofie Nielsen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sofie Nielsen' }).waitFor();
  await page.getByRole('region', { name: 'Læringsaftale' }).getByRole('button', { name: 'Revidér læringsaftalen' }).waitFor();
  await checkView(page, 'a trainee opened from Mine ledertrainees', 'a11y-leader-opens-trainee');
  await page.close();
});

test('HR’s Oversigt, with the cohort table and the phase distribution, has no serious accessibility problem', async () => {
  const page = await openTab(world, '/tab/oversigt', 'hrConsultant');
  await page.getByRole('table', { name: /Årgangen/ }).getByRole('link', { name: 'Sofie Nielsen' }).waitFor();
  await page.getByRole('list', { name: 'Fordeling på faser' }).waitFor();
  await checkView(page, 'Oversigt (HR)', 'a11y-hr-overview');
  await page.close();
});

test('the programme admin’s Oversigt, with the programme feedback, has no serious accessibility problem', async () => {
  const page = await openTab(world, '/tab/oversigt', 'programmeAdmin');
  await page.getByRole('table', { name: /Årgangen/ }).getByRole('link', { name: 'Sofie Nielsen' }).waitFor();
  const feedback = page.getByRole('region', { name: 'Feedback på forløbet' });
  await feedback.waitFor();
  await feedback.getByRole('progressbar').waitFor({ state: 'detached' });
  await checkView(page, 'Oversigt (programme admin)', 'a11y-admin-overview');
  await page.close();
});

test('a colleague in no programme gets a page with a heading and no serious accessibility problem', async () => {
  const page = await openTab(world, '/tab', 'colleague');
  await page.getByRole('heading', { level: 1, name: 'Mit forløb' }).waitFor();
  await page.getByText('Der er ikke noget at vise for dig her endnu.').waitFor();
  await checkView(page, 'nothing to show yet', 'a11y-colleague-nothing-here');
  await page.close();
});

test('the print view of the learning agreement has no serious accessibility problem', async () => {
  const page = await openTab(world, `/tab/forloeb/${sofiesProgramme}/udskriv`, 'traineeInDevelopment');
  await page.getByRole('heading', { level: 1, name: /Læringsaftale — Sofie Nielsen/ }).waitFor();
  await checkView(page, 'print view', 'a11y-print-agreement');
  await page.close();
});

test('the goal form, the building-block form and the conflict notice have no serious accessibility problem', async () => {
  const page = await openTab(world, `/tab/forloeb/${sofiesProgramme}`, 'leader');
  const agreement = page.getByRole('region', { name: 'Læringsaftale' });
  await agreement.getByRole('button', { name: 'Revidér læringsaftalen' }).click();
  await agreement.getByLabel('Hvorfor revideres læringsaftalen?').fill('Målene skal skærpes efter midtvejssamtalen.');
  await agreement.getByRole('button', { name: 'Revidér læringsaftalen' }).click();

  await agreement.getByRole('button', { name: 'Tilføj læringsmål' }).click();
  await agreement.getByRole('textbox', { name: /^Læringsmål/ }).waitFor();
  await checkView(page, 'goal form', 'a11y-goal-form');
  await agreement.getByRole('button', { name: 'Annuller' }).click();

  await agreement.getByRole('button', { name: 'Tilføj byggeklods' }).click();
  const kind = agreement.getByRole('combobox', { name: /^Type/ });
  await kind.selectOption('practiceElement');
  await agreement.getByRole('textbox', { name: /^Omfang/ }).waitFor();
  await checkView(page, 'building-block form', 'a11y-block-form');
  await agreement.getByRole('button', { name: 'Annuller' }).click();

  // A change meanwhile, through the same API, makes the next save a conflict.
  await agreement.getByRole('button', { name: 'Tilføj læringsmål' }).click();
  const goalForm = agreement.locator('form');
  await goalForm.getByRole('textbox').nth(0).fill('Lede et budgetmøde');
  await goalForm.getByRole('textbox').nth(1).fill('Lederen har set det.');
  const { version } = (await (await apiAs(world, 'traineeInDevelopment', `/api/v1/programmes/${sofiesProgramme}`)).json()) as { version: number };
  const meanwhile = await apiAs(world, 'traineeInDevelopment', `/api/v1/programmes/${sofiesProgramme}/agreement/approve`, {
    method: 'POST',
    body: { expectedVersion: version },
  });
  expect(meanwhile.status).toBe(200);
  await agreement.getByRole('button', { name: 'Gem' }).click();
  await agreement.getByRole('alert').getByText('Nogen har ændret forløbet imens').waitFor();
  await checkView(page, 'conflict notice', 'a11y-conflict-notice');
  await page.close();
}, 60_000);
