// `npm start` with the Agents Playground, as a newcomer runs it, with one headless Chromium page on the
// Playground and the run's own Table Storage, for the tests that walk the demo in a browser. Started
// in the suite's beforeAll, one part after the other, so afterAll stops whatever did start.
import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { connectionString } from '../../bot/scripts/azurite.cjs';
import { createTableStorage, TableStorage } from '../../bot/src/storage';
import { launchChromium } from './chromium';
import { LocalRun, startLocalRun } from './localRun';

/** How long the Playground may take to show something (it renders what the bot sends as it arrives). */
export const WAIT = { timeout: 60_000 };

export interface PlaygroundSession {
  readonly run: LocalRun;
  readonly page: Page;
  readonly storage: TableStorage;
  /** Types `text` in the chat's input and sends it. */
  type(text: string): Promise<void>;
  /** The newest Adaptive Card in the chat that shows `text`. */
  cardWith(text: string | RegExp): Promise<Locator>;
  /** Waits until the chat shows `text`. */
  see(text: string | RegExp): Promise<void>;
}

/**
 * Starts the run before the suite's tests and stops it after them. `user` is the Playground's user
 * by first name (`AGENTS_PLAYGROUND_USER`; Mette when left out): its UI cannot switch user.
 */
export function usePlaygroundSession({ user }: { user?: string } = {}): PlaygroundSession {
  let run: LocalRun | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let storage: TableStorage | undefined;

  beforeAll(async () => {
    run = await startLocalRunAs(user);
    browser = await launchChromium();
    context = await browser.newContext();
    page = await context.newPage();
    storage = createTableStorage({ connectionString: connectionString(run.ports.azurite) });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await run?.interrupt();
    await run?.cleanUp();
  });

  const started = <T>(part: T | undefined, name: string): T => {
    if (part === undefined) throw new Error(`The Playground run has no ${name}: beforeAll did not get that far.`);
    return part;
  };

  const session: PlaygroundSession = {
    get run() {
      return started(run, 'npm start');
    },
    get page() {
      return started(page, 'browser page');
    },
    get storage() {
      return started(storage, 'Table Storage');
    },
    async type(text) {
      const input = session.page.locator('[contenteditable="true"]').first();
      await input.waitFor(WAIT);
      await input.click();
      await input.fill(text);
      await session.page.keyboard.press('Enter');
    },
    async cardWith(text) {
      const card = session.page.locator('.ac-adaptiveCard', { hasText: text }).last();
      await card.waitFor(WAIT);
      return card;
    },
    async see(text) {
      await session.page.getByText(text).last().waitFor(WAIT);
    },
  };
  return session;
}

/** `npm start` reads the Playground's user from its environment, which is put back as it was once started. */
async function startLocalRunAs(user: string | undefined): Promise<LocalRun> {
  if (user === undefined) return startLocalRun();
  const before = process.env.AGENTS_PLAYGROUND_USER;
  process.env.AGENTS_PLAYGROUND_USER = user;
  try {
    return await startLocalRun();
  } finally {
    if (before === undefined) delete process.env.AGENTS_PLAYGROUND_USER;
    else process.env.AGENTS_PLAYGROUND_USER = before;
  }
}
