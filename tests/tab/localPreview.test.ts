// The tab outside Teams, as `npm start` offers it at /tab: the local preview with its banner and
// persona switcher over the demo people, and what each of them sees — the trainee her programme, the
// leader her trainees, the HR consultant the cohort. Real app, seeded demo on Azurite, headless Chromium.
import { demoPeople } from '../../bot/src/demo/demoPeople';
import { openTab, screenshot, startTabWorld, TabWorld } from './tabHarness';

let world: TabWorld;

beforeAll(async () => {
  world = await startTabWorld('tablocal');
}, 180_000);

afterAll(async () => {
  await world?.close();
});

test('outside Teams the tab says it is a local preview and offers every demo person to view it as', async () => {
  const page = await openTab(world, '/tab');
  await page.getByText('Lokal forhåndsvisning').first().waitFor();
  const switcher = page.getByLabel('Vis som');
  const options = await switcher.locator('option').allTextContents();
  for (const person of Object.values(demoPeople)) expect(options.join('\n')).toContain(person.name);
  await screenshot(page, 'local-preview');
  await page.close();
});

test('switching the persona to the nearest leader shows her own trainees, and one opens her programme', async () => {
  const page = await openTab(world, '/tab', 'hrConsultant');
  await page.getByLabel('Vis som').selectOption(demoPeople.leader.id);
  await page.getByRole('heading', { name: 'Mine ledertrainees' }).waitFor();
  const table = page.getByRole('table', { name: 'Mine ledertrainees' });
  await table.getByRole('link', { name: 'Sofie Nielsen' }).waitFor();
  await table.getByRole('link', { name: 'Ahmad Rahimi' }).waitFor();
  await screenshot(page, 'leader-trainees');
  await table.getByRole('link', { name: 'Sofie Nielsen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sofie Nielsen' }).waitFor();
  expect(page.url()).toMatch(/\/tab\/forloeb\/[^/]+$/);
  await screenshot(page, 'leader-opens-trainee');
  await page.close();
});

test('the trainee sees where she is, her progress and her learning agreement with goals and building blocks', async () => {
  const page = await openTab(world, '/tab', 'traineeInDevelopment');
  await page.getByRole('heading', { level: 1, name: 'Sofie Nielsen' }).waitFor();
  const timeline = page.getByRole('list', { name: 'Forløbets faser' });
  await timeline.locator('[aria-current="step"]', { hasText: 'Udviklingsdel' }).waitFor();
  await page.getByText('Byggeklodser gennemført').waitFor();
  await page.getByRole('progressbar').first().waitFor();
  const agreement = page.getByRole('region', { name: 'Læringsaftale' });
  await agreement.getByText('Lede et teammøde med svære prioriteringer').waitFor();
  await agreement.getByRole('table', { name: 'Byggeklodser' }).getByText('Følg lederen ved teammøder').waitFor();
  await agreement.getByText('Godkendt af ledertraineen').waitFor();
  await page.getByRole('heading', { name: 'Samtaler' }).waitFor();
  await page.getByRole('heading', { name: 'Referater af opfølgningsmøder' }).waitFor();
  await screenshot(page, 'trainee-my-programme');
  await page.close();
});

test('the HR consultant’s Oversigt shows the department’s cohort, filters it by phase and by name, and draws the phase distribution', async () => {
  const page = await openTab(world, '/tab/oversigt', 'hrConsultant');
  const cohort = page.getByRole('table', { name: /Årgangen/ });
  await cohort.getByRole('link', { name: 'Sofie Nielsen' }).waitFor();
  await cohort.getByRole('link', { name: 'Ahmad Rahimi' }).waitFor();
  await page.getByRole('list', { name: 'Fordeling på faser' }).getByRole('listitem', { name: /Opstart: 1 forløb/ }).waitFor();
  await screenshot(page, 'hr-overview');

  await page.getByLabel('Fase', { exact: true }).selectOption('startup');
  await cohort.getByRole('link', { name: 'Sofie Nielsen' }).waitFor({ state: 'detached' });
  await cohort.getByRole('link', { name: 'Ahmad Rahimi' }).waitFor();

  await page.getByLabel('Fase', { exact: true }).selectOption('');
  await page.getByLabel('Søg på navn').fill('Sofie');
  await cohort.getByRole('link', { name: 'Ahmad Rahimi' }).waitFor({ state: 'detached' });
  await cohort.getByRole('link', { name: 'Sofie Nielsen' }).waitFor();
  await screenshot(page, 'hr-overview-filtered');
  await page.close();
});

test('on a 1280-pixel screen the Oversigt shows every column of the cohort without scrolling sideways', async () => {
  const page = await openTab(world, '/tab/oversigt', 'hrConsultant');
  const cohort = page.getByRole('table', { name: /Årgangen/ });
  await cohort.getByRole('link', { name: 'Sofie Nielsen' }).waitFor();
  await cohort.getByRole('columnheader', { name: /Forsinket/ }).waitFor();
  // (Browser-side code is passed as text: the tests compile without the DOM's types.)
  const overflow = (await page.evaluate("(() => { const wrap = document.querySelector('table').parentElement; return wrap.scrollWidth - wrap.clientWidth; })()")) as number;
  expect(overflow).toBeLessThanOrEqual(0);
  await page.close();
});

test('opening Oversigt asks for the cohort and the view’s code together with who the user is, not one after the other', async () => {
  const page = await world.context.newPage();
  const asked: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/api/v1/') || /\/OverviewView-[^/]+\.js$/.test(pathname)) asked.push(pathname.replace(/-[^/]+\.js$/, '.js'));
  });
  await page.goto(`${world.app.url}/tab/oversigt?som=${demoPeople.hrConsultant.id}`);
  await page.getByRole('table', { name: /Årgangen/ }).getByRole('link', { name: 'Sofie Nielsen' }).waitFor();
  const me = asked.indexOf('/api/v1/me');
  expect(me).toBeGreaterThanOrEqual(0);
  expect(asked.slice(0, me)).toEqual(expect.arrayContaining(['/api/v1/overview', '/tab/assets/OverviewView.js']));
  expect(asked.filter((path) => path === '/api/v1/overview')).toHaveLength(1);
  await page.close();
});

test('the HR consultant exports the cohort as a CSV file with the trainees in it', async () => {
  const page = await openTab(world, '/tab/oversigt', 'hrConsultant');
  await page.getByRole('table', { name: /Årgangen/ }).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Eksportér som CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('ledertrainees.csv');
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const csv = Buffer.concat(chunks).toString('utf8');
  expect(csv).toContain('Sofie Nielsen');
  expect(csv).toContain('Ahmad Rahimi');
  await page.close();
});

test('a colleague in no programme is told there is nothing to show yet, and gets no Oversigt', async () => {
  const page = await openTab(world, '/tab/oversigt', 'colleague');
  await page.getByText('Der er ikke noget at vise for dig her endnu.').waitFor();
  expect(await page.getByRole('table').count()).toBe(0);
  await screenshot(page, 'colleague-nothing-here');
  await page.close();
});
