/**
 * Calendar maths in Aarhus' time zone. Instants are stored as UTC ISO strings; calendar dates
 * (YYYY-MM-DD) are the dates people in Denmark see.
 */
import { DateTime } from 'luxon';

export const PROGRAMME_TIME_ZONE = 'Europe/Copenhagen';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date as YYYY-MM-DD that exists (no 2025-02-30). Plain arithmetic rather than a luxon
 * parse: loading a programme checks every date in it, and this is some hundred times faster.
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidInstant(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/** The date in Denmark at an instant: 2025-03-31T22:30Z is 2025-04-01 in Aarhus. */
export function calendarDate(at: Date): string {
  return DateTime.fromJSDate(at, { zone: PROGRAMME_TIME_ZONE }).toISODate() as string;
}

/** Adds calendar months, clamping to the month's end (2025-01-31 + 1 month = 2025-02-28). */
export function addMonths(date: string, months: number): string {
  return DateTime.fromISO(date, { zone: PROGRAMME_TIME_ZONE }).plus({ months }).toISODate() as string;
}

/** The last day of a period of whole months starting on `start` (12 months from 2025-02-01 ends 2026-01-31). */
export function lastDayOfPeriod(start: string, months: number): string {
  const key = `${start}|${months}`;
  let last = periodEnds.get(key);
  if (last === undefined) {
    last = DateTime.fromISO(start, { zone: PROGRAMME_TIME_ZONE }).plus({ months }).minus({ days: 1 }).toISODate() as string;
    if (periodEnds.size >= MAX_REMEMBERED_PERIOD_ENDS) periodEnds.clear();
    periodEnds.set(key, last);
  }
  return last;
}

/**
 * Period ends already worked out: a cohort list asks for a thousand of them on every read, and
 * the time-zone arithmetic costs far more than the look-up. Few distinct periods exist; bounded anyway.
 */
const periodEnds = new Map<string, string>();
const MAX_REMEMBERED_PERIOD_ENDS = 10_000;

/**
 * An instant as people in Denmark read it, in Aarhus' time zone: "11. januar 2025 kl. 10.00" in
 * Danish, "11 January 2025 at 10:00" in English.
 */
export function formatDateTime(instant: string, locale: 'da' | 'en'): string {
  const time = DateTime.fromISO(instant, { zone: PROGRAMME_TIME_ZONE }).setLocale(locale);
  return locale === 'da' ? time.toFormat("d'.' MMMM yyyy 'kl.' HH'.'mm") : time.toFormat("d MMMM yyyy 'at' HH:mm");
}
