// Chatting with the bot over real HTTP as a Teams user would in their personal chat: send text (or a
// card button's `value`) and read what the bot wrote back into that chat at the recording connector.
import { personalMessage, TeamsUser } from '../bot/activities';
import { BotServer } from './botServer';
import { RecordedActivity, RecordingConnector } from './recordingConnector';

/** The id of the user's personal chat with the bot, as the test activities name it. */
export function personalChatOf(user: TeamsUser): string {
  return personalMessage({ serviceUrl: '', user }, '').conversation.id;
}

/** Sends `text` (with a button's `value`) and returns the bot's replies in the sender's chat. */
export async function sendInPersonalChat(
  bot: BotServer,
  connector: RecordingConnector,
  user: TeamsUser,
  text: string,
  value?: object,
  locale = 'da-DK',
): Promise<RecordedActivity[]> {
  const activity = { ...personalMessage({ serviceUrl: connector.serviceUrl, user, locale }, text), ...(value ? { value } : {}) };
  const before = connector.activitiesIn(activity.conversation.id).length;
  expect((await bot.post(activity)).status).toBe(200);
  return connector.activitiesIn(activity.conversation.id).slice(before);
}
