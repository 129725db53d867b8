// The demo walked in the Agents Playground, in headless Chromium, on `npm start` as a newcomer runs
// it: Mette (the Playground's user) nominates Jonas on the nomination card, Lars (HR) accepts, Mette
// books Jonas's start-up interview from the proposed times, and the confirmation card appears.
//
// Acting as Lars: the Playground has one current user (its config's `currentUser`, Mette here); its
// UI cannot switch user, and a card button clicked in it is always sent as Mette. What it does offer
// is "Mock an Activity → Custom activity": an activity of your own, with the `from` you write, sent to
// the bot as it is (its POST /_internal/v1/customActivities). Lars's steps go that way, into the same
// personal chat, so the bot's answers to Lars and its cards for him show in the browser too. (npm
// start can also make Lars the Playground's user, AGENTS_PLAYGROUND_USER=lars, but only by starting
// again, and the card sent to him earlier would not be in the new session's chat.)
import { randomUUID } from 'node:crypto';
import { StoredConversationReference } from '../../bot/src/application/ports';
import { demoPeople } from '../../bot/src/demo/demoPeople';
import { pollUntil } from '../support/localRun';
import { usePlaygroundSession, WAIT } from '../support/playgroundSession';

jest.setTimeout(300_000);

const mette = demoPeople.leader;
const lars = demoPeople.hrConsultant;
const jonas = demoPeople.colleague;
// Lars's user id in the Playground's config (bot/src/demo/playgroundConfig.ts: the others in demoPeople's order).
const LARS_PLAYGROUND_ID = 'demo-user-1';

const playground = usePlaygroundSession();
const { type, cardWith, see } = playground;

/** Lars writes to the bot through the Playground's custom activity, in the chat Mette's browser shows. */
async function asLars(activity: { text?: string; value?: object }): Promise<void> {
  const [reference] = await metteReferences();
  const response = await fetch(`${playground.run.playgroundUrl}/_internal/v1/customActivities`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: randomUUID(),
      timestamp: new Date().toISOString(),
      channelId: 'msteams',
      serviceUrl: reference.serviceUrl,
      from: { id: LARS_PLAYGROUND_ID, name: lars.name, aadObjectId: lars.id },
      recipient: reference.bot,
      conversation: reference.conversation,
      locale: 'da-DK',
      text: activity.text ?? '',
      ...(activity.value ? { value: activity.value } : {}),
      channelData: { tenant: { id: reference.conversation.tenantId } },
    }),
  });
  expect(response.status).toBe(200);
}

/** Where the bot reaches Mette: the Playground's personal chat, stored when she first wrote. */
async function metteReferences(): Promise<StoredConversationReference[]> {
  let references: StoredConversationReference[] = [];
  await pollUntil(async () => (references = await playground.storage.conversationReferences.listForUser(mette.id)).length > 0, 30_000);
  expect(references.length).toBeGreaterThan(0);
  return references;
}

test('Mette nominates Jonas on the card, Lars accepts, Mette books the start-up interview and sees the confirmation card', async () => {
  await playground.page.goto(playground.run.playgroundUrl);
  // The Playground reports en-US: Mette chooses Danish, as Danish users meet the product.
  await type('sprog dansk');
  await see('Fint – jeg skriver dansk til dig fra nu af.');

  // Lars has written to the bot before (so it can reach him), in Danish.
  await asLars({ text: 'sprog dansk' });
  await pollUntil(async () => (await playground.storage.conversationReferences.listForUser(lars.id)).length > 0, 30_000);

  // The nomination card: Jonas, the department, why, lederafklaringsforløb done, then send.
  await type('indstil Jonas');
  const form = await cardWith('Send indstillingen');
  await form.locator('input[type="radio"]').first().check();
  // A compact choice set is a Fluent UI combobox in the Playground: open it, pick the option.
  await form.getByRole('combobox', { name: 'Magistratsafdeling' }).click();
  await playground.page.getByRole('option', { name: 'Sundhed og Omsorg' }).click();
  await form.locator('textarea').fill('Jonas tager ansvar i teamet og vil gerne lede.');
  await form.locator('input[type="checkbox"]').check();
  await form.getByRole('button', { name: 'Send indstillingen' }).click();
  await see(/din indstilling af Jonas Berg er sendt til HR-konsulenten i Sundhed og Omsorg/);

  // The nomination reaches Lars (in the chat the browser shows) with its buttons.
  const decision = await cardWith('Godkend indstillingen');
  expect(await decision.innerText()).toContain('Jonas Berg');
  let programmeId = '';
  await pollUntil(async () => {
    const programme = (await playground.storage.programmes.listForPerson(jonas.id)).find((p) => p.awaitsNominationDecision);
    programmeId = programme?.id ?? '';
    return programmeId !== '';
  }, 30_000);
  // Lars presses "Godkend indstillingen": the button's data, sent as Lars (see the top of the file).
  await asLars({ value: { verb: 'nomination.accept', programmeId } });
  await see(/Din indstilling af Jonas Berg er godkendt/);

  // Mette books Jonas's start-up interview part 1 from the proposed times.
  await type('book opstartssamtale');
  const first = await cardWith(/Aftal tidspunkt: Opstartssamtale del 1|Hvilken samtale vil du aftale\?/);
  if ((await first.innerText()).includes('Hvilken samtale vil du aftale?')) {
    await first.getByRole('button', { name: 'Jonas Berg: Opstartssamtale del 1' }).click();
  }
  const proposals = await cardWith(/Aftal tidspunkt: Opstartssamtale del 1[\s\S]*Jonas Berg/);
  const slots = proposals.getByRole('button', { name: / kl\. \d\d\.\d\d–\d\d\.\d\d$/ });
  await slots.first().waitFor(WAIT);
  expect(await slots.count()).toBeGreaterThanOrEqual(3);
  const chosen = (await slots.first().innerText()).trim();
  await slots.first().click();

  const confirmation = await cardWith(/Opstartssamtale del 1 er aftalt/);
  const text = await confirmation.innerText();
  expect(text).toContain('Jonas Berg');
  expect(text).toContain(chosen);
  expect(text).toMatch(/Jonas Berg \(ledertrainee\), Mette Sørensen \(nærmeste leder\), Lars Holm \(HR-konsulent\)/);
  // With the calendar file, and the buttons to move or cancel it.
  for (const action of ['Føj til kalender (.ics)', 'Flyt', 'Aflys']) expect(text).toContain(action);

  // What the browser shows is what is stored: Jonas's programme has part 1 booked.
  const [programme] = (await playground.storage.programmes.listForPerson(jonas.id)).filter((p) => p.id === programmeId);
  expect(programme.phase).toBe('startup');
  expect(programme.conversations().filter((c) => c.kind === 'startupPart1' && c.status === 'booked')).toHaveLength(1);
});
