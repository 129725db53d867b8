// With an app id, the endpoint is closed to anyone who cannot show a Bot Framework token.
import { TableStorage } from '../../bot/src/storage';
import { azuriteStorage, BotServer, startBotServer } from '../support/botServer';
import { RecordingConnector, startRecordingConnector } from '../support/recordingConnector';
import { newUser, personalMessage } from './activities';

let connector: RecordingConnector;
let storage: TableStorage;
let bot: BotServer;

beforeAll(async () => {
  storage = await azuriteStorage('botauth');
  connector = await startRecordingConnector();
  bot = await startBotServer({
    conversationReferences: storage.conversationReferences,
    auth: {
      MicrosoftAppId: '00000000-0000-0000-0000-0000000000a1',
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: '11111111-2222-3333-4444-555555555555',
    },
  });
});

// CloudAdapter reports refused requests on console.error itself; keep the test output readable.
let consoleError: jest.SpyInstance;
beforeEach(() => {
  consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => consoleError.mockRestore());

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

describe('with an app id (production)', () => {
  it('refuses an activity without a token with 401, and neither answers nor remembers it', async () => {
    const user = newUser();
    const message = personalMessage({ serviceUrl: connector.serviceUrl, user }, 'hjælp');

    const response = await bot.post(message);

    expect(response.status).toBe(401);
    expect(connector.received).toEqual([]);
    expect(await storage.conversationReferences.listForUser(user.aadObjectId!)).toEqual([]);
  });

  it('refuses a forged token with 401', async () => {
    const message = personalMessage({ serviceUrl: connector.serviceUrl, user: newUser() }, 'hjælp');
    const forged = ['eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0', 'eyJhdWQiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwYTEifQ', ''].join('.');

    const response = await fetch(bot.messagesUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${forged}` },
      body: JSON.stringify(message),
    });

    expect(response.status).toBe(401);
    expect(connector.received).toEqual([]);
  });
});
