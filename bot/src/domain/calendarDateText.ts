/** A calendar date as Danish and English readers write it, for every text that names a day. */
import { LocalizedText } from './localizedText';

const MONTH_NAMES: readonly LocalizedText[] = [
  { da: 'januar', en: 'January' },
  { da: 'februar', en: 'February' },
  { da: 'marts', en: 'March' },
  { da: 'april', en: 'April' },
  { da: 'maj', en: 'May' },
  { da: 'juni', en: 'June' },
  { da: 'juli', en: 'July' },
  { da: 'august', en: 'August' },
  { da: 'september', en: 'September' },
  { da: 'oktober', en: 'October' },
  { da: 'november', en: 'November' },
  { da: 'december', en: 'December' },
];

/** "2026-03-01" → "1. marts 2026" / "1 March 2026"; anything else as it is, in both languages. */
export function calendarDateText(date: string): LocalizedText {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? MONTH_NAMES[Number(match[2]) - 1] : undefined;
  if (!match || !month) return { da: date, en: date };
  const day = Number(match[3]);
  return { da: `${day}. ${month.da} ${match[1]}`, en: `${day} ${month.en} ${match[1]}` };
}
