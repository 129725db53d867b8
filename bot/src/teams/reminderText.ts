/** A reminder as the person reads it: the text of its kind, in their language, and how to pause reminders. */
import { DateTime } from 'luxon';
import { ReminderNotice } from '../application/ports';
import { Language } from '../cards';
import { PROGRAMME_TIME_ZONE } from '../domain/calendar';
import { CONVERSATION_KIND_LABELS } from '../domain/labels';
import { LocalizedText } from '../domain/localizedText';
import { BOT_MESSAGE_TEXTS } from './botMessageTexts';

const NOTHING: LocalizedText = { da: '', en: '' };

export function reminderText(notice: ReminderNotice, language: Language): string {
  const body = BOT_MESSAGE_TEXTS.reminders[notice.reminder]({
    trainee: notice.traineeName,
    date: notice.date ? { da: formatDate(notice.date, 'da'), en: formatDate(notice.date, 'en') } : NOTHING,
    conversation: notice.conversationKind ? CONVERSATION_KIND_LABELS[notice.conversationKind] : NOTHING,
  });
  return `${body[language]}\n\n${BOT_MESSAGE_TEXTS.reminderFooter[language]}`;
}

/** "3. marts 2026" / "3 March 2026". */
function formatDate(date: string, language: Language): string {
  const day = DateTime.fromISO(date, { zone: PROGRAMME_TIME_ZONE }).setLocale(language);
  return day.toFormat(language === 'da' ? "d'.' MMMM yyyy" : 'd MMMM yyyy');
}
