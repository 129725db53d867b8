/**
 * Times to propose for a conversation of the programme: the built-in calendar's slot finder.
 *
 * Rules (each a named constant below):
 * - Working hours 08:00–16:00 Europe/Copenhagen on working days (`isWorkingDay`: Monday–Friday, no
 *   public holiday, no customary day off). A slot starts at 08:00 at the earliest and ENDS by 16:00.
 * - Starts lie on a half-hour grid (08:00, 08:30, …) — times people can remember and type.
 * - Nothing today: the earliest proposal is on the next working day, so everyone has at least the rest
 *   of today's working day as notice. The last day considered is today + `horizonDays` (default 21:
 *   "the next three weeks").
 * - A slot keeps `BUSY_BUFFER_MINUTES` (15) clear before and after every busy interval — every
 *   participant's existing conversations — so nobody goes straight from one conversation into the
 *   next, and a late end does not run into it. A slot may still touch another slot it proposes.
 * - Proposals are spread: one per day, on days about `MAX_DAY_STRIDE` (3) working days apart when
 *   the window allows it (so the weekdays vary too), at alternating times of day (09:00, 13:00,
 *   10:00, 14:00, 11:00, 12:30 — the free start closest to it). Only when fewer days than proposals
 *   have room does a day get a second proposal, at the other half of the day.
 * Instants are UTC `Date`s; all calendar maths runs in Europe/Copenhagen with luxon, so daylight
 * saving (last Sunday of March and of October) moves the UTC hours and never the local ones.
 *
 * Pure and deterministic: the same request gives the same slots.
 */
import { DateTime } from 'luxon';
import { isIsoDate, PROGRAMME_TIME_ZONE } from '../domain/calendar';
import { isWorkingDay } from './workingDays';

export { CUSTOMARY_DAYS_OFF, holidayName, isWorkingDay } from './workingDays';

/** A time span: start inclusive, end exclusive. */
export interface Interval {
  start: Date;
  end: Date;
}

/** A proposed time for a conversation. */
export type Slot = Interval;

export interface SlotRequest {
  /** The moment of the request (the clock of the caller). */
  now: Date;
  /** Length of the conversation, whole minutes (1–480). */
  durationMinutes: number;
  /**
   * Existing conversations of every participant (booked, not cancelled; leave out the conversation
   * being rescheduled). Overlapping and unsorted intervals are fine.
   */
  busy: readonly Interval[];
  /** How many proposals, 1–10. Default 3. */
  count?: number;
  /** How many days ahead to look, 1–92. Default 21. */
  horizonDays?: number;
}

export const WORKDAY_START_MINUTE = 8 * 60;
export const WORKDAY_END_MINUTE = 16 * 60;
export const SLOT_GRID_MINUTES = 30;
export const BUSY_BUFFER_MINUTES = 15;
export const DEFAULT_SLOT_COUNT = 3;
export const MAX_SLOT_COUNT = 10;
export const DEFAULT_HORIZON_DAYS = 21;
export const MAX_HORIZON_DAYS = 92;
/** Proposed days are at most this many working days (with room) apart. */
export const MAX_DAY_STRIDE = 3;
/** Preferred start (minutes after midnight) of the 1st, 2nd, … proposal; repeats. */
const PREFERRED_STARTS = [9 * 60, 13 * 60, 10 * 60, 14 * 60, 11 * 60, 12 * 60 + 30];
const MIDDAY = 12 * 60;
const MINUTE_MS = 60_000;

/**
 * At least `count` (default 3) proposals when the window has room for them — fewer only when the
 * participants' calendars leave fewer — sorted by start. See the module comment for the rules.
 * Throws RangeError on a request outside the documented ranges.
 */
export function proposeSlots(request: SlotRequest): Slot[] {
  const { now, durationMinutes } = request;
  const count = request.count ?? DEFAULT_SLOT_COUNT;
  const horizonDays = request.horizonDays ?? DEFAULT_HORIZON_DAYS;
  requireInstant(now, 'now');
  requireWhole(durationMinutes, 1, WORKDAY_END_MINUTE - WORKDAY_START_MINUTE, 'durationMinutes');
  requireWhole(count, 1, MAX_SLOT_COUNT, 'count');
  requireWhole(horizonDays, 1, MAX_HORIZON_DAYS, 'horizonDays');
  const blocked = blockedIntervals(request.busy);

  // Every working day in the window with room, and its free starts.
  const today = DateTime.fromJSDate(now, { zone: PROGRAMME_TIME_ZONE }).startOf('day');
  const days: { free: Candidate[]; chosen: Candidate[] }[] = [];
  for (let offset = 1; offset <= horizonDays; offset++) {
    const free = freeCandidates(today.plus({ days: offset }), durationMinutes, blocked);
    if (free.length > 0) days.push({ free, chosen: [] });
  }

  // One proposal per day on days spread over the window.
  const stride = count === 1 ? 1 : Math.max(1, Math.min(MAX_DAY_STRIDE, Math.floor((days.length - 1) / (count - 1))));
  let picked = 0;
  for (let index = 0; index < days.length && picked < count; index += stride) {
    const day = days[index];
    day.chosen.push(closestTo(day.free, PREFERRED_STARTS[picked % PREFERRED_STARTS.length]));
    picked++;
  }
  // Too few days with room: more proposals on the same days, at the other half of the day, apart.
  for (let progress = true; picked < count && progress; ) {
    progress = false;
    for (const day of days) {
      if (picked >= count) break;
      const apart = day.free.filter((c) => day.chosen.every((chosen) => !overlaps(c, chosen)));
      if (apart.length === 0) continue;
      const target = day.chosen.length > 0 && day.chosen[0].minute < MIDDAY ? 13 * 60 : 9 * 60;
      day.chosen.push(closestTo(apart, target));
      picked++;
      progress = true;
    }
  }

  return days
    .flatMap((day) => day.chosen)
    .sort((a, b) => a.start - b.start)
    .map(toSlot);
}

/**
 * Every free start on the grid on one date (YYYY-MM-DD, in Copenhagen), for a conversation of
 * `durationMinutes`: what a "more times that day" choice would list. Empty on a day that is not a
 * working day. The same rules as `proposeSlots` except the notice (it does not know "now").
 */
export function freeSlotsOn(date: string, durationMinutes: number, busy: readonly Interval[]): Slot[] {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  requireWhole(durationMinutes, 1, WORKDAY_END_MINUTE - WORKDAY_START_MINUTE, 'durationMinutes');
  const day = DateTime.fromISO(date, { zone: PROGRAMME_TIME_ZONE });
  return freeCandidates(day, durationMinutes, blockedIntervals(busy)).map(toSlot);
}

/** Why a time cannot be booked (see `checkSlot`). */
export type SlotProblem = 'past' | 'notWorkingDay' | 'outsideWorkingHours' | 'overlapsBusy';

export type SlotCheck = { ok: true } | { ok: false; problem: SlotProblem };

/**
 * Checks a chosen time again when someone books it — a proposal may be taken by another booking
 * between the card and the click. It must start after `now`, on a working day, within working hours
 * (ending by 16:00), and keep the buffer to every busy interval. The grid and the notice of
 * `proposeSlots` are not required: they shape proposals, not bookings.
 */
export function checkSlot(slot: { start: Date; durationMinutes: number }, busy: readonly Interval[], now: Date): SlotCheck {
  requireInstant(slot.start, 'start');
  requireInstant(now, 'now');
  requireWhole(slot.durationMinutes, 1, WORKDAY_END_MINUTE - WORKDAY_START_MINUTE, 'durationMinutes');
  if (slot.start.getTime() <= now.getTime()) return { ok: false, problem: 'past' };
  const local = DateTime.fromJSDate(slot.start, { zone: PROGRAMME_TIME_ZONE });
  if (!isWorkingDay(local.toISODate() as string)) return { ok: false, problem: 'notWorkingDay' };
  const startMinute = local.hour * 60 + local.minute + local.second / 60;
  if (startMinute < WORKDAY_START_MINUTE || startMinute + slot.durationMinutes > WORKDAY_END_MINUTE) {
    return { ok: false, problem: 'outsideWorkingHours' };
  }
  const start = slot.start.getTime();
  const candidate = { start, end: start + slot.durationMinutes * MINUTE_MS, minute: startMinute };
  if (blockedIntervals(busy).some((b) => overlaps(candidate, b))) return { ok: false, problem: 'overlapsBusy' };
  return { ok: true };
}

// ---------------------------------------------------------------- internals

/** A possible slot: epoch milliseconds, and the local start as minutes after midnight. */
interface Candidate {
  start: number;
  end: number;
  minute: number;
}

type Span = { start: number; end: number };

/** Busy intervals widened by the buffer on both sides, as epoch milliseconds. */
function blockedIntervals(busy: readonly Interval[]): Span[] {
  return busy.map((interval, i) => {
    requireInstant(interval.start, `busy[${i}].start`);
    requireInstant(interval.end, `busy[${i}].end`);
    if (interval.end.getTime() < interval.start.getTime()) throw new RangeError(`busy[${i}] ends before it starts`);
    const buffer = BUSY_BUFFER_MINUTES * MINUTE_MS;
    return { start: interval.start.getTime() - buffer, end: interval.end.getTime() + buffer };
  });
}

/** The grid starts of a local day that fit its working hours and miss every blocked span. */
function freeCandidates(day: DateTime, durationMinutes: number, blocked: readonly Span[]): Candidate[] {
  if (!isWorkingDay(day.toISODate() as string)) return [];
  const free: Candidate[] = [];
  for (let minute = WORKDAY_START_MINUTE; minute + durationMinutes <= WORKDAY_END_MINUTE; minute += SLOT_GRID_MINUTES) {
    // 08:00–16:00 never meets a daylight-saving change (02:00–03:00), so every local time exists once.
    const start = day.set({ hour: Math.floor(minute / 60), minute: minute % 60, second: 0, millisecond: 0 }).toMillis();
    const candidate = { start, end: start + durationMinutes * MINUTE_MS, minute };
    if (!blocked.some((span) => overlaps(candidate, span))) free.push(candidate);
  }
  return free;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The candidate starting closest to a local time of day; the earlier one on a tie. */
function closestTo(candidates: readonly Candidate[], minute: number): Candidate {
  let best = candidates[0];
  for (const c of candidates) if (Math.abs(c.minute - minute) < Math.abs(best.minute - minute)) best = c;
  return best;
}

function toSlot(candidate: Span): Slot {
  return { start: new Date(candidate.start), end: new Date(candidate.end) };
}

function requireInstant(value: Date, name: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new RangeError(`${name} is not a valid Date`);
}

function requireWhole(value: number, min: number, max: number, name: string): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be a whole number from ${min} to ${max}, was ${value}`);
  }
}
