// The personality-test gate in chat, over real HTTP with the demo in Azurite: Lars (HR) sees that
// feedback on Ahmad's test waits for him, presses "Feedback er givet" on his status card, and
// Ahmad and Mette are told that the start-up interview can now be held.
import { seedDemo, DEMO_PROGRAMME_IDS } from '../../bot/src/demo/seedDemo';
import { demoPeople } from '../../bot/src/demo/demoPeople';
import { TableStorage } from '../../bot/src/storage';
import { visibleText } from '../cards/cardInspection';
import { azuriteStorage, BotServer, startBotServer } from '../support/botServer';
import { RecordedActivity, RecordingConnector, startRecordingConnector } from '../support/recordingConnector';
import { newUser, TeamsUser, asTeamsUser } from './activities';
import { cardOf } from './cardOf';
import { personalChatOf, sendInPersonalChat } from '../support/chat';

let storage: TableStorage;
let bot: BotServer;
let connector: RecordingConnector;

const lars = asTeamsUser(demoPeople.hrConsultant);
const ahmad = asTeamsUser(demoPeople.traineeInStartup);
const mette = asTeamsUser(demoPeople.leader);

beforeAll(async () => {
  storage = await azuriteStorage('gate');
  await seedDemo(storage, new Date());
  connector = await startRecordingConnector();
  bot = await startBotServer({ storage, conversationReferences: storage.conversationReferences });
  // Ahmad and Mette have chatted with the bot before, so it can reach them.
  await say(ahmad, 'hjælp');
  await say(mette, 'hjælp');
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});


const personalConversationOf = personalChatOf;

/** Sends a message (typed text, or a card button's value) and returns the bot's replies to it. */
async function say(user: TeamsUser, text: string, value?: object): Promise<RecordedActivity[]> {
  return sendInPersonalChat(bot, connector, user, text, value);
}

/** The button on a card whose title is `title`, as the card would send it back. */
function buttonData(card: unknown, title: string): Record<string, unknown> {
  const found = JSON.stringify(card).match(/\{"type":"Action\.Submit","title":"([^"]+)","data":(\{[^}]*\})\}/g) ?? [];
  for (const raw of found) {
    const action = JSON.parse(raw) as { title: string; data: Record<string, unknown> };
    if (action.title === title) return action.data;
  }
  throw new Error(`No button "${title}" on the card: ${JSON.stringify(card)}`);
}

test('Lars presses "Feedback er givet" on his status card: it is recorded, and Ahmad and Mette are told the interview can now be held', async () => {
  const [statusReply] = await say(lars, 'status');
  const data = buttonData(cardOf(statusReply), 'Feedback er givet');
  expect(data).toEqual({ verb: 'personalityTest.feedbackGiven', programmeId: DEMO_PROGRAMME_IDS.inStartup });

  const ahmadBefore = connector.activitiesIn(personalConversationOf(ahmad)).length;
  const metteBefore = connector.activitiesIn(personalConversationOf(mette)).length;
  const replies = await say(lars, '', data);
  expect(replies.map((r) => r.activity.text)).toEqual(['Noteret: feedback på persontesten er givet. Ledertraineen og den nærmeste leder får besked.']);

  const toAhmad = connector.activitiesIn(personalConversationOf(ahmad)).slice(ahmadBefore);
  const toMette = connector.activitiesIn(personalConversationOf(mette)).slice(metteBefore);
  expect(toAhmad.map((r) => r.activity.text)).toEqual([
    'HR-konsulenten har givet **Ahmad Rahimi** feedback på persontesten. Opstartssamtalen kan nu afholdes.',
  ]);
  expect(toMette).toHaveLength(1);

  const stored = (await storage.programmes.load(DEMO_PROGRAMME_IDS.inStartup)).programme.personalityTest();
  expect(stored.feedbackGiven?.by).toBe(demoPeople.hrConsultant.id);
  const [latest] = await storage.programmes.auditLog(DEMO_PROGRAMME_IDS.inStartup, 1);
  expect(latest).toMatchObject({ action: 'personalityTest.feedbackGiven', by: demoPeople.hrConsultant.id });

  // What waited for Lars is done, so the button is gone from his status card.
  const [after] = await say(lars, 'status');
  expect(visibleText(cardOf(after))).not.toContain('Feedback er givet');
});

test('pressing the button again is refused with a clear Danish answer, and nothing changes', async () => {
  const before = (await storage.programmes.auditLog(DEMO_PROGRAMME_IDS.inStartup, 50)).length;
  const replies = await say(lars, '', { verb: 'personalityTest.feedbackGiven', programmeId: DEMO_PROGRAMME_IDS.inStartup });
  expect(replies.map((r) => r.activity.text)).toEqual(['Det er allerede registreret, at der er givet feedback på persontesten.']);
  expect(await storage.programmes.auditLog(DEMO_PROGRAMME_IDS.inStartup, 50)).toHaveLength(before);
});

test('someone outside the programme who sends the same button data gets "no access", and nothing changes', async () => {
  const before = (await storage.programmes.auditLog(DEMO_PROGRAMME_IDS.inStartup, 50)).length;
  const stranger = newUser('Jonas Berg');
  // A user id put into the card data is ignored: the bot acts as the sender of the activity.
  const replies = await say(stranger, '', {
    verb: 'personalityTest.taken',
    programmeId: DEMO_PROGRAMME_IDS.inStartup,
    actorId: demoPeople.hrConsultant.id,
  });
  expect(replies.map((r) => r.activity.text)).toEqual(['Du har ikke adgang til dette ledertraineeforløb.']);
  expect(await storage.programmes.auditLog(DEMO_PROGRAMME_IDS.inStartup, 50)).toHaveLength(before);
});

test('a button for a programme that does not exist gets a clear answer, not an error', async () => {
  const replies = await say(lars, '', { verb: 'personalityTest.feedbackGiven', programmeId: 'no-such-programme' });
  expect(replies.map((r) => r.activity.text)).toEqual(['Forløbet findes ikke.']);
});
