// Every incoming activity leaves a conversation reference in Table Storage (Azurite), so the bot can
// write to the user later; a storage failure never costs the user the answer.
import type { ConversationReferenceStore } from '../../bot/src/application/ports';
import { TableStorage } from '../../bot/src/storage';
import { azuriteStorage, BotServer, startBotServer } from '../support/botServer';
import { RecordingConnector, startRecordingConnector } from '../support/recordingConnector';
import { BOT, channelMessageMentioningBot, installationUpdate, newUser, personalInstall, personalMessage, TENANT_ID } from './activities';

let connector: RecordingConnector;
let storage: TableStorage;
let bot: BotServer;

beforeAll(async () => {
  storage = await azuriteStorage('botrefs');
  connector = await startRecordingConnector();
  bot = await startBotServer({ conversationReferences: storage.conversationReferences });
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

describe('conversation references', () => {
  it('are stored for every incoming activity, under the user\'s Entra object id', async () => {
    const user = newUser();
    const where = { serviceUrl: connector.serviceUrl, user };
    const install = personalInstall(where);

    await bot.post(install);
    expect(await storage.conversationReferences.listForUser(user.aadObjectId!)).toHaveLength(1);

    await bot.post(installationUpdate(where));
    await bot.post(personalMessage(where, 'hjælp'));
    await bot.post(channelMessageMentioningBot(where, 'hjælp'));

    const references = await storage.conversationReferences.listForUser(user.aadObjectId!);
    expect(references).toHaveLength(2);
    // The personal chat comes first: that is where reminders go.
    expect(references[0]).toEqual({
      bot: BOT,
      user,
      conversation: { conversationType: 'personal', tenantId: TENANT_ID, id: install.conversation.id },
      channelId: 'msteams',
      locale: 'da-DK',
      serviceUrl: connector.serviceUrl,
    });
    expect(references[1].conversation.conversationType).toBe('channel');
  });

  it('refresh the stored reference when the user writes again from another locale', async () => {
    const user = newUser();
    await bot.post(personalMessage({ serviceUrl: connector.serviceUrl, user }, 'hjælp'));
    await bot.post(personalMessage({ serviceUrl: connector.serviceUrl, user, locale: 'en-US' }, 'help'));

    const references = await storage.conversationReferences.listForUser(user.aadObjectId!);
    expect(references).toHaveLength(1);
    expect(references[0].locale).toBe('en-US');
  });

  it('are not stored for a sender without an Entra object id, not even under the channel\'s user id', async () => {
    const user = { id: `29:local-${Date.now()}`, name: 'Local Tester' };
    const message = personalMessage({ serviceUrl: connector.serviceUrl, user }, 'hjælp');

    expect((await bot.post(message)).status).toBe(200);

    expect(await storage.conversationReferences.listForUser(user.id)).toEqual([]);
    expect(connector.activitiesIn(message.conversation.id)).toEqual([]);
  });
});

describe('when the conversation reference cannot be stored', () => {
  let failingBot: BotServer;
  const unavailable: ConversationReferenceStore = {
    save: () => Promise.reject(Object.assign(new Error('Table Storage is unavailable'), { statusCode: 503 })),
    listForUser: () => Promise.reject(new Error('not used')),
    markStale: () => Promise.reject(new Error('not used')),
  };

  beforeAll(async () => {
    failingBot = await startBotServer({ conversationReferences: unavailable });
  });

  afterAll(async () => {
    await failingBot?.close();
  });

  it('the user still gets the answer, and the failure is logged', async () => {
    const message = personalMessage({ serviceUrl: connector.serviceUrl, user: newUser() }, 'hjælp');

    const response = await failingBot.post(message);

    expect(response.status).toBe(200);
    const replies = connector.activitiesIn(message.conversation.id);
    expect(replies).toHaveLength(1);
    expect(replies[0].activity.attachments?.[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(failingBot.logger.entries).toContainEqual(
      expect.objectContaining({ level: 'error', msg: 'Could not save the conversation reference' }),
    );
  });

  it('a new user still gets the welcome card on install', async () => {
    const install = personalInstall({ serviceUrl: connector.serviceUrl, user: newUser() });

    expect((await failingBot.post(install)).status).toBe(200);
    expect(connector.activitiesIn(install.conversation.id)).toHaveLength(1);
  });
});
