/** Calendar dates on the nomination cards, as Danish and English readers write them. */
import { Language } from './language';

const MONTHS: Readonly<Record<Language, readonly string[]>> = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "2026-03-01" → "1. marts 2026" / "1 March 2026"; anything else as it is. */
export function formatDate(date: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  const name = MONTHS[language][Number(month) - 1];
  return language === 'da' ? `${Number(day)}. ${name} ${year}` : `${Number(day)} ${name} ${year}`;
}
