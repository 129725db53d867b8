/**
 * Calendar maths in Aarhus' time zone. Instants are stored as UTC ISO strings; calendar dates
 * (YYYY-MM-DD) are the dates people in Denmark see.
 */
import { DateTime } from 'luxon';

export const PROGRAMME_TIME_ZONE = 'Europe/Copenhagen';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value) && DateTime.fromISO(value, { zone: PROGRAMME_TIME_ZONE }).isValid;
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
  return DateTime.fromISO(start, { zone: PROGRAMME_TIME_ZONE }).plus({ months }).minus({ days: 1 }).toISODate() as string;
}
