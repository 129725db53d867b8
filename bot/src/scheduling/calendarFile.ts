/**
 * The built-in calendar's invitation: a standard iCalendar file (RFC 5545, with the iTIP method of
 * RFC 5546) for one booked or cancelled conversation, written by the maintained `ical-generator`.
 *
 * - Times are written in UTC (`DTSTART:20260330T070000Z`): every client (Outlook, the new Outlook,
 *   Google, Apple) places them right without a VTIMEZONE block, and shows them in the reader's zone.
 * - The UID is stable per conversation (`calendarEventUid`) and SEQUENCE grows with every change
 *   (`calendarSequence`), so opening the file of a rescheduled conversation moves the event that is
 *   already in the calendar, and the file of a cancelled one (METHOD:CANCEL, STATUS:CANCELLED)
 *   removes it.
 * - METHOD:REQUEST / CANCEL need an ORGANIZER with an address; without the organizer's e-mail the
 *   file is METHOD:PUBLISH (a plain calendar entry to save) with the same UID, SEQUENCE and STATUS.
 * - Only participants with an e-mail can be ATTENDEE lines (a calendar address is an e-mail);
 *   every participant is named in the description. No replies are asked for (RSVP=FALSE): the bot
 *   has already booked the time with everyone.
 * - Lines end in CRLF and are folded at 75 octets (UTF-8), never inside a character.
 */
import ical, { ICalAttendeeRole, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { PROGRAMME_TIME_ZONE } from '../domain/calendar';

export interface InvitationPerson {
  name: string;
  email?: string;
}

export interface CalendarInvitation {
  /** Stable per conversation: use `calendarEventUid(programmeId, conversationId)`. */
  uid: string;
  /** Grows with every change of the conversation: use `calendarSequence(changedAt)`. */
  sequence: number;
  /** Danish, e.g. "Opstartssamtale del 1 – Ledertrainee: Sofie Nielsen". */
  title: string;
  /** Plain text; line breaks are kept. The participants (and the join link) are added below it. */
  description?: string;
  start: Date;
  durationMinutes: number;
  /** Who booked it (or who answers for it). */
  organizer: InvitationPerson;
  /** Every participant, the organizer too when taking part. */
  attendees: readonly InvitationPerson[];
  status: 'confirmed' | 'cancelled';
  /** Where: default the Teams join link when given, else "Aftales / To be agreed". */
  location?: string;
  /** The Teams meeting's join link, when there is one. */
  joinUrl?: string;
  /** When the file is written (DTSTAMP): the caller's clock, so the output is deterministic. */
  stamp: Date;
}

export type CalendarMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH';

export interface CalendarFile {
  /** The iCalendar text, CRLF line ends. */
  text: string;
  /** ASCII-only file name ending in .ics, e.g. "Opstartssamtale-del-1-Ledertrainee-Sofie-Nielsen-2026-03-30.ics". */
  fileName: string;
  method: CalendarMethod;
  /** The Content-Type header to serve it with. */
  contentType: string;
}

export const DEFAULT_LOCATION = 'Aftales / To be agreed';
const PRODUCT_ID = { company: 'Aarhus Kommune', product: 'Ledertrainee for Teams', language: 'DA' };
const UID_DOMAIN = 'ledertrainee-for-teams';
/** SEQUENCE counts seconds from here; 32 bits last until 2092. */
const SEQUENCE_EPOCH_MS = Date.UTC(2024, 0, 1);

/**
 * The event's UID for a conversation: the same every time, different for every conversation. Ids
 * are percent-encoded (the dot too, so the dot between them is unambiguous): the UID holds no
 * character that iCalendar would need to escape.
 */
export function calendarEventUid(programmeId: string, conversationId: string): string {
  const encode = (id: string) => encodeURIComponent(id).replace(/[!'()*.]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${encode(programmeId)}.${encode(conversationId)}@${UID_DOMAIN}`;
}

/**
 * SEQUENCE for the version of a conversation last changed at `changedAt` (booked, moved or
 * cancelled): whole seconds since 2024-01-01, so it grows with every change without being stored.
 */
export function calendarSequence(changedAt: Date): number {
  if (Number.isNaN(changedAt.getTime()) || changedAt.getTime() < SEQUENCE_EPOCH_MS) {
    throw new RangeError('calendarSequence: changedAt must be a valid instant from 2024 on');
  }
  return Math.floor((changedAt.getTime() - SEQUENCE_EPOCH_MS) / 1000);
}

/** Writes the invitation. Throws RangeError on missing or malformed input. */
export function buildCalendarInvitation(input: CalendarInvitation): CalendarFile {
  checkInput(input);
  const organizerEmail = input.organizer.email?.trim();
  const cancelled = input.status === 'cancelled';
  const method: CalendarMethod = !organizerEmail ? 'PUBLISH' : cancelled ? 'CANCEL' : 'REQUEST';
  const joinUrl = input.joinUrl?.trim() || undefined;

  const calendar = ical({ prodId: PRODUCT_ID, method: ICalCalendarMethod[method] });
  calendar.createEvent({
    id: input.uid,
    sequence: input.sequence,
    stamp: input.stamp,
    start: input.start,
    end: new Date(input.start.getTime() + input.durationMinutes * 60_000),
    summary: input.title,
    description: describe(input, joinUrl),
    location: input.location?.trim() || joinUrl || DEFAULT_LOCATION,
    url: joinUrl ?? null,
    organizer: organizerEmail ? { name: input.organizer.name, email: organizerEmail } : null,
    attendees: input.attendees
      .filter((person) => person.email?.trim())
      .map((person) => ({ name: person.name, email: person.email!.trim(), role: ICalAttendeeRole.REQ, rsvp: false })),
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });

  return {
    text: foldLines(calendar.toString()),
    fileName: fileNameFor(input.title, input.start),
    method,
    contentType: `text/calendar; charset=utf-8; method=${method}`,
  };
}

function describe(input: CalendarInvitation, joinUrl: string | undefined): string {
  const parts: string[] = [];
  if (input.status === 'cancelled') parts.push('Samtalen er aflyst. / The conversation is cancelled.');
  if (input.description?.trim()) parts.push(input.description.trim());
  parts.push(`Deltagere / Participants: ${input.attendees.map((person) => person.name).join(', ')}`);
  if (joinUrl) parts.push(`Deltag i Teams-mødet / Join the Teams meeting: ${joinUrl}`);
  return parts.join('\n\n');
}

function checkInput(input: CalendarInvitation): void {
  const fail = (what: string) => {
    throw new RangeError(`buildCalendarInvitation: ${what}`);
  };
  if (!input.uid?.trim() || /[\r\n]/.test(input.uid)) fail('uid is empty or has a line break');
  if (!Number.isInteger(input.sequence) || input.sequence < 0 || input.sequence > 2 ** 31 - 1) fail('sequence must be a whole number ≥ 0');
  if (!input.title?.trim()) fail('title is empty');
  for (const [name, at] of [['start', input.start], ['stamp', input.stamp]] as const) {
    if (!(at instanceof Date) || Number.isNaN(at.getTime())) fail(`${name} is not a valid Date`);
  }
  if (!Number.isInteger(input.durationMinutes) || input.durationMinutes < 1) fail('durationMinutes must be a whole number ≥ 1');
  if (!input.organizer?.name?.trim()) fail('the organizer has no name');
  if (input.attendees.some((person) => !person.name?.trim())) fail('an attendee has no name');
  if (input.status !== 'confirmed' && input.status !== 'cancelled') fail('status must be confirmed or cancelled');
  const emails = [input.organizer, ...input.attendees].map((p) => p.email?.trim()).filter((e): e is string => !!e);
  if (emails.some((email) => !/^[^\s@<>"]+@[^\s@<>"]+$/.test(email))) fail('an e-mail address is malformed');
  if (input.joinUrl?.trim() && !/^https:\/\/\S+$/.test(input.joinUrl.trim())) fail('joinUrl must be an https URL');
}

/**
 * Folds every content line at 75 octets of UTF-8 (RFC 5545 §3.1), never inside a character: the
 * library folds at 75 UTF-16 units, which is more than 75 octets for Danish letters and dashes.
 */
function foldLines(text: string): string {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((line) => line !== '');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = out.length === 0 ? 75 : 74; // a continuation line starts with one space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** "Opstartssamtale del 1 – Ledertrainee: Sofie Nielsen" → "Opstartssamtale-del-1-Ledertrainee-Sofie-Nielsen-2026-03-30.ics". */
function fileNameFor(title: string, start: Date): string {
  const ascii = title
    .replace(/æ/g, 'ae').replace(/Æ/g, 'Ae').replace(/ø/g, 'oe').replace(/Ø/g, 'Oe').replace(/å/g, 'aa').replace(/Å/g, 'Aa')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  const date = DateTime.fromJSDate(start, { zone: PROGRAMME_TIME_ZONE }).toISODate();
  return `${ascii || 'Samtale'}-${date}.ics`;
}
