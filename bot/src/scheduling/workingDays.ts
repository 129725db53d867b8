/**
 * Which days are working days in Aarhus Kommune, for booking the programme's conversations.
 *
 * A working day is Monday to Friday, in Europe/Copenhagen, that is not a day off. Days off are:
 * - every Danish public holiday (helligdag) as the maintained `date-holidays` library knows them
 *   (type `public` for country DK): nytårsdag, skærtorsdag, langfredag, påskedag, 2. påskedag,
 *   Kristi himmelfartsdag, pinsedag, 2. pinsedag, juledag, 2. juledag — and Store Bededag up to and
 *   including 2023 only: it was abolished as a public holiday from 2024 (the library knows this), so
 *   the fourth Friday after Easter is an ordinary working day from 2024 on;
 * - the days the municipality customarily gives off although they are not public holidays
 *   (`CUSTOMARY_DAYS_OFF`): grundlovsdag (5 June), juleaftensdag (24 December) and nytårsaftensdag
 *   (31 December). The library lists the first two only as observances and the last not at all.
 * 1 May is a working day: the library has it as an observance, and it is not a general day off for
 *   municipal staff (some agreements give the afternoon off; we do not guess whose).
 *
 * Pure: no I/O; the holidays of a year are computed once and kept.
 */
import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import { isIsoDate, PROGRAMME_TIME_ZONE } from '../domain/calendar';
import { LocalizedText } from '../domain/localizedText';

/** Days off that are not public holidays, by month and day, with their names. */
export const CUSTOMARY_DAYS_OFF: Readonly<Record<string, LocalizedText>> = {
  '06-05': { da: 'Grundlovsdag', en: 'Constitution Day' },
  '12-24': { da: 'Juleaftensdag', en: 'Christmas Eve' },
  '12-31': { da: 'Nytårsaftensdag', en: "New Year's Eve" },
};

const danishHolidays = new Holidays('DK', { languages: ['da', 'en'], types: ['public'] });

/** Days off of a year: YYYY-MM-DD → name. Built once per year asked for. */
const daysOffByYear = new Map<number, ReadonlyMap<string, LocalizedText>>();

function daysOff(year: number): ReadonlyMap<string, LocalizedText> {
  const known = daysOffByYear.get(year);
  if (known) return known;
  const days = new Map<string, LocalizedText>();
  for (const [monthDay, name] of Object.entries(CUSTOMARY_DAYS_OFF)) days.set(`${year}-${monthDay}`, name);
  const english = new Map(danishHolidays.getHolidays(year, 'en').map((h) => [h.date.slice(0, 10), h.name]));
  for (const holiday of danishHolidays.getHolidays(year, 'da')) {
    if (holiday.type !== 'public') continue;
    const date = holiday.date.slice(0, 10);
    days.set(date, { da: holiday.name, en: english.get(date) ?? holiday.name });
  }
  daysOffByYear.set(year, days);
  return days;
}

function requireDate(date: string): DateTime {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return DateTime.fromISO(date, { zone: PROGRAMME_TIME_ZONE });
}

/**
 * The name of the day off on a date (YYYY-MM-DD), Danish and English — a public holiday or a
 * customary day off — or undefined on any other day (a weekend is not named). For messages such as
 * "Den 14. maj 2026 er Kristi Himmelfartsdag".
 */
export function holidayName(date: string): LocalizedText | undefined {
  const day = requireDate(date);
  return daysOff(day.year).get(date);
}

/** Monday to Friday and not a day off (see the module comment). Throws RangeError on a malformed date. */
export function isWorkingDay(date: string): boolean {
  const day = requireDate(date);
  return day.weekday <= 5 && !daysOff(day.year).has(date);
}
