// The bot over real HTTP: Teams-shaped activities are POSTed to /api/messages, and the replies are
// read from the recording connector the activities' serviceUrl points at.
import { TableStorage } from '../../bot/src/storage';
import { openUrlActions, visibleText } from '../cards/cardInspection';
import { azuriteStorage, BotServer, startBotServer, TEST_AIDS } from '../support/botServer';
import { RecordingConnector, startRecordingConnector } from '../support/recordingConnector';
import { channelMessageMentioningBot, newUser, personalMessage } from './activities';
import { cardOf } from './cardOf';

let connector: RecordingConnector;
let bot: BotServer;
let storage: TableStorage;

beforeAll(async () => {
  storage = await azuriteStorage('botmsg');
  connector = await startRecordingConnector();
  bot = await startBotServer({ conversationReferences: storage.conversationReferences });
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

async function send(activity: { conversation: { id: string } }) {
  const response = await bot.post(activity);
  return { status: response.status, replies: connector.activitiesIn(activity.conversation.id) };
}

describe('messages to the bot', () => {
  it('answers "hjælp" with the help card in Danish', async () => {
    const { status, replies } = await send(personalMessage({ serviceUrl: connector.serviceUrl, user: newUser() }, 'hjælp'));

    expect(status).toBe(200);
    expect(replies).toHaveLength(1);
    const card = cardOf(replies[0]);
    expect(card.version).toBe('1.5');
    expect(visibleText(card)).toContain('Det kan du skrive til mig');
    expect(visibleText(card)).toContain('Hjælperedskaber');
    expect(openUrlActions(card).map((action) => action.url)).toEqual(TEST_AIDS.map((aid) => aid.url));
  });

  it('answers "help" from an en-US user with the help card in English', async () => {
    const user = newUser('Jane Doe');
    const { replies } = await send(personalMessage({ serviceUrl: connector.serviceUrl, user, locale: 'en-US' }, 'help'));

    expect(replies).toHaveLength(1);
    const text = visibleText(cardOf(replies[0]));
    expect(text).toContain('Things you can type');
    expect(text).not.toContain('Det kan du skrive til mig');
  });

  it('understands "Hjælp", " HJÆLP. " and "?" as the same command', async () => {
    for (const typed of ['Hjælp', ' HJÆLP. ', '?']) {
      const { replies } = await send(personalMessage({ serviceUrl: connector.serviceUrl, user: newUser() }, typed));
      expect(visibleText(cardOf(replies[0]))).toContain('Det kan du skrive til mig');
    }
  });

  it('answers "<at>Ledertrainee</at> hjælp" in a channel, as a reply in the thread', async () => {
    const activity = channelMessageMentioningBot({ serviceUrl: connector.serviceUrl, user: newUser() }, 'hjælp');
    const { status, replies } = await send(activity);

    expect(status).toBe(200);
    expect(replies).toHaveLength(1);
    expect(replies[0].replyToActivityId).toBe(activity.id);
    expect(visibleText(cardOf(replies[0]))).toContain('Det kan du skrive til mig');
  });

  it('points a user who types something unknown to "hjælp", in plain text', async () => {
    const { replies } = await send(personalMessage({ serviceUrl: connector.serviceUrl, user: newUser() }, 'hvornår er min midtvejssamtale?'));

    expect(replies).toHaveLength(1);
    expect(replies[0].activity.type).toBe('message');
    expect(replies[0].activity.text).toBe('Det forstod jeg desværre ikke. Skriv **hjælp**, så viser jeg, hvad jeg kan.');
    expect(replies[0].activity.attachments ?? []).toEqual([]);
  });

  it('points an English-speaking user to "help"', async () => {
    const { replies } = await send(personalMessage({ serviceUrl: connector.serviceUrl, user: newUser(), locale: 'en-GB' }, 'what now'));

    expect(replies[0].activity.text).toBe("Sorry, I didn't understand that. Type **help** to see what I can do.");
  });

  it('sends replies without a token when it has no app id (local mode)', async () => {
    const { replies } = await send(personalMessage({ serviceUrl: connector.serviceUrl, user: newUser() }, 'hjælp'));

    expect(replies[0].headers.authorization).toBeUndefined();
    expect(connector.unexpected).toEqual([]);
  });
});

describe('requests that are not valid activities', () => {
  it.each([
    ['a body that is not JSON', 'this is not an activity', 'text/plain'],
    ['malformed JSON', '{"type": "message", ', 'application/json'],
    ['a JSON array', '[]', 'application/json'],
    ['an activity without a type', JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/', conversation: { id: 'c' }, from: { id: 'u' } }), 'application/json'],
    ['an activity without a serviceUrl', JSON.stringify({ type: 'message', text: 'hjælp', conversation: { id: 'c' }, from: { id: 'u' } }), 'application/json'],
    ['an activity without a conversation', JSON.stringify({ type: 'message', text: 'hjælp', serviceUrl: 'http://127.0.0.1:9/', from: { id: 'u' } }), 'application/json'],
  ])('get a 4xx for %s, and the server keeps answering', async (_what, body, contentType) => {
    const before = connector.received.length;
    const response = await bot.post(body, contentType);

    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(connector.received.length).toBe(before);

    const { status } = await send(personalMessage({ serviceUrl: connector.serviceUrl, user: newUser() }, 'hjælp'));
    expect(status).toBe(200);
  });
});
