// The endpoint answers the channel itself (not through CloudAdapter.process): what Teams expects in
// the HTTP response still arrives there. An invoke (a card button's Action.Execute, a message
// extension) gets the bot's invoke response, status and body; a channel that asks for the replies
// in the response (deliveryMode "expectReplies") gets them there instead of at its serviceUrl.
import { TableStorage } from '../../bot/src/storage';
import { visibleText } from '../cards/cardInspection';
import { azuriteStorage, BotServer, startBotServer } from '../support/botServer';
import { RecordingConnector, startRecordingConnector } from '../support/recordingConnector';
import { newUser, personalInvoke, personalMessage } from './activities';

let connector: RecordingConnector;
let storage: TableStorage;
let bot: BotServer;

beforeAll(async () => {
  storage = await azuriteStorage('botinvoke');
  connector = await startRecordingConnector();
  bot = await startBotServer({ conversationReferences: storage.conversationReferences });
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

describe('what the channel expects in the HTTP response', () => {
  it('a malformed card action (invoke without a value) gets the bot\'s invoke response, status and body, in the HTTP response', async () => {
    const invoke = personalInvoke({ serviceUrl: connector.serviceUrl, user: newUser() }, 'adaptiveCard/action');

    const response = await bot.post(invoke);

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(
      expect.objectContaining({ statusCode: 400, type: 'application/vnd.microsoft.error', value: expect.objectContaining({ code: 'BadRequest' }) }),
    );
    expect(connector.activitiesIn(invoke.conversation.id)).toEqual([]);
  });

  it('an invoke the bot does not handle yet gets 501 Not Implemented in the HTTP response', async () => {
    const invoke = personalInvoke({ serviceUrl: connector.serviceUrl, user: newUser() }, 'composeExtension/query', { commandId: 'search', parameters: [] });

    const response = await bot.post(invoke);

    expect(response.status).toBe(501);
    expect(connector.activitiesIn(invoke.conversation.id)).toEqual([]);
  });

  it('a message asking for its replies in the response (expectReplies) gets the help card in the HTTP body, not at its serviceUrl', async () => {
    const message = { ...personalMessage({ serviceUrl: connector.serviceUrl, user: newUser() }, 'hjælp'), deliveryMode: 'expectReplies' };

    const response = await bot.post(message);

    expect(response.status).toBe(200);
    const { activities } = (await response.json()) as { activities: Array<{ attachments: Array<{ content: unknown }> }> };
    expect(activities).toHaveLength(1);
    expect(visibleText(activities[0].attachments[0].content)).toContain('Det kan du skrive til mig');
    expect(connector.activitiesIn(message.conversation.id)).toEqual([]);
  });

  it('an ordinary message gets 200 with an empty body once it is answered', async () => {
    const message = personalMessage({ serviceUrl: connector.serviceUrl, user: newUser() }, 'hjælp');

    const response = await bot.post(message);

    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect(connector.activitiesIn(message.conversation.id)).toHaveLength(1);
  });
});
