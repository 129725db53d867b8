// The tab's weight and speed: the JavaScript a browser downloads (gzipped, as the server sends it;
// limit 300 KB), split into what the first view needs and what is loaded later (Oversigt, the print
// view), and the time from opening the tab in headless Chromium to the first view with data on screen
// (target < 1 s), against the real app on Azurite with the seeded demo. Figures are printed, not asserted.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { TAB_DIST } from '../../bot/scripts/tabBuild.cjs';
import { demoPeople } from '../../bot/src/demo/demoPeople';
import { startTabWorld, TabWorld } from '../tab/tabHarness';
import { measure, report } from './figures';

let world: TabWorld;

beforeAll(async () => {
  world = await startTabWorld('benchtab');
}, 180_000);

afterAll(async () => {
  await world?.close();
});

test('the tab’s JavaScript, gzipped', () => {
  const assets = path.join(TAB_DIST, 'assets');
  const index = readFileSync(path.join(TAB_DIST, 'index.html'), 'utf8');
  const initial = new Set([...index.matchAll(/(?:src|href)="\/tab\/assets\/([^"]+\.js)"/g)].map((m) => m[1]));
  const files = readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ name, raw: readFileSync(path.join(assets, name)).length, gzipped: gzipSync(readFileSync(path.join(assets, name))).length }));
  const sum = (list: typeof files) => list.reduce((total, f) => total + f.gzipped, 0);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const lines = files
    .sort((a, b) => b.gzipped - a.gzipped)
    .map((f) => `  ${f.name.padEnd(44)} ${kb(f.raw).padStart(10)} raw ${kb(f.gzipped).padStart(10)} gzipped${initial.has(f.name) ? '   (first view)' : '   (loaded when needed)'}`);
  process.stdout.write(
    `\nTab JavaScript (tab/dist/assets, gzip as the server sends it; limit 300 KB)\n${lines.join('\n')}\n` +
      `  all JavaScript: ${kb(sum(files))} gzipped; loaded for the first view: ${kb(sum(files.filter((f) => initial.has(f.name))))}\n`,
  );
  expect(files.length).toBeGreaterThan(0);
});

test('first render of the tab in headless Chromium', async () => {
  // Playwright polls for an element with a growing back-off (0, 20, 100, 100, 500 ms), so the wall clock
  // includes up to half a second of waiting to look again. The page itself therefore also notes when the
  // element first entered the DOM (a MutationObserver from before the tab's script runs).
  const open = (tabPath: string, ready: string) => async () => {
    const page = await world.context.newPage();
    try {
      await page.addInitScript(`(() => {
        const selector = ${JSON.stringify(ready)};
        const observer = new MutationObserver(() => {
          if (!document.querySelector(selector)) return;
          window.__viewInDom = performance.now();
          observer.disconnect();
        });
        observer.observe(document, { subtree: true, childList: true });
      })()`);
      await page.goto(`${world.app.url}${tabPath}`);
      await page.locator(ready).first().waitFor();
      return (await page.evaluate('({ seen: performance.now(), inDom: window.__viewInDom })')) as { seen: number; inDom: number };
    } finally {
      await page.close();
    }
  };
  // One warm-up, so the figures are about the tab and not the first start of the browser's caches.
  await open(`/tab/forloeb?som=${demoPeople.traineeInDevelopment.id}`, 'h1#programme-title')();
  const inPage: { view: string; seen: number; inDom: number }[] = [];
  const record = (view: string, once: () => Promise<{ seen: number; inDom: number }>) => async () => inPage.push({ view, ...(await once()) });
  const figures = [
    await measure('trainee opens Mit forløb → programme on screen (wall clock)', 10, record('Mit forløb', open(`/tab/forloeb?som=${demoPeople.traineeInDevelopment.id}`, 'h1#programme-title'))),
    await measure('HR opens Oversigt → cohort table on screen (wall clock)', 10, record('Oversigt', open(`/tab/oversigt?som=${demoPeople.hrConsultant.id}`, 'table'))),
  ];
  report('Tab first render in headless Chromium (the real app, seeded demo on Azurite; target < 1 s)', figures);
  const quantiles = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return `p50 ${at(0.5).toFixed(0).padStart(5)} ms   p95 ${at(0.95).toFixed(0).padStart(5)} ms`;
  };
  for (const view of ['Mit forløb', 'Oversigt']) {
    const runs = inPage.filter((r) => r.view === view);
    process.stdout.write(
      `  ${view.padEnd(11)} inside the page, from navigation start: in the DOM ${quantiles(runs.map((r) => r.inDom))};` +
        ` seen by the test ${quantiles(runs.map((r) => r.seen))}\n`,
    );
  }
  expect(inPage.length).toBe(20);
}, 120_000);
