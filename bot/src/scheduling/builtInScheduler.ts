/**
 * The built-in calendar as the application's Scheduler: working-day slots from the pure slot
 * finder, the day off named when a time falls on one, and a signed link to a standard .ics file
 * (served by GET /api/calendar/<token>.ics). Needs no account anywhere: the default.
 */
import { DateTime } from 'luxon';
import { PROGRAMME_TIME_ZONE } from '../domain/calendar';
import { CalendarEntry, CalendarLinkOpening, Scheduler, SlotVerdict, TimeSpan } from '../application/ports';
import { buildCalendarInvitation, calendarEventUid, calendarSequence } from './calendarFile';
import { signCalendarLink, verifyCalendarLink } from './calendarLinks';
import { checkSlot, holidayName, proposeSlots } from './workingSlots';

export interface BuiltInSchedulerOptions {
  /** HMAC key of the calendar links (≥ 32 bytes); without it (and a base URL) there are no calendar links. */
  calendarLinkSecret?: string;
  /** Where the server is reached from outside, e.g. https://ledertrainee.azurewebsites.net; read when a link is made. */
  publicBaseUrl: () => string | undefined;
}

export function createBuiltInScheduler(options: BuiltInSchedulerOptions): Scheduler {
  return {
    async proposeSlots({ now, durationMinutes, busy, count }): Promise<TimeSpan[]> {
      return proposeSlots({ now, durationMinutes, busy, count });
    },
    async checkSlot(slot, busy, now): Promise<SlotVerdict> {
      const durationMinutes = Math.round((slot.end.getTime() - slot.start.getTime()) / 60_000);
      const verdict = checkSlot({ start: slot.start, durationMinutes }, busy, now);
      if (verdict.ok) return verdict;
      if (verdict.problem !== 'notWorkingDay') return verdict;
      const dayOff = holidayName(DateTime.fromJSDate(slot.start, { zone: PROGRAMME_TIME_ZONE }).toISODate() as string);
      return { ok: false, problem: verdict.problem, ...(dayOff ? { dayOff } : {}) };
    },
    calendarLink(conversation, validUntil): string | undefined {
      const base = options.publicBaseUrl();
      if (!options.calendarLinkSecret || !base) return undefined;
      const path = signCalendarLink({ ...conversation, expiresAt: validUntil }, options.calendarLinkSecret);
      return `${base.replace(/\/+$/, '')}${path}`;
    },
    openCalendarLink(token, now): CalendarLinkOpening {
      if (!options.calendarLinkSecret) return { ok: false, reason: 'forged' };
      const check = verifyCalendarLink(token, options.calendarLinkSecret, now);
      return check.ok ? { ok: true, programmeId: check.programmeId, conversationId: check.conversationId } : check;
    },
    calendarFile(entry: CalendarEntry) {
      const file = buildCalendarInvitation({
        uid: calendarEventUid(entry.programmeId, entry.conversationId),
        // The state keeps no time of the last move, so the file's own time: it only grows, so a
        // file opened later always wins over one opened before, and moves or removes the entry.
        sequence: calendarSequence(entry.stamp),
        title: entry.title,
        start: entry.start,
        durationMinutes: entry.durationMinutes,
        organizer: entry.organizer,
        attendees: entry.attendees,
        status: entry.status,
        stamp: entry.stamp,
      });
      return { text: file.text, fileName: file.fileName, contentType: file.contentType };
    },
  };
}
