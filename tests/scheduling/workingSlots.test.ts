// The times the bot proposes for a conversation: at least three, in the next three weeks, on working
// days 08:00–16:00 Copenhagen time, spread over several days, never clashing with a conversation any
// participant already has — and right on both sides of a daylight-saving change.
import { DateTime } from 'luxon';
import {
  BUSY_BUFFER_MINUTES,
  checkSlot,
  freeSlotsOn,
  Interval,
  isWorkingDay,
  proposeSlots,
  Slot,
} from '../../bot/src/scheduling';

const ZONE = 'Europe/Copenhagen';
const local = (d: Date) => DateTime.fromJSDate(d, { zone: ZONE });
const localText = (d: Date) => local(d).toFormat('yyyy-MM-dd HH:mm');
/** A Copenhagen wall-clock time as an instant. */
const at = (text: string) => DateTime.fromFormat(text, 'yyyy-MM-dd HH:mm', { zone: ZONE }).toJSDate();
const busyLocal = (from: string, to: string): Interval => ({ start: at(from), end: at(to) });
const MINUTE = 60_000;

/** Every rule a proposal must keep, checked one by one so a failure says which. */
function expectBookable(slot: Slot, durationMinutes: number, busy: readonly Interval[], now: Date): void {
  const start = local(slot.start);
  const end = local(slot.end);
  expect(slot.end.getTime() - slot.start.getTime()).toBe(durationMinutes * MINUTE);
  expect(isWorkingDay(start.toISODate() as string)).toBe(true);
  expect(start.hour * 60 + start.minute).toBeGreaterThanOrEqual(8 * 60);
  expect(end.toISODate()).toBe(start.toISODate());
  expect(end.hour * 60 + end.minute).toBeLessThanOrEqual(16 * 60);
  expect([0, 30]).toContain(start.minute);
  expect(start.second + start.millisecond).toBe(0);
  expect(start.toISODate()! > local(now).toISODate()!).toBe(true);
  const buffer = BUSY_BUFFER_MINUTES * MINUTE;
  for (const b of busy) {
    const clear = slot.end.getTime() + buffer <= b.start.getTime() || slot.start.getTime() >= b.end.getTime() + buffer;
    expect({ slot: localText(slot.start), busy: localText(b.start), clear }).toEqual(expect.objectContaining({ clear: true }));
  }
}

const MONDAY = new Date('2026-09-07T08:00:00Z'); // 10:00 in Copenhagen

describe('proposing times', () => {
  test('the bot proposes three times within the next three weeks', () => {
    const slots = proposeSlots({ now: MONDAY, durationMinutes: 60, busy: [] });
    expect(slots).toHaveLength(3);
    for (const slot of slots) {
      expect(slot.start.getTime()).toBeGreaterThan(MONDAY.getTime());
      expect(slot.start.getTime()).toBeLessThan(MONDAY.getTime() + 22 * 24 * 60 * MINUTE);
    }
  });

  test('every proposal is on a working day between 08:00 and 16:00 Copenhagen time, on the half hour', () => {
    for (const durationMinutes of [30, 45, 60, 90, 120, 240]) {
      const slots = proposeSlots({ now: MONDAY, durationMinutes, busy: [], count: 10 });
      expect(slots).toHaveLength(10);
      for (const slot of slots) expectBookable(slot, durationMinutes, [], MONDAY);
    }
  });

  test('a whole-day conversation (8 hours) is proposed from 08:00 to 16:00', () => {
    const slots = proposeSlots({ now: MONDAY, durationMinutes: 480, busy: [] });
    expect(slots.map((s) => `${local(s.start).toFormat('HH:mm')}–${local(s.end).toFormat('HH:mm')}`)).toEqual([
      '08:00–16:00',
      '08:00–16:00',
      '08:00–16:00',
    ]);
  });

  test('the three proposals are on three different days, at different times of day', () => {
    const slots = proposeSlots({ now: MONDAY, durationMinutes: 60, busy: [] });
    expect(slots.map((s) => localText(s.start))).toEqual(['2026-09-08 09:00', '2026-09-11 13:00', '2026-09-16 10:00']);
  });

  test('six proposals spread over six different days and more than one week', () => {
    const slots = proposeSlots({ now: MONDAY, durationMinutes: 60, busy: [], count: 6 });
    const days = slots.map((s) => local(s.start).toISODate());
    expect(new Set(days).size).toBe(6);
    expect(new Set(slots.map((s) => local(s.start).weekday)).size).toBeGreaterThanOrEqual(4);
    expect(local(slots[5].start).diff(local(slots[0].start), 'days').days).toBeGreaterThan(7);
  });

  test('nothing is proposed for later today: the earliest proposal is on the next working day', () => {
    const earlyMonday = at('2026-09-07 06:00');
    expect(local(proposeSlots({ now: earlyMonday, durationMinutes: 30, busy: [] })[0].start).toISODate()).toBe('2026-09-08');
    const fridayAfternoon = at('2026-09-11 15:00');
    expect(localText(proposeSlots({ now: fridayAfternoon, durationMinutes: 30, busy: [] })[0].start)).toBe('2026-09-14 09:00');
  });

  test('nothing is proposed beyond the three weeks', () => {
    const slots = proposeSlots({ now: MONDAY, durationMinutes: 60, busy: [], count: 10 });
    for (const slot of slots) expect(local(slot.start).toISODate()! <= '2026-09-28').toBe(true);
    const short = proposeSlots({ now: MONDAY, durationMinutes: 60, busy: [], count: 10, horizonDays: 2 });
    expect(new Set(short.map((s) => local(s.start).toISODate()))).toEqual(new Set(['2026-09-08', '2026-09-09']));
  });

  test('the same request always gives the same proposals, and the busy list is left as it was', () => {
    const busy = [busyLocal('2026-09-08 08:00', '2026-09-08 12:00')];
    const copy = busy.map((b) => ({ ...b }));
    const first = proposeSlots({ now: MONDAY, durationMinutes: 60, busy });
    expect(proposeSlots({ now: MONDAY, durationMinutes: 60, busy })).toEqual(first);
    expect(busy).toEqual(copy);
  });

  test('a request outside the allowed ranges is refused', () => {
    const ok = { now: MONDAY, durationMinutes: 60, busy: [] };
    expect(() => proposeSlots({ ...ok, durationMinutes: 0 })).toThrow(RangeError);
    expect(() => proposeSlots({ ...ok, durationMinutes: 481 })).toThrow(RangeError);
    expect(() => proposeSlots({ ...ok, durationMinutes: 12.5 })).toThrow(RangeError);
    expect(() => proposeSlots({ ...ok, count: 0 })).toThrow(RangeError);
    expect(() => proposeSlots({ ...ok, count: 11 })).toThrow(RangeError);
    expect(() => proposeSlots({ ...ok, horizonDays: 0 })).toThrow(RangeError);
    expect(() => proposeSlots({ ...ok, now: new Date('nope') })).toThrow(RangeError);
    expect(() => proposeSlots({ ...ok, busy: [{ start: at('2026-09-08 10:00'), end: at('2026-09-08 09:00') }] })).toThrow(RangeError);
  });
});

describe('busy participants', () => {
  test('a conversation from 09:00 to 10:00 leaves that morning free only from 10:30 (15 minutes between)', () => {
    const free = freeSlotsOn('2026-09-08', 60, [busyLocal('2026-09-08 09:00', '2026-09-08 10:00')]);
    expect(free.map((s) => local(s.start).toFormat('HH:mm'))).toEqual([
      '10:30', '11:00', '11:30', '12:00', '12:30', '13:00', '13:30', '14:00', '14:30', '15:00',
    ]);
  });

  test('a conversation ending at 08:45 still lets a 09:00 start through, one ending at 08:50 does not', () => {
    const starts = (end: string) =>
      freeSlotsOn('2026-09-08', 30, [busyLocal('2026-09-08 08:00', `2026-09-08 ${end}`)]).map((s) => local(s.start).toFormat('HH:mm'))[0];
    expect(starts('08:45')).toBe('09:00');
    expect(starts('08:50')).toBe('09:30');
  });

  test('no proposal overlaps a conversation that any participant already has', () => {
    const busy = [
      busyLocal('2026-09-08 08:30', '2026-09-08 15:30'), // the leader, Tuesday
      busyLocal('2026-09-11 12:00', '2026-09-11 14:00'), // HR, Friday
      busyLocal('2026-09-11 08:00', '2026-09-11 10:00'), // the trainee, Friday
      busyLocal('2026-09-16 09:00', '2026-09-16 11:00'), // the leader, Wednesday
    ];
    const slots = proposeSlots({ now: MONDAY, durationMinutes: 60, busy, count: 6 });
    expect(slots).toHaveLength(6);
    for (const slot of slots) expectBookable(slot, 60, busy, MONDAY);
    expect(slots.map((s) => localText(s.start))).not.toContain('2026-09-08 09:00');
  });

  test('when everyone is booked but on two days, the bot still proposes three times, two of them on one day', () => {
    const busy: Interval[] = [];
    for (let day = DateTime.fromISO('2026-09-08', { zone: ZONE }); day.toISODate()! <= '2026-09-28'; day = day.plus({ days: 1 })) {
      if (['2026-09-22', '2026-09-24'].includes(day.toISODate()!)) continue;
      busy.push({ start: day.set({ hour: 7 }).toJSDate(), end: day.set({ hour: 17 }).toJSDate() });
    }
    const slots = proposeSlots({ now: MONDAY, durationMinutes: 60, busy });
    expect(slots.map((s) => localText(s.start))).toEqual(['2026-09-22 09:00', '2026-09-22 13:00', '2026-09-24 13:00']);
    for (const slot of slots) expectBookable(slot, 60, busy, MONDAY);
  });

  test('when nobody has a free hour in the three weeks, nothing is proposed', () => {
    const busy = [{ start: at('2026-09-07 00:00'), end: at('2026-09-29 00:00') }];
    expect(proposeSlots({ now: MONDAY, durationMinutes: 60, busy })).toEqual([]);
  });

  test('random calendars never lead to a proposal that breaks a rule', () => {
    let seed = 20260907; // mulberry32: the same "random" calendars on every run
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
    };
    for (let run = 0; run < 60; run++) {
      const now = new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 730) * 86_400_000 + Math.floor(random() * 24) * 3_600_000);
      const durationMinutes = [30, 45, 60, 90, 120][Math.floor(random() * 5)];
      const busy: Interval[] = [];
      for (let i = 0; i < 40; i++) {
        const start = now.getTime() + Math.floor(random() * 22 * 96) * 15 * MINUTE;
        busy.push({ start: new Date(start), end: new Date(start + (15 + Math.floor(random() * 12) * 15) * MINUTE) });
      }
      const count = 1 + Math.floor(random() * 6);
      const slots = proposeSlots({ now, durationMinutes, busy, count });
      expect(slots.length).toBeLessThanOrEqual(count);
      expect(slots.length).toBe(count); // 40 short conversations never fill three weeks
      for (const slot of slots) expectBookable(slot, durationMinutes, busy, now);
      const sorted = [...slots].sort((a, b) => a.start.getTime() - b.start.getTime());
      expect(slots).toEqual(sorted);
    }
  });
});

describe('daylight saving', () => {
  test('on the Friday before summer time 08:00 in Copenhagen is 07:00 UTC, on the Monday after it is 06:00 UTC', () => {
    const friday = freeSlotsOn('2026-03-27', 60, []);
    const monday = freeSlotsOn('2026-03-30', 60, []);
    expect(friday[0].start.toISOString()).toBe('2026-03-27T07:00:00.000Z');
    expect(friday[friday.length - 1].end.toISOString()).toBe('2026-03-27T15:00:00.000Z');
    expect(monday[0].start.toISOString()).toBe('2026-03-30T06:00:00.000Z');
    expect(monday[monday.length - 1].end.toISOString()).toBe('2026-03-30T14:00:00.000Z');
  });

  test('proposals in the week summer time begins (29 March 2026) are at the right local hours', () => {
    const slots = proposeSlots({ now: new Date('2026-03-26T11:00:00Z'), durationMinutes: 60, busy: [], count: 2, horizonDays: 4 });
    expect(slots.map((s) => s.start.toISOString())).toEqual(['2026-03-27T08:00:00.000Z', '2026-03-30T11:00:00.000Z']);
    expect(slots.map((s) => localText(s.start))).toEqual(['2026-03-27 09:00', '2026-03-30 13:00']);
  });

  test('proposals in the week winter time begins (25 October 2026) are at the right local hours', () => {
    const slots = proposeSlots({ now: new Date('2026-10-22T10:00:00Z'), durationMinutes: 60, busy: [], count: 2, horizonDays: 4 });
    expect(slots.map((s) => s.start.toISOString())).toEqual(['2026-10-23T07:00:00.000Z', '2026-10-26T12:00:00.000Z']);
    expect(slots.map((s) => localText(s.start))).toEqual(['2026-10-23 09:00', '2026-10-26 13:00']);
    const monday = freeSlotsOn('2026-10-26', 30, []);
    expect(monday[0].start.toISOString()).toBe('2026-10-26T07:00:00.000Z');
  });

  test('a busy conversation given in UTC across the change blocks the right local hours', () => {
    // 08:00–09:00 UTC on Monday 30 March 2026 is 10:00–11:00 summer time.
    const free = freeSlotsOn('2026-03-30', 60, [{ start: new Date('2026-03-30T08:00:00Z'), end: new Date('2026-03-30T09:00:00Z') }]);
    const starts = free.map((s) => local(s.start).toFormat('HH:mm'));
    expect(starts).toContain('08:30');
    expect(starts).not.toContain('09:00');
    expect(starts).not.toContain('10:30');
    expect(starts).toContain('11:30');
  });

  test('every proposal over both changes keeps to 08:00–16:00 local time', () => {
    for (const now of [new Date('2026-03-20T12:00:00Z'), new Date('2026-10-16T12:00:00Z')]) {
      const slots = proposeSlots({ now, durationMinutes: 90, busy: [], count: 10 });
      for (const slot of slots) expectBookable(slot, 90, [], now);
    }
  });
});

describe('checking a chosen time again when it is booked', () => {
  const busy = [busyLocal('2026-09-08 10:00', '2026-09-08 11:00')];
  const check = (start: string, durationMinutes = 60) => checkSlot({ start: at(start), durationMinutes }, busy, MONDAY);

  test('a free time on a working day can be booked', () => {
    expect(check('2026-09-08 13:00')).toEqual({ ok: true });
    expect(check('2026-09-08 15:00')).toEqual({ ok: true });
  });

  test('a time another booking has taken meanwhile is refused as busy', () => {
    expect(check('2026-09-08 10:30')).toEqual({ ok: false, problem: 'overlapsBusy' });
    expect(check('2026-09-08 11:00')).toEqual({ ok: false, problem: 'overlapsBusy' });
  });

  test('a time in the past, at the weekend, on a holiday or outside 08:00–16:00 is refused with the reason', () => {
    expect(check('2026-09-07 09:00')).toEqual({ ok: false, problem: 'past' });
    expect(check('2026-09-12 09:00')).toEqual({ ok: false, problem: 'notWorkingDay' });
    expect(check('2026-12-24 09:00')).toEqual({ ok: false, problem: 'notWorkingDay' });
    expect(check('2026-09-08 07:30')).toEqual({ ok: false, problem: 'outsideWorkingHours' });
    expect(check('2026-09-08 15:30')).toEqual({ ok: false, problem: 'outsideWorkingHours' });
  });
});
