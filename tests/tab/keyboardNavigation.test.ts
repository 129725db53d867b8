// The tab with the keyboard alone: someone who cannot or will not use a mouse reaches the main
// navigation and every control of Oversigt with Tab (Shift+Tab back), moves between the views with
// the arrow keys as in any tab list, and operates them with Enter and Space. The HR consultant here is
// also the nearest leader of a colleague, so he has two views and the navigation between them. Real
// app, seeded demo on Azurite, headless Chromium, Danish.
import type { Locator, Page } from 'playwright-core';
import { DEMO_DEPARTMENT_ID, demoPeople } from '../../bot/src/demo/demoPeople';
import { Programme } from '../../bot/src/domain/programme';
import { nominatedProgramme } from '../support/programmeFixtures';
import { expectNoSeriousViolations } from './axe';
import { openTab, screenshot, startTabWorld, TabWorld } from './tabHarness';

let world: TabWorld;

beforeAll(async () => {
  world = await startTabWorld('tabkeys');
  const { hrConsultant, colleague } = demoPeople;
  const nominatedAt = new Date().toISOString();
  const jonas = nominatedProgramme({
    id: 'keyboard-jonas-berg',
    departmentId: DEMO_DEPARTMENT_ID,
    trainee: { id: colleague.id, name: colleague.name, email: colleague.email },
    leader: { id: hrConsultant.id, name: hrConsultant.name, email: hrConsultant.email },
    nominated: { at: nominatedAt, by: hrConsultant.id },
    phaseHistory: [{ phase: 'nomination', enteredAt: nominatedAt }],
  });
  await world.app.storage.programmes.create(Programme.fromState(jonas), { at: nominatedAt, by: hrConsultant.id, action: 'programme.nominated' });
}, 180_000);

afterAll(async () => {
  await world?.close();
});

// (Browser-side functions take `element` untyped: the tests compile without the DOM's types.)
const isFocused = (target: Locator) => target.evaluate((element: { ownerDocument: { activeElement: unknown } }) => element === element.ownerDocument.activeElement);

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails when it is not reached within `limit` presses. */
async function tabTo(page: Page, target: Locator, { backwards = false, limit = 40 } = {}): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await isFocused(target)) return;
  }
  const focused = await page.evaluate(() => (globalThis as unknown as { document: { activeElement?: { outerHTML: string } } }).document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`${target} was not reached with ${backwards ? 'Shift+Tab' : 'Tab'} in ${limit} presses; the focus is on ${focused}`);
}

async function traineeNames(cohort: Locator): Promise<string[]> {
  return cohort.locator('tbody tr td:first-child').allTextContents();
}

test('with the keyboard alone the HR consultant moves from Mine ledertrainees to Oversigt, filters and sorts the cohort and exports it as CSV', async () => {
  const page = await openTab(world, '/tab', 'hrConsultant');
  const navigation = page.getByRole('navigation', { name: 'Visninger' });
  await page.getByRole('heading', { level: 1, name: 'Mine ledertrainees' }).waitFor();

  // The main navigation: Tab reaches the chosen view, the arrow key the next one, Enter opens it.
  const traineesTab = navigation.getByRole('tab', { name: 'Mine ledertrainees' });
  const overviewTab = navigation.getByRole('tab', { name: 'Oversigt' });
  await tabTo(page, traineesTab);
  await page.keyboard.press('ArrowRight');
  expect(await isFocused(overviewTab)).toBe(true);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Oversigt' }).waitFor();
  expect(await overviewTab.getAttribute('aria-selected')).toBe('true');
  const cohort = page.getByRole('table', { name: /Årgangen/ });
  await cohort.getByRole('link', { name: 'Jonas Berg' }).waitFor();

  // Search by name: type, then empty the field again.
  const search = page.getByLabel('Søg på navn');
  await tabTo(page, search);
  await page.keyboard.type('Sofie');
  await cohort.getByRole('link', { name: 'Ahmad Rahimi' }).waitFor({ state: 'detached' });
  expect(await traineeNames(cohort)).toEqual(['Sofie Nielsen']);
  for (let i = 0; i < 'Sofie'.length; i++) await page.keyboard.press('Backspace');
  await cohort.getByRole('link', { name: 'Ahmad Rahimi' }).waitFor();

  // The phase filter: the arrow keys choose Opstart, then all phases again.
  const phase = page.getByLabel('Fase', { exact: true });
  await tabTo(page, phase);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await phase.inputValue()).toBe('startup');
  await cohort.getByRole('link', { name: 'Sofie Nielsen' }).waitFor({ state: 'detached' });
  expect(await traineeNames(cohort)).toEqual(['Ahmad Rahimi']);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await cohort.getByRole('link', { name: 'Sofie Nielsen' }).waitFor();

  // A checkbox filter: Space ticks it and unticks it.
  const overdueOnly = page.getByRole('checkbox', { name: 'Kun forsinkede' });
  await tabTo(page, overdueOnly);
  await page.keyboard.press('Space');
  expect(await overdueOnly.isChecked()).toBe(true);
  await page.keyboard.press('Space');
  expect(await overdueOnly.isChecked()).toBe(false);

  // Sorting: Enter on a column's heading sorts by it, Enter again turns the order round.
  const sortByTrainee = cohort.getByRole('button', { name: 'Sortér efter Ledertrainee' });
  await tabTo(page, sortByTrainee);
  await page.keyboard.press('Enter');
  await cohort.locator('th[aria-sort="ascending"]').waitFor();
  await page.waitForFunction(`document.querySelector('tbody tr td')?.textContent === 'Ahmad Rahimi'`);
  expect(await traineeNames(cohort)).toEqual(['Ahmad Rahimi', 'Jonas Berg', 'Sofie Nielsen']);
  await page.keyboard.press('Enter');
  await cohort.locator('th[aria-sort="descending"]').waitFor();
  await page.waitForFunction(`document.querySelector('tbody tr td')?.textContent === 'Sofie Nielsen'`);
  expect(await traineeNames(cohort)).toEqual(['Sofie Nielsen', 'Jonas Berg', 'Ahmad Rahimi']);
  await screenshot(page, 'keyboard-overview-sorted');
  await expectNoSeriousViolations(page, 'Oversigt sorted by keyboard, with the main navigation');

  // Back to the export button with Shift+Tab; Enter downloads the cohort as it is sorted.
  const exportButton = page.getByRole('button', { name: 'Eksportér som CSV' });
  await tabTo(page, exportButton, { backwards: true });
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('ledertrainees.csv');
  await page.close();
}, 60_000);
