// The midway interview's card filled in the Agents Playground, in headless Chromium, on `npm start`:
// Sofie (the trainee of the demo programme in the development phase) is the Playground's user. She
// books the midway interview from the proposed times, types `samtale`, fills the card in the browser
// and presses "Gem kladde" (an Action.Execute); the card comes back refreshed from what was stored,
// and the stored draft holds her answers.
import { demoPeople } from '../../bot/src/demo/demoPeople';
import { DEMO_PROGRAMME_IDS } from '../../bot/src/demo/seedDemo';
import { pollUntil } from '../support/localRun';
import { usePlaygroundSession, WAIT } from '../support/playgroundSession';

jest.setTimeout(300_000);

const programmeId = DEMO_PROGRAMME_IDS.inDevelopment;

const playground = usePlaygroundSession({ user: 'sofie' });
const { type, cardWith, see } = playground;

async function midwayInStorage() {
  const { programme, version } = await playground.storage.programmes.load(programmeId);
  return { version, midway: programme.conversations().find((c) => c.kind === 'midway' && c.status !== 'cancelled') };
}

const answers = {
  whatWorks: 'Vagtplanen fungerer, og teammøderne giver klare aftaler.',
  whatToAdjust: 'Flere svære samtaler med sparring fra Mette bagefter.',
  network: 'Netværksmøder med de andre ledertrainees i Sundhed og Omsorg.',
};

test('Sofie fills the midway interview card in the Playground, saves it, and sees the card refreshed with her stored answers', async () => {
  await playground.page.goto(playground.run.playgroundUrl);
  // The Playground reports en-US: Sofie chooses Danish, as Danish users meet the product.
  await type('sprog dansk');
  await see('Fint – jeg skriver dansk til dig fra nu af.');

  // The demo has no midway interview yet: Sofie books it from the proposed times.
  expect((await midwayInStorage()).midway).toBeUndefined();
  await type('book midtvejssamtale');
  const proposals = await cardWith(/Aftal tidspunkt: Midtvejssamtale/);
  const slots = proposals.getByRole('button', { name: / kl\. \d\d\.\d\d–\d\d\.\d\d$/ });
  await slots.first().waitFor(WAIT);
  await slots.first().click();
  await cardWith(/Midtvejssamtale(n)? er aftalt/);
  expect(await pollUntil(async () => (await midwayInStorage()).midway?.status === 'booked', 30_000)).toBe(true);
  const { midway: booked, version: bookedVersion } = await midwayInStorage();
  // The earliest time (the next working day) comes before her follow-up meeting two weeks ahead, so
  // the midway interview is her current conversation.
  const { programme } = await playground.storage.programmes.load(programmeId);
  const followUp = programme.conversations().find((c) => c.kind === 'followUp' && c.status === 'booked');
  expect(booked!.scheduledAt < followUp!.scheduledAt).toBe(true);

  // `samtale` opens the current conversation's template: the midway card, with inputs for Sofie.
  await type('samtale');
  const midwayCard = await cardWith(/Skal læringsaftalen revideres\?/);
  expect(await midwayCard.innerText()).toContain('Sofie Nielsen');

  // Each learning goal: "På rette spor" and a comment; then the three open questions.
  const onTrack = midwayCard.getByRole('radio', { name: 'På rette spor' });
  const goals = await onTrack.count();
  expect(goals).toBe(2);
  for (let i = 0; i < goals; i += 1) await onTrack.nth(i).check();
  const comments = midwayCard.locator('input[type="text"]');
  expect(await comments.count()).toBe(goals);
  await comments.nth(0).fill('Tre teammøder er ledet.');
  await comments.nth(1).fill('Feedback givet i fire situationer.');
  const questions = midwayCard.locator('textarea');
  expect(await questions.count()).toBe(3);
  await questions.nth(0).fill(answers.whatWorks);
  await questions.nth(1).fill(answers.whatToAdjust);
  await questions.nth(2).fill(answers.network);
  await midwayCard.getByRole('button', { name: 'Gem kladde' }).click();

  // The card comes back from what was stored: the notice, who saved it, and her answers in its fields.
  const refreshed = await cardWith('Kladden er gemt.');
  expect(await refreshed.innerText()).toMatch(/Sofie Nielsen/);
  const refreshedQuestions = refreshed.locator('textarea');
  expect(await refreshedQuestions.count()).toBe(3);
  expect(await refreshedQuestions.nth(0).inputValue()).toBe(answers.whatWorks);
  expect(await refreshedQuestions.nth(1).inputValue()).toBe(answers.whatToAdjust);
  expect(await refreshedQuestions.nth(2).inputValue()).toBe(answers.network);
  expect(await refreshed.locator('input[type="text"]').nth(0).inputValue()).toBe('Tre teammøder er ledet.');
  const refreshedOnTrack = refreshed.getByRole('radio', { name: 'På rette spor' });
  for (let i = 0; i < goals; i += 1) expect(await refreshedOnTrack.nth(i).isChecked()).toBe(true);

  // What the browser shows is what is stored: the midway interview's draft holds Sofie's answers.
  const { midway, version } = await midwayInStorage();
  expect(midway?.id).toBe(booked?.id);
  expect(version).toBeGreaterThan(bookedVersion);
  expect(midway?.draft?.answers).toMatchObject(answers);
  expect(midway?.draft?.saved.by).toBe(demoPeople.traineeInDevelopment.id);
  expect(Object.values(midway?.draft?.answers ?? {})).toEqual(expect.arrayContaining(['Tre teammøder er ledet.', 'Feedback givet i fire situationer.']));
});
