// A Teams group chat over real HTTP: the activities Teams sends when someone adds the bot to a group
// chat and when someone writes to it there (an @mention, or a card button), shaped as on the wire —
// conversation { conversationType: 'groupChat', isGroup, id: '19:…@thread.v2', tenantId },
// channelData { tenant } — and what the bot wrote back into that chat at the recording connector.
import { randomBytes } from 'node:crypto';
import { BOT, TENANT_ID, TeamsUser } from '../bot/activities';
import { BotServer } from '../support/botServer';
import { RecordedActivity, RecordingConnector } from '../support/recordingConnector';

export interface GroupChat {
  id: string;
  conversationType: 'groupChat';
  isGroup: true;
  tenantId: string;
}

/** A new group chat id, as Teams makes them. */
export function newGroupChat(): GroupChat {
  return { id: `19:${randomBytes(16).toString('hex')}@thread.v2`, conversationType: 'groupChat', isGroup: true, tenantId: TENANT_ID };
}

function base(serviceUrl: string, chat: GroupChat, from: TeamsUser, locale: string) {
  return {
    id: `f:${Date.now()}${Math.floor(Math.random() * 1e6)}`,
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from,
    conversation: chat,
    recipient: BOT,
    locale,
    channelData: { tenant: { id: TENANT_ID } },
  };
}

/** Sent when `from` adds the bot to the group chat: the bot is the member added. */
export function botAddedToGroupChat(serviceUrl: string, chat: GroupChat, from: TeamsUser, locale = 'da-DK') {
  return { ...base(serviceUrl, chat, from, locale), type: 'conversationUpdate', membersAdded: [{ id: BOT.id }] };
}

/** A message in the group chat that @mentions the bot (Teams delivers only those), or a card button's `value`. */
export function groupChatMessage(serviceUrl: string, chat: GroupChat, from: TeamsUser, text: string, value?: object, locale = 'da-DK') {
  const mention = `<at>${BOT.name}</at>`;
  return {
    ...base(serviceUrl, chat, from, locale),
    id: `1${Date.now()}${Math.floor(Math.random() * 1000)}`,
    type: 'message',
    textFormat: 'plain',
    text: value ? '' : `${mention} ${text}`,
    entities: value ? [] : [{ type: 'mention', text: mention, mentioned: BOT }],
    ...(value ? { value } : {}),
  };
}

/** Posts an activity into the chat and returns what the bot wrote there in answer. */
export async function inGroupChat(bot: BotServer, connector: RecordingConnector, chat: GroupChat, activity: object): Promise<RecordedActivity[]> {
  const before = connector.activitiesIn(chat.id).length;
  const response = await bot.post(activity);
  if (response.status !== 200) throw new Error(`The bot answered ${response.status}`);
  return connector.activitiesIn(chat.id).slice(before);
}
