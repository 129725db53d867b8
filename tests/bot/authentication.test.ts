// With an app id, the endpoint is closed to anyone who cannot show a Bot Framework token. A refusal
// is a generic 401, logged once through the app's logger as a warning: no stack trace on stderr,
// no botbuilder message for the caller.
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

// botbuilder's CloudAdapter.process wrote every refused request to console.error, stack and all.
// Both are watched (and silenced, so a regression does not flood the test output).
let consoleError: jest.SpyInstance;
let stderrWrite: jest.SpyInstance;
beforeEach(() => {
  consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  stderrWrite = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => {
  consoleError?.mockRestore();
  stderrWrite?.mockRestore();
});

const REFUSED = 'Refused a request that failed bot authentication';

/** POSTs the activity with the given Authorization header (none when undefined). */
async function postWith(authorization: string | undefined, activity: unknown) {
  const before = bot.logger.entries.length;
  const response = await fetch(bot.messagesUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization === undefined ? {} : { authorization }) },
    body: JSON.stringify(activity),
  });
  return { status: response.status, body: await response.json(), logged: bot.logger.entries.slice(before) };
}

function expectRefusedQuietly(result: Awaited<ReturnType<typeof postWith>>, authorization: 'missing' | 'present') {
  expect(result.status).toBe(401);
  expect(result.body).toEqual({ error: 'Unauthorized' });
  expect(result.logged).toEqual([{ level: 'warn', msg: REFUSED, obj: { reason: expect.any(String), authorization } }]);
  expect(consoleError).not.toHaveBeenCalled();
  expect(stderrWrite).not.toHaveBeenCalled();
}

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

  it('answers a request without a token with a generic 401, logs it once as a warning, and writes nothing to stderr', async () => {
    const message = personalMessage({ serviceUrl: connector.serviceUrl, user: newUser() }, 'hjælp');

    expectRefusedQuietly(await postWith(undefined, message), 'missing');
  });

  it('answers a forged token with a generic 401, logs it once as a warning, and writes nothing to stderr', async () => {
    const message = personalMessage({ serviceUrl: connector.serviceUrl, user: newUser() }, 'hjælp');
    const forged = ['eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0', 'eyJhdWQiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwYTEifQ', ''].join('.');

    expectRefusedQuietly(await postWith(`Bearer ${forged}`, message), 'present');
  });

  it('answers an Authorization header that is no Bearer token with the same generic 401', async () => {
    const message = personalMessage({ serviceUrl: connector.serviceUrl, user: newUser() }, 'hjælp');

    expectRefusedQuietly(await postWith('Basic dXNlcjpwYXNzd29yZA==', message), 'present');
    expect(connector.received).toEqual([]);
  });

  it('keeps botbuilder\'s reason in the log and out of the answer', async () => {
    const message = personalMessage({ serviceUrl: connector.serviceUrl, user: newUser() }, 'hjælp');

    const { body, logged } = await postWith(undefined, message);

    expect((logged[0].obj as { reason: string }).reason).toBe('Unauthorized Access. Request is not authorized');
    expect(JSON.stringify(body)).not.toContain('Request is not authorized');
    expect(logged[0].obj).not.toHaveProperty('err');
  });
});
