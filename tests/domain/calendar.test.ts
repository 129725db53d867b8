import { DateTime } from 'luxon';
import { addMonths, calendarDate, isIsoDate, lastDayOfPeriod } from '../../bot/src/domain/calendar';

describe('calendar dates in Aarhus (Europe/Copenhagen)', () => {
  it('the date is the date in Denmark, not in UTC', () => {
    expect(calendarDate(new Date('2025-03-31T22:30:00Z'))).toBe('2025-04-01');
    expect(calendarDate(new Date('2025-01-31T22:59:00Z'))).toBe('2025-01-31');
    expect(calendarDate(new Date('2025-01-31T23:00:00Z'))).toBe('2025-02-01');
  });

  it('adding months keeps to the end of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-03-15', 12)).toBe('2026-03-15');
  });

  it('a period of whole months ends the day before', () => {
    expect(lastDayOfPeriod('2025-09-01', 12)).toBe('2026-08-31');
  });

  it('only real dates in YYYY-MM-DD are dates', () => {
    expect(isIsoDate('2025-02-28')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-2-28')).toBe(false);
    expect(isIsoDate('2025-02-28T10:00')).toBe(false);
    expect(isIsoDate(20250228)).toBe(false);
  });

  it('a date is a date exactly when the calendar (luxon) says so, leap years included', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    for (const year of [1900, 1999, 2000, 2023, 2024, 2025, 2100]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect([text, isIsoDate(text)]).toEqual([text, DateTime.fromISO(text, { zone: 'Europe/Copenhagen' }).isValid]);
        }
      }
    }
  });
});
