// Installing the app: the welcome card, once, in the user's language.
import pino from 'pino';
import { TableStorage } from '../../bot/src/storage';
import type { Logger } from '../../bot/src/teams';
import { visibleText } from '../cards/cardInspection';
import { azuriteStorage, BotServer, startBotServer } from '../support/botServer';
import { RecordingConnector, startRecordingConnector } from '../support/recordingConnector';
import { BOT, installationUpdate, newUser, personalInstall, teamMemberAdded } from './activities';
import { cardOf } from './cardOf';

let connector: RecordingConnector;
let bot: BotServer;
let storage: TableStorage;

beforeAll(async () => {
  storage = await azuriteStorage('botinstall');
  connector = await startRecordingConnector();
  bot = await startBotServer({ conversationReferences: storage.conversationReferences });
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

describe('installing the app', () => {
  it('sends the welcome card once, in Danish, although Teams announces the install twice', async () => {
    const where = { serviceUrl: connector.serviceUrl, user: newUser() };
    const update = personalInstall(where);

    expect((await bot.post(update)).status).toBe(200);
    expect((await bot.post(installationUpdate(where))).status).toBe(200);

    const replies = connector.activitiesIn(update.conversation.id);
    expect(replies).toHaveLength(1);
    const text = visibleText(cardOf(replies[0]));
    expect(text).toContain('Velkommen til Ledertrainee');
    expect(text).toContain('Opstartssamtalen har to dele');
  });

  it('does not welcome twice when Teams retries the same install activity', async () => {
    const where = { serviceUrl: connector.serviceUrl, user: newUser() };
    const update = personalInstall(where);

    await bot.post(update);
    await bot.post(update);

    expect(connector.activitiesIn(update.conversation.id)).toHaveLength(1);
  });

  it('still welcomes when storage cannot tell whether the install was handled before', async () => {
    const failing = await startBotServer({
      conversationReferences: storage.conversationReferences,
      handledActivities: { markHandled: () => Promise.reject(new Error('storage is down')) },
    });
    try {
      const update = personalInstall({ serviceUrl: connector.serviceUrl, user: newUser() });
      await failing.post(update);
      expect(connector.activitiesIn(update.conversation.id)).toHaveLength(1);
      expect(failing.logger.entries.map((e) => e.msg)).toContain('Could not record the activity as handled');
    } finally {
      await failing.close();
    }
  });

  it('sends one welcome card when the user and the bot are added together (local tools do that)', async () => {
    const where = { serviceUrl: connector.serviceUrl, user: newUser() };
    const update = personalInstall(where, [{ id: where.user.id }, { id: BOT.id }]);

    await bot.post(update);

    expect(connector.activitiesIn(update.conversation.id)).toHaveLength(1);
  });

  it('welcomes an en-US user in English', async () => {
    const where = { serviceUrl: connector.serviceUrl, user: newUser('Jane Doe'), locale: 'en-US' };
    const update = personalInstall(where);

    await bot.post(update);

    expect(visibleText(cardOf(connector.activitiesIn(update.conversation.id)[0]))).toContain('Welcome to Ledertrainee');
  });

  it('does not write to a team when someone else joins it later', async () => {
    const where = { serviceUrl: connector.serviceUrl, user: newUser('Team Owner') };
    const update = teamMemberAdded(where, newUser('New Colleague'));

    expect((await bot.post(update)).status).toBe(200);
    expect(connector.activitiesIn(update.conversation.id)).toEqual([]);
  });
});

describe('the Logger the Teams layer asks for', () => {
  it('is satisfied by a pino logger, which is what the server passes', () => {
    const logger: Logger = pino({ enabled: false });
    expect(() => logger.warn({ example: true }, 'a pino logger takes (object, message)')).not.toThrow();
  });
});
