/** Calendar dates on the cards, as Danish and English readers write them. */
import { calendarDateText } from '../domain/calendarDateText';
import { Language } from './language';

/** "2026-03-01" → "1. marts 2026" / "1 March 2026"; anything else as it is. */
export function formatDate(date: string, language: Language): string {
  return calendarDateText(date)[language];
}
