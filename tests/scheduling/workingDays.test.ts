// Which days the bot may propose: Monday to Friday, not a Danish public holiday, not a day the
// municipality customarily gives off. Store Bededag was abolished as a public holiday from 2024.
import { holidayName, isWorkingDay, proposeSlots } from '../../bot/src/scheduling';
import { DateTime } from 'luxon';

const localDate = (d: Date) => DateTime.fromJSDate(d, { zone: 'Europe/Copenhagen' }).toISODate();

test.each([
  ['2027-03-25', 'Skærtorsdag'],
  ['2027-03-26', 'Langfredag'],
  ['2027-03-29', 'Anden påskedag'],
  ['2027-05-06', 'Kristi Himmelfartsdag'],
  ['2027-05-17', 'Anden Pinsedag'],
  ['2026-12-25', 'Juledag'],
  ['2026-12-26', 'Anden Juledag'],
  ['2027-01-01', 'Nytårsdag'],
])('%s (%s) is a public holiday, not a working day, and is named in Danish', (date, name) => {
  expect(isWorkingDay(date)).toBe(false);
  expect(holidayName(date)?.da).toBe(name);
});

test.each([
  ['2026-06-05', 'Grundlovsdag', 'Constitution Day'],
  ['2026-12-24', 'Juleaftensdag', 'Christmas Eve'],
  ['2026-12-31', 'Nytårsaftensdag', "New Year's Eve"],
])('%s (%s) is a day off in the municipality, so no working day', (date, da, en) => {
  expect(isWorkingDay(date)).toBe(false);
  expect(holidayName(date)).toEqual({ da, en });
});

test('holiday names come in English too', () => {
  expect(holidayName('2027-03-26')).toEqual({ da: 'Langfredag', en: 'Good Friday' });
});

test('Store Bededag (the 4th Friday after Easter) is a working day from 2024: 16 May 2025 and 1 May 2026', () => {
  expect(isWorkingDay('2025-05-16')).toBe(true);
  expect(holidayName('2025-05-16')).toBeUndefined();
  expect(isWorkingDay('2026-05-01')).toBe(true);
});

test('Store Bededag was still a day off in 2023 (5 May 2023)', () => {
  expect(isWorkingDay('2023-05-05')).toBe(false);
  expect(holidayName('2023-05-05')?.da).toBe('Store Bededag');
});

test('an ordinary weekday is a working day and a weekend day is not, though neither has a holiday name', () => {
  expect(isWorkingDay('2026-09-08')).toBe(true);
  expect(isWorkingDay('2026-09-12')).toBe(false);
  expect(isWorkingDay('2026-09-13')).toBe(false);
  expect(holidayName('2026-09-12')).toBeUndefined();
});

test('a malformed date is refused rather than guessed', () => {
  expect(() => isWorkingDay('2026-02-30')).toThrow(RangeError);
  expect(() => holidayName('5. juni')).toThrow(RangeError);
});

test('no proposal around Easter 2027 falls on Skærtorsdag, Langfredag or 2. påskedag', () => {
  const slots = proposeSlots({ now: new Date('2027-03-22T09:00:00Z'), durationMinutes: 60, busy: [], count: 10, horizonDays: 14 });
  const dates = slots.map((s) => localDate(s.start));
  for (const holiday of ['2027-03-25', '2027-03-26', '2027-03-29']) expect(dates).not.toContain(holiday);
  expect(slots.length).toBeGreaterThanOrEqual(3);
});

test('no proposal in Christmas week falls on 24, 25, 26 or 31 December or 1 January', () => {
  const slots = proposeSlots({ now: new Date('2026-12-21T09:00:00Z'), durationMinutes: 60, busy: [], count: 10, horizonDays: 14 });
  const dates = slots.map((s) => localDate(s.start));
  for (const day of ['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-31', '2027-01-01']) expect(dates).not.toContain(day);
  expect(dates).toEqual(expect.arrayContaining(['2026-12-22', '2026-12-23']));
});

test('no proposal falls on Kristi himmelfartsdag or 2. pinsedag 2027, or on Grundlovsdag 2026', () => {
  const may = proposeSlots({ now: new Date('2027-05-03T09:00:00Z'), durationMinutes: 60, busy: [], count: 10, horizonDays: 21 });
  const june = proposeSlots({ now: new Date('2026-06-01T09:00:00Z'), durationMinutes: 60, busy: [], count: 10, horizonDays: 7 });
  const dates = [...may, ...june].map((s) => localDate(s.start));
  for (const day of ['2027-05-06', '2027-05-17', '2026-06-05']) expect(dates).not.toContain(day);
  for (const date of dates) expect(isWorkingDay(date as string)).toBe(true);
});
