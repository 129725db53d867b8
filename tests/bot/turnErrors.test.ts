// When a turn fails, the user hears about it in their language, and the failure is logged.
import { TableStorage } from '../../bot/src/storage';
import { azuriteStorage, BotServer, startBotServer } from '../support/botServer';
import { RecordingConnector, startRecordingConnector } from '../support/recordingConnector';
import { newUser, personalMessage } from './activities';

let connector: RecordingConnector;
let bot: BotServer;
let storage: TableStorage;

beforeAll(async () => {
  storage = await azuriteStorage('boterr');
  connector = await startRecordingConnector();
  bot = await startBotServer({ conversationReferences: storage.conversationReferences });
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

describe('a turn that fails', () => {
  it('tells a Danish user that something went wrong, and logs why', async () => {
    const message = personalMessage({ serviceUrl: connector.serviceUrl, user: newUser() }, 'hjælp');
    connector.refuseNext(400);

    await bot.post(message);

    const replies = connector.activitiesIn(message.conversation.id);
    expect(replies.map((reply) => reply.activity.text)).toEqual(['Beklager, der gik noget galt hos mig. Prøv igen om lidt.']);
    expect(bot.logger.entries).toContainEqual(
      expect.objectContaining({ level: 'error', msg: 'Bot turn failed', obj: expect.objectContaining({ activityId: message.id }) }),
    );
  });

  it('tells an English-speaking user in English', async () => {
    const message = personalMessage({ serviceUrl: connector.serviceUrl, user: newUser(), locale: 'en-US' }, 'help');
    connector.refuseNext(400);

    await bot.post(message);

    expect(connector.activitiesIn(message.conversation.id).map((reply) => reply.activity.text)).toEqual([
      'Sorry, something went wrong on my side. Please try again in a moment.',
    ]);
  });

  it('logs it when even the apology cannot be delivered, and keeps serving', async () => {
    const message = personalMessage({ serviceUrl: connector.serviceUrl, user: newUser() }, 'hjælp');
    connector.refuseNext(400, 2);

    const response = await bot.post(message);

    expect(response.status).toBeLessThan(500);
    expect(bot.logger.entries).toContainEqual(expect.objectContaining({ level: 'error', msg: 'Could not tell the user that the turn failed' }));
    const next = personalMessage({ serviceUrl: connector.serviceUrl, user: newUser() }, 'hjælp');
    expect((await bot.post(next)).status).toBe(200);
    expect(connector.activitiesIn(next.conversation.id)).toHaveLength(1);
  });
});
