/** Turns what the user typed into the text the command router matches on. */
import { TurnContext } from 'botbuilder';

/**
 * The message text without the bot's own @mention (Teams puts `<at>Ledertrainee</at>` in front of
 * every channel and group-chat message to the bot), normalised by `normaliseCommandText`.
 */
export function commandTextOf(context: TurnContext): string {
  return normaliseCommandText(withoutBotMention(context));
}

/** Trimmed, lower-cased, single-spaced, without the full stop or exclamation mark some people add. */
export function normaliseCommandText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('da-DK')
    .replace(/[.!]+$/, '')
    .trim();
}

function withoutBotMention(context: TurnContext): string {
  const activity = context.activity;
  if (typeof activity.text !== 'string') return '';
  if (!activity.recipient?.id) return activity.text;
  try {
    return TurnContext.removeRecipientMention(activity) ?? '';
  } catch {
    // A malformed mention entity (no `mentioned`, no `type`) should not cost the user an answer.
    return activity.text;
  }
}
