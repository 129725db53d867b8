/** A reminder as the person reads it: the text of its kind, in their language, and how to pause reminders. */
import { ReminderNotice } from '../application/ports';
import { Language } from '../cards';
import { calendarDateText } from '../domain/calendarDateText';
import { CONVERSATION_KIND_LABELS } from '../domain/labels';
import { LocalizedText } from '../domain/localizedText';
import { BOT_MESSAGE_TEXTS } from './botMessageTexts';

const NOTHING: LocalizedText = { da: '', en: '' };

export function reminderText(notice: ReminderNotice, language: Language): string {
  const body = BOT_MESSAGE_TEXTS.reminders[notice.reminder]({
    trainee: notice.traineeName,
    date: notice.date ? calendarDateText(notice.date) : NOTHING,
    conversation: notice.conversationKind ? CONVERSATION_KIND_LABELS[notice.conversationKind] : NOTHING,
    isFollowUp: notice.conversationKind === 'followUp',
  });
  return `${body[language]}\n\n${BOT_MESSAGE_TEXTS.reminderFooter[language]}`;
}
