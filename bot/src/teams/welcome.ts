/** When the bot introduces itself, and how. */
import { Activity, TurnContext } from 'botbuilder';
import { Language, renderWelcomeCard } from '../cards';
import { cardMessage } from './replies';

/**
 * True when a conversationUpdate means "the app was just installed here": the bot itself is among
 * the members added (any scope), or, in a personal chat, the user is. One activity may name both
 * (local tools add user and bot together), and the answer is still a single welcome. Other people
 * joining a team or group chat later do not get one: the bot does not talk to them unasked.
 * Teams also sends an installationUpdate on install; it is deliberately not a trigger, so the
 * welcome is not sent twice. The bot added to a group chat is asked about first (bot.ts): there it
 * does not welcome but asks which programme the chat is for (programmeChatCommand.ts).
 */
export function isInstallation(activity: Partial<Activity>): boolean {
  const added = activity.membersAdded ?? [];
  const botId = activity.recipient?.id;
  if (added.some((member) => member.id === botId)) return true;
  const personal = (activity.conversation?.conversationType ?? 'personal') === 'personal';
  return personal && added.length > 0;
}

export async function sendWelcome(context: TurnContext, language: Language): Promise<void> {
  await context.sendActivity(cardMessage(renderWelcomeCard({ language })));
}
