// Bot Framework activities shaped as Teams sends them (ids, channelData and entities as on the
// wire), pointed at a recording connector through serviceUrl.
import { randomUUID } from 'node:crypto';

export const BOT = { id: '28:00000000-0000-0000-0000-00000000b07', name: 'Ledertrainee' };
export const TENANT_ID = '11111111-2222-3333-4444-555555555555';

export interface TeamsUser {
  id: string;
  name: string;
  aadObjectId?: string;
}

/** A person of ours (the demo's, a directory entry) as Teams names them in activities. */
export function asTeamsUser(person: { id: string; name: string }): TeamsUser {
  return { id: `29:1${person.id.replace(/-/g, '')}`, name: person.name, aadObjectId: person.id };
}

export function newUser(name = 'Anne Andersen'): TeamsUser {
  const aadObjectId = randomUUID();
  return { id: `29:1${aadObjectId.replace(/-/g, '')}`, name, aadObjectId };
}

export interface Where {
  serviceUrl: string;
  user: TeamsUser;
  locale?: string;
}

export interface Conversation {
  id: string;
  conversationType: 'personal' | 'channel' | 'groupChat';
  tenantId: string;
  isGroup?: boolean;
}

function personalConversation(user: TeamsUser): Conversation {
  return { conversationType: 'personal', tenantId: TENANT_ID, id: `a:1${user.id.slice(4)}personal` };
}

function base(where: Where, conversation: Conversation) {
  const locale = where.locale ?? 'da-DK';
  return {
    id: `1${Date.now()}${Math.floor(Math.random() * 1000)}`,
    timestamp: new Date().toISOString(),
    serviceUrl: where.serviceUrl,
    channelId: 'msteams',
    from: where.user,
    conversation,
    recipient: BOT,
    locale,
    entities: [{ type: 'clientInfo', locale, country: locale.slice(3) || 'DK', platform: 'Web', timezone: 'Europe/Copenhagen' }],
    channelData: { tenant: { id: TENANT_ID } },
  };
}

/** A message in the user's personal chat with the bot. */
export function personalMessage(where: Where, text: string) {
  return { ...base(where, personalConversation(where.user)), type: 'message', textFormat: 'plain', text };
}

/** A channel post that @mentions the bot, as Teams delivers it (mention in text and in entities). */
export function channelMessageMentioningBot(where: Where, text: string) {
  const teamId = '19:4f1f7b0e2f4a4b8c9c3d2e1f0a9b8c7d@thread.tacv2';
  const activity = base(where, {
    isGroup: true,
    conversationType: 'channel',
    tenantId: TENANT_ID,
    id: `${teamId};messageid=${Date.now()}`,
  });
  const mention = `<at>${BOT.name}</at>`;
  return {
    ...activity,
    type: 'message',
    textFormat: 'plain',
    text: `${mention} ${text}`,
    entities: [...activity.entities, { type: 'mention', text: mention, mentioned: BOT }],
    channelData: {
      ...activity.channelData,
      teamsTeamId: teamId,
      teamsChannelId: teamId,
      team: { id: teamId },
      channel: { id: teamId },
    },
  };
}

/** Sent when the user installs the app for themselves: the bot is the member added. */
export function personalInstall(where: Where, membersAdded: Array<{ id: string }> = [{ id: BOT.id }]) {
  const { entities: _entities, ...activity } = base(where, personalConversation(where.user));
  return { ...activity, type: 'conversationUpdate', membersAdded };
}

/** The installationUpdate Teams sends next to the conversationUpdate on install. */
export function installationUpdate(where: Where) {
  const { entities: _entities, ...activity } = base(where, personalConversation(where.user));
  return { ...activity, type: 'installationUpdate', action: 'add' };
}

/** Someone else joins a team the app is already installed in. */
export function teamMemberAdded(where: Where, member: TeamsUser) {
  const teamId = '19:aa00bb11cc22dd33ee44ff5566778899@thread.tacv2';
  const { entities: _entities, ...activity } = base(where, { isGroup: true, conversationType: 'channel', tenantId: TENANT_ID, id: teamId });
  return {
    ...activity,
    type: 'conversationUpdate',
    membersAdded: [{ id: member.id, aadObjectId: member.aadObjectId }],
    channelData: { ...activity.channelData, eventType: 'teamMemberAdded', team: { id: teamId } },
  };
}

/** The same activity as if it came from another Entra tenant (both places Teams names the tenant). */
export function inTenant<T extends { conversation: Conversation; channelData: object }>(activity: T, tenantId: string): T {
  return {
    ...activity,
    conversation: { ...activity.conversation, tenantId },
    channelData: { ...activity.channelData, tenant: { id: tenantId } },
  };
}

/** An invoke, e.g. an Adaptive Card's Action.Execute ("adaptiveCard/action"), in the personal chat. */
export function personalInvoke(where: Where, name: string, value?: unknown) {
  return { ...base(where, personalConversation(where.user)), type: 'invoke', name, ...(value === undefined ? {} : { value }) };
}
