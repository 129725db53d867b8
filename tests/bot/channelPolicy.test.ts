// Only Teams, only our tenant, only signed-in organisation users. In production the endpoint
// answers Microsoft Teams activities from the allowed Entra tenants whose sender carries an Entra
// object id; anything else is acknowledged quietly (200, empty body), answered with nothing,
// remembered nowhere, and logged. The policy is independent of bot authentication, so these tests
// turn it on over plain HTTP with authentication off.
import { TableStorage } from '../../bot/src/storage';
import { LOCAL_CHANNEL_POLICY } from '../../bot/src/teams';
import { DEMO_TENANT_ID } from '../../bot/src/demo/demoPeople';
import { azuriteStorage, BotServer, LogEntry, startBotServer } from '../support/botServer';
import { RecordingConnector, startRecordingConnector } from '../support/recordingConnector';
import { inTenant, newUser, personalInstall, personalInvoke, personalMessage, TENANT_ID, TeamsUser } from './activities';
import { cardOf } from './cardOf';
import { visibleText } from '../cards/cardInspection';

const OTHER_TENANT_ID = '99999999-8888-7777-6666-555555555555';
const IGNORED = 'Ignored an activity that may not act here';

let connector: RecordingConnector;
let storage: TableStorage;
let bot: BotServer;

beforeAll(async () => {
  storage = await azuriteStorage('botpolicy');
  connector = await startRecordingConnector();
  bot = await startBotServer({
    conversationReferences: storage.conversationReferences,
    channelPolicy: { requireTeams: true, allowedTenantIds: [TENANT_ID] },
  });
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

interface Sent {
  id: string;
  text?: string;
  conversation: { id: string };
}

/** Posts the activity and returns the HTTP answer and what was logged meanwhile. */
async function post(server: BotServer, activity: Sent) {
  const before = server.logger.entries.length;
  const response = await server.post(activity);
  return { status: response.status, body: await response.text(), logged: server.logger.entries.slice(before) };
}

async function expectIgnored(activity: Sent, user: TeamsUser, why: Record<string, unknown>): Promise<LogEntry> {
  const { status, body, logged } = await post(bot, activity);

  // Quiet success for the channel: nothing to retry, nothing to show the sender.
  expect(status).toBe(200);
  expect(body).toBe('');
  expect(connector.activitiesIn(activity.conversation.id)).toEqual([]);
  expect(await storage.conversationReferences.listForUser(user.aadObjectId ?? user.id)).toEqual([]);
  expect(await storage.conversationReferences.listForUser(user.id)).toEqual([]);
  expect(logged).toEqual([{ level: 'warn', msg: IGNORED, obj: expect.objectContaining({ activityId: activity.id, ...why }) }]);
  if (activity.text) expect(JSON.stringify(logged)).not.toContain(activity.text);
  return logged[0];
}

describe('in production (Teams only, allowed tenants only)', () => {
  it('answers a Teams message from the allowed tenant, and remembers the conversation under the sender\'s Entra object id', async () => {
    const user = newUser();
    const message = personalMessage({ serviceUrl: connector.serviceUrl, user }, 'hjælp');

    const { status, logged } = await post(bot, message);

    expect(status).toBe(200);
    const replies = connector.activitiesIn(message.conversation.id);
    expect(replies).toHaveLength(1);
    expect(visibleText(cardOf(replies[0]))).toContain('Det kan du skrive til mig');
    const references = await storage.conversationReferences.listForUser(user.aadObjectId!);
    expect(references).toHaveLength(1);
    expect(references[0].conversation).toEqual(expect.objectContaining({ id: message.conversation.id, tenantId: TENANT_ID }));
    expect(logged).toEqual([]);
  });

  it('ignores a Web Chat message: no reply, nothing stored, a warning naming the channel, tenant and activity but not the text', async () => {
    const user = newUser();
    const message = { ...personalMessage({ serviceUrl: connector.serviceUrl, user }, 'hjælp mig med min hemmelighed'), channelId: 'webchat' };

    await expectIgnored(message, user, { reason: 'notTeams', channelId: 'webchat', tenantId: TENANT_ID });
  });

  it('ignores a Teams message from another tenant: no reply, nothing stored, a warning', async () => {
    const user = newUser();
    const message = inTenant(personalMessage({ serviceUrl: connector.serviceUrl, user }, 'hjælp fra en anden lejer'), OTHER_TENANT_ID);

    await expectIgnored(message, user, { reason: 'tenantNotAllowed', channelId: 'msteams', tenantId: OTHER_TENANT_ID });
  });

  it('ignores a Teams message that names no tenant at all', async () => {
    const user = newUser();
    const { channelData: _channelData, ...message } = personalMessage({ serviceUrl: connector.serviceUrl, user }, 'hjælp');
    const withoutTenant = { ...message, conversation: { ...message.conversation, tenantId: undefined } };

    await expectIgnored(withoutTenant, user, { reason: 'tenantNotAllowed' });
  });

  it('ignores an activity whose channel data and conversation name different tenants', async () => {
    const user = newUser();
    const message = personalMessage({ serviceUrl: connector.serviceUrl, user }, 'hjælp');
    const mixed = { ...message, conversation: { ...message.conversation, tenantId: OTHER_TENANT_ID } };

    await expectIgnored(mixed, user, { reason: 'tenantMismatch' });
  });

  it('ignores a message from a sender without an Entra object id (not a signed-in organisation user): no reply, nothing stored, a warning', async () => {
    const user: TeamsUser = { id: `29:anonymous-${Date.now()}`, name: 'Gæst' };
    const message = personalMessage({ serviceUrl: connector.serviceUrl, user }, 'hjælp');

    await expectIgnored(message, user, { reason: 'noEntraUser', channelId: 'msteams', tenantId: TENANT_ID });
  });

  it('does not welcome someone from another tenant who installs the app', async () => {
    const user = newUser();
    const install = inTenant(personalInstall({ serviceUrl: connector.serviceUrl, user }), OTHER_TENANT_ID);

    await expectIgnored(install, user, { reason: 'tenantNotAllowed', activityType: 'conversationUpdate' });
  });

  it('answers a card action (invoke) from another tenant with an empty 200, not with the bot\'s invoke response', async () => {
    const user = newUser();
    const invoke = inTenant(personalInvoke({ serviceUrl: connector.serviceUrl, user }, 'adaptiveCard/action'), OTHER_TENANT_ID);

    await expectIgnored(invoke, user, { reason: 'tenantNotAllowed', activityType: 'invoke' });
  });

  it('files the conversation under the Entra object id, never under the id the client puts in from.id', async () => {
    const victim = newUser('Vera Offer');
    const sender = { ...newUser('Mallory'), id: victim.aadObjectId! };
    const message = personalMessage({ serviceUrl: connector.serviceUrl, user: sender }, 'hjælp');

    expect((await bot.post(message)).status).toBe(200);

    expect(await storage.conversationReferences.listForUser(victim.aadObjectId!)).toEqual([]);
    expect(await storage.conversationReferences.listForUser(sender.aadObjectId!)).toHaveLength(1);
  });

  it('matches tenant ids whatever their letter case', async () => {
    const upper = await startBotServer({
      conversationReferences: storage.conversationReferences,
      channelPolicy: { requireTeams: true, allowedTenantIds: [TENANT_ID.toUpperCase()] },
    });
    try {
      const message = inTenant(personalMessage({ serviceUrl: connector.serviceUrl, user: newUser() }, 'hjælp'), TENANT_ID.toUpperCase());
      await upper.post(message);
      expect(connector.activitiesIn(message.conversation.id)).toHaveLength(1);
    } finally {
      await upper.close();
    }
  });

  it('refuses to start Teams-only with no allowed tenant, rather than ignore everyone', async () => {
    await expect(
      startBotServer({ conversationReferences: storage.conversationReferences, channelPolicy: { requireTeams: true, allowedTenantIds: [] } }),
    ).rejects.toThrow(/allowed tenant/);
  });
});

describe('in local mode (gate off)', () => {
  let local: BotServer;

  beforeAll(async () => {
    local = await startBotServer({ conversationReferences: storage.conversationReferences, channelPolicy: LOCAL_CHANNEL_POLICY });
  });

  afterAll(async () => {
    await local?.close();
  });

  it('answers the Agents Playground\'s demo tenant, and any other channel a local tool uses', async () => {
    for (const message of [
      inTenant(personalMessage({ serviceUrl: connector.serviceUrl, user: newUser() }, 'hjælp'), DEMO_TENANT_ID),
      { ...personalMessage({ serviceUrl: connector.serviceUrl, user: newUser() }, 'hjælp'), channelId: 'emulator' },
    ]) {
      await local.post(message);
      expect(connector.activitiesIn(message.conversation.id)).toHaveLength(1);
    }
  });

  it('still ignores a sender without an Entra object id: nobody is acting', async () => {
    const user: TeamsUser = { id: `29:local-${Date.now()}`, name: 'Local Tester' };
    const message = personalMessage({ serviceUrl: connector.serviceUrl, user }, 'hjælp');

    const { status, logged } = await post(local, message);

    expect(status).toBe(200);
    expect(connector.activitiesIn(message.conversation.id)).toEqual([]);
    expect(await storage.conversationReferences.listForUser(user.id)).toEqual([]);
    expect(logged).toEqual([{ level: 'warn', msg: IGNORED, obj: expect.objectContaining({ reason: 'noEntraUser' }) }]);
  });
});
