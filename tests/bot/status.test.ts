// `status` and the language each person is answered in, over real HTTP with the demo programmes
// stored in Azurite: what Mette, Lars and a newcomer see when they ask how things stand.
import { seedDemo } from '../../bot/src/demo/seedDemo';
import { demoPeople } from '../../bot/src/demo/demoPeople';
import { TableStorage } from '../../bot/src/storage';
import { visibleText } from '../cards/cardInspection';
import { azuriteStorage, BotServer, startBotServer } from '../support/botServer';
import { RecordingConnector, startRecordingConnector } from '../support/recordingConnector';
import { newUser, personalMessage, TeamsUser, asTeamsUser } from './activities';
import { cardOf } from './cardOf';

let storage: TableStorage;
let bot: BotServer;
let connector: RecordingConnector;

beforeAll(async () => {
  storage = await azuriteStorage('status');
  await seedDemo(storage, new Date());
  connector = await startRecordingConnector();
  bot = await startBotServer({ storage, conversationReferences: storage.conversationReferences });
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});


/** Sends a message and returns the bot's one reply in that conversation. */
async function say(user: TeamsUser, text: string, locale = 'da-DK') {
  const activity = personalMessage({ serviceUrl: connector.serviceUrl, user, locale }, text);
  const before = connector.activitiesIn(activity.conversation.id).length;
  const response = await bot.post(activity);
  expect(response.status).toBe(200);
  const replies = connector.activitiesIn(activity.conversation.id).slice(before);
  expect(replies).toHaveLength(1);
  return replies[0];
}

test('Mette (leader) types "status" and sees both her trainees with their phase and next conversation', async () => {
  const card = cardOf(await say(asTeamsUser(demoPeople.leader), 'status'));
  const text = visibleText(card);
  expect(text).toContain('Dine forløb');
  expect(text).toContain('Ahmad Rahimi');
  expect(text).toContain('Sofie Nielsen');
  expect(text).toContain('Nærmeste leder');
  expect(text).toContain('Opstart');
  expect(text).toContain('Udviklingsdel');
  // Sofie's follow-up meeting is booked; the time is shown the Danish way.
  expect(text).toMatch(/Opfølgningsmøde, \d{1,2}\. \p{L}+ \d{4} kl\. \d{2}\.\d{2}/u);
});

test('Lars (HR) sees that feedback on Ahmad\'s personality test waits for him', async () => {
  const text = visibleText(cardOf(await say(asTeamsUser(demoPeople.hrConsultant), 'status')));
  expect(text).toContain('HR-konsulent');
  expect(text).toContain('Giv ledertraineen feedback på persontesten');
});

test('someone who is in no programme is told so, in a friendly way', async () => {
  const text = visibleText(cardOf(await say(newUser('Jonas Berg'), 'status')));
  expect(text).toContain('Du er ikke med i et ledertraineeforløb endnu.');
});

test('free text that clearly asks for the status ("hvad venter på mig?") gets the status card', async () => {
  const text = visibleText(cardOf(await say(asTeamsUser(demoPeople.leader), 'Hvad venter på mig?')));
  expect(text).toContain('Dine forløb');
});

test('an English Teams client gets English, and "sprog dansk" makes the bot answer in Danish from then on', async () => {
  const user = newUser('Anne Andersen');
  expect(visibleText(cardOf(await say(user, 'status', 'en-US')))).toContain('Your programmes');

  const confirmation = await say(user, 'sprog dansk', 'en-US');
  expect(confirmation.activity.text).toBe('Fint – jeg skriver dansk til dig fra nu af.');
  expect(visibleText(cardOf(await say(user, 'status', 'en-US')))).toContain('Dine forløb');

  const back = await say(user, 'language english', 'en-US');
  expect(back.activity.text).toBe("Fine – I'll write to you in English from now on.");
  expect(visibleText(cardOf(await say(user, 'status', 'da-DK')))).toContain('Your programmes');
});

test('the locale a person writes from is remembered, so messages the bot starts later use it', async () => {
  const user = newUser('Bo Birk');
  await say(user, 'status', 'en-GB');
  expect((await storage.people.find(user.aadObjectId!))?.locale).toBe('en-GB');
  await say(user, 'status', 'da-DK');
  expect((await storage.people.find(user.aadObjectId!))?.locale).toBe('da-DK');
});

test('"sprog" without a language it knows explains how to choose one', async () => {
  const reply = await say(newUser(), 'sprog klingon');
  expect(reply.activity.text).toBe('Skriv **sprog dansk** eller **sprog engelsk**.');
});
