/** A reminder as the person reads it: the text of its kind, in their language, and how to pause reminders. */
import { DateTime } from 'luxon';
import { ReminderNotice } from '../application/ports';
import { Language, textsFor } from '../cards';
import { PROGRAMME_TIME_ZONE } from '../domain/calendar';
import { CONVERSATION_KIND_LABELS } from '../domain/labels';

export function reminderText(notice: ReminderNotice, language: Language): string {
  const texts = textsFor(language).reminders;
  const conversation = notice.conversationKind ? CONVERSATION_KIND_LABELS[notice.conversationKind][language] : '';
  const body = texts[notice.reminder]
    .replace('{trainee}', notice.traineeName)
    .replace('{date}', notice.date ? formatDate(notice.date, language) : '')
    .replace('{conversation}', language === 'en' ? conversation.toLowerCase() : conversation);
  return `${body}\n\n${texts.footer}`;
}

/** "3. marts 2026" / "3 March 2026". */
function formatDate(date: string, language: Language): string {
  const day = DateTime.fromISO(date, { zone: PROGRAMME_TIME_ZONE }).setLocale(language);
  return day.toFormat(language === 'da' ? "d'.' MMMM yyyy" : 'd MMMM yyyy');
}
