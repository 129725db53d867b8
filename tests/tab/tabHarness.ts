// The tab as people meet it: the real app (startApp: local mode, the seeded demo, Table Storage on the
// test run's Azurite) on a free port serving the built tab under /tab and its API, and a headless
// Chromium to open it in. Screenshots of each view go to test-results/tab/ (git-ignored).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ensureTabBuilt } from '../../bot/scripts/tabBuild.cjs';
import { LOCAL_PERSON_HEADER } from '../../bot/src/api/contract/routes';
import { RunningApp, startApp } from '../../bot/src/app';
import { loadConfig } from '../../bot/src/config';
import { createLogger } from '../../bot/src/logger';
import { demoPeople } from '../../bot/src/demo/demoPeople';
import { launchChromium } from '../support/chromium';
import { testConnectionString, uniqueTablePrefix } from '../support/tables';

export const SCREENSHOTS = path.resolve(__dirname, '../../test-results/tab');

export interface TabWorld {
  app: RunningApp;
  browser: Browser;
  /**
   * One browser context for the whole file: the Chromium from npm runs as a single process, where
   * closing a context can take the browser down. Each test opens its own page; the persona is in the URL.
   */
  context: BrowserContext;
  close(): Promise<void>;
}

/** Builds the tab when its sources changed, starts the app and a browser (its language: `locale`). */
export async function startTabWorld(label: string, { env = {}, locale = 'da-DK' }: { env?: Record<string, string>; locale?: string } = {}): Promise<TabWorld> {
  await ensureTabBuilt();
  const config = loadConfig({
    TABLES_CONNECTION_STRING: testConnectionString(),
    TABLES_TABLE_PREFIX: uniqueTablePrefix(label),
    PORT: '0',
    SEED_DEMO: 'true',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const app = await startApp(config, createLogger(config));
  let browser: Browser;
  let context: BrowserContext;
  try {
    browser = await launchChromium();
    context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  } catch (error) {
    await app.close();
    throw error;
  }
  return {
    app,
    browser,
    context,
    close: async () => {
      await browser.close().catch(() => {});
      await app.close();
    },
  };
}

export type PersonaKey = keyof typeof demoPeople;

/** Opens `path` of the tab in a new page, as the demo person chosen in the persona switcher (by URL). */
export async function openTab(world: TabWorld, tabPath: string, persona?: PersonaKey): Promise<Page> {
  const page = await world.context.newPage();
  const url = new URL(`${world.app.url}${tabPath}`);
  if (persona) url.searchParams.set('som', demoPeople[persona].id);
  await page.goto(url.toString());
  return page;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** A call to the tab API as a demo person, the way the local preview makes it (local mode only). */
export async function apiAs(world: TabWorld, persona: PersonaKey, apiPath: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
  return fetch(`${world.app.url}${apiPath}`, {
    method: init.method ?? 'GET',
    headers: {
      [LOCAL_PERSON_HEADER]: demoPeople[persona].id,
      ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

/** The id of the programme in which `persona` is the trainee. */
export async function programmeOf(world: TabWorld, persona: PersonaKey): Promise<string> {
  const me = (await (await apiAs(world, persona, '/api/v1/me')).json()) as { programmes: { programmeId: string; role: string }[] };
  const own = me.programmes.find((p) => p.role === 'trainee');
  if (!own) throw new Error(`${persona} is no trainee in the demo`);
  return own.programmeId;
}
