// The tab in a meeting's side panel: while a booked conversation's meeting is on, the panel shows that
// conversation's template as its card asks it — Danish first, English for an English Teams — with what
// is written so far for those who may see it. Teams is the simulated host of teamsHostDouble.ts.
import { DEMO_PROGRAMME_IDS } from '../../bot/src/demo/seedDemo';
import { demoPeople } from '../../bot/src/demo/demoPeople';
import { expectNoSeriousViolations } from './axe';
import { screenshot, startTabWorld, TabWorld } from './tabHarness';
import { openInTeams, type TeamsPlace } from './teamsHostDouble';

let world: TabWorld;

const PROGRAMME = DEMO_PROGRAMME_IDS.inStartup;
const PART1 = `${PROGRAMME}-opstart-1`;
const PANEL_PATH = `/tab/forloeb/${PROGRAMME}`;

/** Ahmad's start-up part 1 began ten minutes ago, and Mette has written the hours on the card's draft. */
async function meetingUnderWay(): Promise<void> {
  const { programmes } = world.app.storage;
  const loaded = await programmes.load(PROGRAMME);
  const now = new Date();
  loaded.programme.reschedule(PART1, new Date(now.getTime() - 10 * 60_000), undefined, now, demoPeople.hrConsultant.id);
  loaded.programme.saveConversationDraft(PART1, { hoursPerWeek: '4' }, now, demoPeople.leader.id);
  loaded.programme.saveConversationDraft(PART1, { hrNotes: 'Ahmad er klar til at gå i gang.' }, now, demoPeople.hrConsultant.id);
  await programmes.save(loaded, { at: now.toISOString(), by: demoPeople.leader.id, action: 'conversation.draftSaved' });
}

beforeAll(async () => {
  world = await startTabWorld('tabsidepanel');
  await meetingUnderWay();
}, 180_000);

afterAll(async () => {
  await world?.close();
});

const meeting = (locale: string): TeamsPlace => ({ frameContext: 'sidePanel', locale, chatId: '19:meeting_opstart@thread.v2', meetingId: 'meeting-opstart-1' });

test("during start-up part 1's meeting the nearest leader's side panel asks that conversation's questions in Danish, with what is written so far", async () => {
  const { page, tab, frame } = await openInTeams(world, PANEL_PATH, 'leader', meeting('da-DK'));
  await tab.getByRole('heading', { name: 'Opstartssamtale del 1' }).waitFor();
  const questions = tab.getByRole('list').first().getByRole('listitem');
  expect(await questions.first().textContent()).toContain('Hvordan afholdes første del?');
  const hours = questions.filter({ hasText: 'Hvor mange timer om ugen sætter I af til forløbet?' });
  await expect(hours.textContent()).resolves.toContain('Svar: 4');
  expect(await tab.getByText('HR-konsulentens noter').count()).toBe(0);
  expect(await tab.getByText('Ahmad er klar til at gå i gang.').count()).toBe(0);
  await tab.getByRole('heading', { name: 'Effekt af fasen' }).waitFor();
  await expectNoSeriousViolations(frame, 'Sidepanel i mødet');
  await screenshot(page, 'side-panel-da');
  await page.close();
});

test('the HR consultant also sees the field for his own notes, with what he wrote, marked as his alone', async () => {
  const { page, tab } = await openInTeams(world, PANEL_PATH, 'hrConsultant', meeting('da-DK'));
  const notes = tab.getByRole('listitem').filter({ hasText: 'HR-konsulentens noter' });
  await notes.waitFor();
  expect(await notes.textContent()).toContain('Kun HR-konsulenten ser dette felt.');
  expect(await notes.textContent()).toContain('Ahmad er klar til at gå i gang.');
  await page.close();
});

test('for a leader trainee whose Teams speaks English the side panel asks the same questions in English', async () => {
  const { page, tab, frame } = await openInTeams(world, PANEL_PATH, 'traineeInStartup', meeting('en-US'));
  await tab.getByRole('heading', { name: 'Start-up interview part 1' }).waitFor();
  const questions = tab.getByRole('list').first().getByRole('listitem');
  expect(await questions.first().textContent()).toContain('How is part 1 held?');
  expect(await tab.getByText('Hvordan afholdes første del?').count()).toBe(0);
  await expect(questions.filter({ hasText: 'How many hours a week do you set aside for the programme?' }).textContent()).resolves.toContain('Answer: 4');
  await expectNoSeriousViolations(frame, 'Side panel in the meeting');
  await screenshot(page, 'side-panel-en');
  await page.close();
});
