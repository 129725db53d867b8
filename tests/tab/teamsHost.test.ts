// The tab inside Teams. Teams itself cannot run here, so a test page stands in for it: it frames the
// real tab (served by the real app) and answers teams-js's postMessage protocol the way a Teams host
// does — initialize, getContext, the SSO token — and sends theme changes. What is simulated is the host
// alone; the tab, its teams-js, the server and the browser are real. The page is served from the app's
// own origin (through the browser's request routing), because teams-js trusts messages from its own
// origin and from Microsoft's hosts only.
import type { Frame, Page } from 'playwright-core';
import { expectNoSeriousViolations, transitionsFinished } from './axe';
import { type PersonaKey, screenshot, startTabWorld, TabWorld } from './tabHarness';
import { openInTeams, type TeamsPlace } from './teamsHostDouble';

let world: TabWorld;

beforeAll(async () => {
  world = await startTabWorld('tabhost');
}, 180_000);

afterAll(async () => {
  await world?.close();
});

/** The personal tab in Teams, in the Teams user's English. */
const PERSONAL_TAB: TeamsPlace = { frameContext: 'content', locale: 'en-US' };

async function openInSimulatedTeams({ tabPath = '/tab/', actAs }: { tabPath?: string; actAs?: PersonaKey } = {}): Promise<{ page: Page; tab: Frame; authorizations: string[] }> {
  const { page, frame, authorizations } = await openInTeams(world, tabPath, actAs, PERSONAL_TAB);
  return { page, tab: frame, authorizations };
}

/** The page background the tab paints, as [r, g, b]. */
async function background(tab: Frame): Promise<number[]> {
  const colour = (await tab.evaluate("getComputedStyle(document.querySelector('.fui-FluentProvider')).backgroundColor")) as string;
  return (colour.match(/\d+/g) ?? []).slice(0, 3).map(Number);
}

const brightness = ([r, g, b]: number[]) => (r + g + b) / 3;

async function themeIs(tab: Frame, theme: string): Promise<void> {
  await tab.waitForFunction(`document.documentElement.dataset.theme === ${JSON.stringify(theme)}`);
}

test('in Teams the tab connects to the host, dismisses its loading indicator, and calls the API with the Teams SSO token', async () => {
  const { page, authorizations } = await openInSimulatedTeams();
  // (Browser-side code is passed as text: the tests compile without the DOM's types.)
  await page.waitForFunction("window.received.some((m) => m.func === 'appInitialization.success')");
  const funcs = (await page.evaluate('window.received.map((m) => m.func)')) as string[];
  expect(funcs[0]).toBe('initialize');
  expect(funcs).toEqual(expect.arrayContaining(['getContext', 'authentication.getAuthToken', 'appInitialization.success']));
  expect(authorizations.length).toBeGreaterThan(0);
  expect(authorizations.every((value) => value === 'Bearer simulated-teams-sso-token')).toBe(true);
  // In Teams there is no local preview banner (the server, in local mode, refuses the token: no persona).
  const tab = page.frameLocator('#tab');
  await tab.getByRole('alert').or(tab.locator('[role="progressbar"], .fui-MessageBar')).first().waitFor();
  expect(await tab.getByRole('region', { name: /Lokal forhåndsvisning|Local preview/ }).count()).toBe(0);
  expect(await tab.getByLabel(/^(Vis som|View as)$/).count()).toBe(0);
  await screenshot(page, 'teams-host');
  await page.close();
});

test('the theme follows Teams: light, then dark and high contrast as the user switches, without a reload', async () => {
  const { page, tab } = await openInSimulatedTeams();
  await themeIs(tab, 'default');
  const light = await background(tab);
  expect(brightness(light)).toBeGreaterThan(200);
  await expectNoSeriousViolations(tab, 'the tab in Teams, light theme');

  await page.evaluate("window.sendTheme('dark')");
  await themeIs(tab, 'dark');
  const dark = await background(tab);
  expect(brightness(dark)).toBeLessThan(80);
  await transitionsFinished(tab);
  await screenshot(page, 'teams-dark');
  await expectNoSeriousViolations(tab, 'the tab in Teams, dark theme');

  await page.evaluate("window.sendTheme('contrast')");
  await themeIs(tab, 'contrast');
  expect(await background(tab)).toEqual([0, 0, 0]);
  await transitionsFinished(tab);
  await screenshot(page, 'teams-high-contrast');
  await expectNoSeriousViolations(tab, 'the tab in Teams, high contrast');

  await page.evaluate("window.sendTheme('default')");
  await themeIs(tab, 'default');
  expect(await background(tab)).toEqual(light);
  await page.close();
});

test('the language follows the Teams locale before the server has answered: en-US shows English', async () => {
  const { page } = await openInSimulatedTeams();
  await page.frameLocator('#tab').locator('html[lang="en"]').waitFor({ state: 'attached' });
  await screenshot(page, 'teams-english');
  await page.close();
});

test('in Teams’ light, dark and high-contrast themes, Mit forløb and Oversigt have no serious accessibility problem', async () => {
  for (const [view, tabPath, actAs, ready] of [
    ['Mit forløb', '/tab/forloeb', 'traineeInDevelopment', 'h1#programme-title'],
    ['Oversigt', '/tab/oversigt', 'hrConsultant', 'table'],
  ] as const) {
    const { page, tab } = await openInSimulatedTeams({ tabPath, actAs });
    await tab.locator(ready).waitFor();
    for (const theme of ['default', 'dark', 'contrast']) {
      await page.evaluate(`window.sendTheme(${JSON.stringify(theme)})`);
      await themeIs(tab, theme);
      await transitionsFinished(tab);
      await screenshot(page, `teams-${view === 'Oversigt' ? 'overview' : 'my-programme'}-${theme}`);
      await expectNoSeriousViolations(tab, `${view} in Teams, theme ${theme}`);
    }
    await page.close();
  }
}, 60_000);
