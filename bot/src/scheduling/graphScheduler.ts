/**
 * Microsoft Graph as the application's Scheduler: times from the participants' own Outlook
 * calendars and meetings with a Teams link in them, organised by one service mailbox. Used only
 * when configured (GRAPH_SCHEDULER=true); the built-in calendar stays the default.
 *
 * - Proposals: `POST /users/{organizer}/findMeetingTimes` with the participants as required
 *   attendees, the conversation's length (ISO 8601 duration) and one time slot per working day
 *   (08:00–16:00 Copenhagen time, Danish holidays left out) in the next three weeks. Every
 *   suggestion is checked again by the built-in rules (working day and hours, notice, clear of the
 *   programmes' own conversations) before it is proposed, spread one a day where Graph allows.
 * - Meetings: `POST /users/{organizer}/events` with `isOnlineMeeting` and `teamsForBusiness`
 *   (Exchange invites the attendees and answers with the Teams join link), found again by a
 *   single-value extended property holding programme and conversation id, moved with `PATCH` and
 *   cancelled with `POST …/cancel` (the attendees get the reason).
 * - What stays with the built-in calendar: the final check of a chosen time, and the calendar
 *   files and their signed links (links already sent keep working).
 *
 * Requests go through Microsoft's Graph client library: a token from the app's identity
 * (@azure/identity, scope https://graph.microsoft.com/.default), throttling (429, 503, 504)
 * retried by its retry handler honouring Retry-After, each call bounded in time.
 */
import type { TokenCredential } from '@azure/identity';
import {
  AuthenticationHandler,
  Client,
  Context,
  Middleware,
  RedirectHandler,
  RetryHandler,
  RetryHandlerOptions,
  TelemetryHandler,
} from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';
import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { PROGRAMME_TIME_ZONE } from '../domain/calendar';
import { CalendarEntry, Logger, MeetingCalendar, Scheduler, TimeSpan } from '../application/ports';
import { checkSlot, DEFAULT_HORIZON_DAYS, isWorkingDay, WORKDAY_END_MINUTE, WORKDAY_START_MINUTE } from './workingSlots';

export const GRAPH_DEFAULT_BASE_URL = 'https://graph.microsoft.com';
export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

/**
 * The extended property that ties an event to its conversation (`<programmeId>|<conversationId>`).
 * A fixed GUID of this product: the property set is ours, its name says what it holds.
 */
export const CONVERSATION_PROPERTY_ID = 'String {6f1d3c52-8a47-4b8e-9a35-2f0c5b7e9d14} Name LedertraineeConversation';

/** One HTTP call as the Graph client's middleware makes it. */
export type GraphFetch = (request: Context['request'], init?: Context['options']) => Promise<Response>;

export interface GraphSchedulerOptions {
  /** The app's identity (client secret or managed identity): application permissions, no user. */
  credential: TokenCredential;
  /** The mailbox (UPN or object id) that organises every meeting, e.g. a no-reply service mailbox. */
  organizer: string;
  /** The rules, calendar files and their links stay with the built-in calendar. */
  builtIn: Scheduler;
  logger: Logger;
  /** https://graph.microsoft.com (default) or another cloud's; tests point it at a local fake. */
  baseUrl?: string;
  /** The HTTP call under the library's middleware; the global fetch unless a test brings its own. */
  fetch?: GraphFetch;
  /** Bound of one HTTP call (ms); default 10 s. */
  requestTimeoutMs?: number;
  /** Throttling: how often to retry (default 2) and the longest Retry-After waited for (s, default 5). */
  retry?: { maxRetries?: number; maxRetryAfterSeconds?: number };
}

/** What findMeetingTimes gave: the slots worth proposing, and Graph's reason when it had none. */
export interface MeetingTimeSuggestions {
  slots: TimeSpan[];
  emptySuggestionsReason?: string;
}

export function createGraphScheduler(options: GraphSchedulerOptions): Scheduler & { meetings: MeetingCalendar } {
  const { builtIn, logger } = options;
  const organizer = encodeURIComponent(options.organizer);
  const client = createGraphClient(options);

  async function findEvent(entry: CalendarEntry): Promise<GraphEvent | undefined> {
    const value = `${entry.programmeId}|${entry.conversationId}`.replace(/'/g, "''");
    const found = (await client
      .api(`/users/${organizer}/events`)
      .filter(`singleValueExtendedProperties/Any(ep: ep/id eq '${CONVERSATION_PROPERTY_ID}' and ep/value eq '${value}')`)
      .select(['id', 'onlineMeeting', 'isCancelled'])
      .get()) as { value?: GraphEvent[] };
    return (found.value ?? []).find((event) => !event.isCancelled);
  }

  async function createEvent(entry: CalendarEntry): Promise<{ joinUrl?: string }> {
    const created = (await client.api(`/users/${organizer}/events`).post(eventBody(entry))) as GraphEvent;
    logger.info({ programmeId: entry.programmeId, conversationId: entry.conversationId, eventId: created.id }, 'Graph meeting created');
    return joinOf(created);
  }

  const meetings: MeetingCalendar = {
    async create(entry) {
      return logged('create', entry, () => createEvent(entry));
    },
    async move(entry) {
      return logged('move', entry, async () => {
        const event = await findEvent(entry);
        if (!event) return createEvent(entry);
        const moved = (await client.api(`/users/${organizer}/events/${encodeURIComponent(event.id)}`).patch(timesOf(entry))) as GraphEvent | undefined;
        return joinOf(moved?.onlineMeeting ? moved : event);
      });
    },
    async cancel(entry, reason) {
      return logged('cancel', entry, async () => {
        const event = await findEvent(entry);
        if (!event) return;
        await client.api(`/users/${organizer}/events/${encodeURIComponent(event.id)}/cancel`).post({ comment: reason.slice(0, 2000) });
      });
    },
  };

  async function logged<T>(operation: string, entry: CalendarEntry, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      logger.error(
        { operation, programmeId: entry.programmeId, conversationId: entry.conversationId, ...graphErrorFacts(error) },
        'Graph could not change the meeting; the booking stands with its calendar file',
      );
      throw error;
    }
  }

  return {
    async proposeSlots(request) {
      const emails = (request.attendees ?? []).filter((a) => a.email);
      // Graph knows calendars by mailbox: without one there is nothing to ask it.
      if (emails.length === 0) return builtIn.proposeSlots(request);
      try {
        const found = await findMeetingTimes(client, organizer, { ...request, attendees: emails });
        if (found.slots.length === 0) {
          logger.warn({ emptySuggestionsReason: found.emptySuggestionsReason ?? 'none given' }, 'Graph suggested no meeting times');
        }
        return found.slots;
      } catch (error) {
        // Graph down or refusing: the built-in calendar still knows the programmes' own conversations.
        logger.error({ ...graphErrorFacts(error) }, 'Graph findMeetingTimes failed; proposing from the built-in calendar');
        return builtIn.proposeSlots(request);
      }
    },
    checkSlot: (slot, busy, now) => builtIn.checkSlot(slot, busy, now),
    calendarLink: (conversation, validUntil) => builtIn.calendarLink(conversation, validUntil),
    openCalendarLink: (token, now) => builtIn.openCalendarLink(token, now),
    calendarFile: (entry) => builtIn.calendarFile(entry),
    meetings,
  };
}

/**
 * Asks findMeetingTimes for times in the working-day windows of the next three weeks and keeps
 * those the programme's rules allow: at least `count` when Graph offers them, one a day first.
 */
export async function findMeetingTimes(
  client: Client,
  organizer: string,
  request: { now: Date; durationMinutes: number; busy: readonly TimeSpan[]; count: number; attendees: readonly { name: string; email?: string }[] },
): Promise<MeetingTimeSuggestions> {
  const windows = workingWindows(request.now, request.durationMinutes);
  if (windows.length === 0) return { slots: [], emptySuggestionsReason: 'noWorkingDays' };
  const result = (await client
    .api(`/users/${organizer}/findMeetingTimes`)
    .header('Prefer', 'outlook.timezone="UTC"')
    .post({
      attendees: request.attendees.map((a) => ({ type: 'required', emailAddress: { address: a.email, name: a.name } })),
      timeConstraint: {
        // The windows carry the working hours and days themselves (Danish holidays left out).
        activityDomain: 'unrestricted',
        timeSlots: windows.map((w) => ({ start: graphTime(w.start), end: graphTime(w.end) })),
      },
      meetingDuration: isoDuration(request.durationMinutes),
      // The service mailbox organises; it does not take part.
      isOrganizerOptional: true,
      minimumAttendeePercentage: 100,
      returnSuggestionReasons: true,
      maxCandidates: 100,
    })) as FindMeetingTimesResult;

  const suggested = (result.meetingTimeSuggestions ?? []).flatMap((s) => {
    const start = s.meetingTimeSlot?.start ? instantOf(s.meetingTimeSlot.start) : undefined;
    return start ? [start] : [];
  });
  const durationMs = request.durationMinutes * 60_000;
  // Within a window asked for (so never today) and allowed by the programme's own rules.
  const allowed = suggested
    .filter((start) => windows.some((w) => w.start.getTime() <= start.getTime() && start.getTime() + durationMs <= w.end.getTime()))
    .filter((start) => checkSlot({ start, durationMinutes: request.durationMinutes }, request.busy, request.now).ok)
    .sort((a, b) => a.getTime() - b.getTime());
  const slots = spread(allowed, request.count).map((start) => ({ start, end: new Date(start.getTime() + request.durationMinutes * 60_000) }));
  const reason = result.emptySuggestionsReason || (suggested.length > 0 ? 'noneOnWorkingDays' : undefined);
  return slots.length > 0 ? { slots } : { slots, ...(reason ? { emptySuggestionsReason: reason } : {}) };
}

/** Every working day from tomorrow within the horizon: 08:00–16:00 Copenhagen time, as UTC instants. */
export function workingWindows(now: Date, durationMinutes: number, horizonDays = DEFAULT_HORIZON_DAYS): TimeSpan[] {
  const today = DateTime.fromJSDate(now, { zone: PROGRAMME_TIME_ZONE }).startOf('day');
  const windows: TimeSpan[] = [];
  if (durationMinutes > WORKDAY_END_MINUTE - WORKDAY_START_MINUTE) return windows;
  for (let offset = 1; offset <= horizonDays; offset++) {
    const day = today.plus({ days: offset });
    if (!isWorkingDay(day.toISODate() as string)) continue;
    windows.push({
      start: day.plus({ minutes: WORKDAY_START_MINUTE }).toJSDate(),
      end: day.plus({ minutes: WORKDAY_END_MINUTE }).toJSDate(),
    });
  }
  return windows;
}

/** "PT1H30M" for 90 minutes. */
export function isoDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours > 0 ? `${hours}H` : ''}${rest > 0 || hours === 0 ? `${rest}M` : ''}`;
}

// ---------------------------------------------------------------- internals

interface GraphDateTime {
  dateTime: string;
  timeZone: string;
}

interface FindMeetingTimesResult {
  emptySuggestionsReason?: string;
  meetingTimeSuggestions?: { meetingTimeSlot?: { start?: GraphDateTime; end?: GraphDateTime } }[];
}

interface GraphEvent {
  id: string;
  isCancelled?: boolean;
  onlineMeeting?: { joinUrl?: string } | null;
}

/** What a Graph client needs: the identity, where Graph is, and the HTTP bounds (shared with the programme chat's adapter). */
export type GraphClientOptions = Pick<GraphSchedulerOptions, 'credential' | 'baseUrl' | 'fetch' | 'requestTimeoutMs' | 'retry'>;

export function createGraphClient(options: GraphClientOptions): Client {
  const baseUrl = (options.baseUrl ?? GRAPH_DEFAULT_BASE_URL).replace(/\/+$/, '');
  const auth = new AuthenticationHandler(new TokenCredentialAuthenticationProvider(options.credential, { scopes: [GRAPH_SCOPE] }));
  const maxRetryAfter = options.retry?.maxRetryAfterSeconds ?? 5;
  const retry = new RetryHandler(
    new RetryHandlerOptions(1, options.retry?.maxRetries ?? 2, (_delay, _attempt, _request, _options, response) => {
      // A bot turn must answer within Teams' ~15 s: a long Retry-After is not waited for.
      const after = Number(response.headers.get('Retry-After') ?? '0');
      return !Number.isFinite(after) || after <= maxRetryAfter;
    }),
  );
  const chain: Middleware[] = [auth, retry, new RedirectHandler(), new TelemetryHandler(), fetchHandler(options.fetch, options.requestTimeoutMs ?? 10_000)];
  for (let i = 0; i < chain.length - 1; i++) chain[i].setNext?.(chain[i + 1]);
  return Client.initWithMiddleware({
    middleware: chain[0],
    baseUrl: `${baseUrl}/`,
    defaultVersion: 'v1.0',
    // The token goes only to https and to Graph's hosts; another base URL's host is named here.
    customHosts: new Set([new URL(baseUrl).hostname]),
  });
}

/** The library's last middleware, with the fetch given (the global one by default) and a time bound. */
function fetchHandler(fetchImpl: GraphSchedulerOptions['fetch'], timeoutMs: number): Middleware {
  return {
    async execute(context: Context): Promise<void> {
      const call: GraphFetch = fetchImpl ?? ((request, init) => fetch(request as never, init as never));
      context.response = await call(context.request, { ...context.options, signal: AbortSignal.timeout(timeoutMs) });
    },
  };
}

function eventBody(entry: CalendarEntry): Record<string, unknown> {
  const names = entry.attendees.map((a) => a.name).join(', ');
  return {
    subject: entry.title,
    body: {
      contentType: 'html',
      content:
        `<p>${escapeHtml(entry.title)}</p>` +
        `<p>En samtale i Aarhus Kommunes ledertraineeforløb, aftalt i Ledertrainee-appen i Teams. Deltagere: ${escapeHtml(names)}.</p>` +
        '<p>Mødet afholdes i Microsoft Teams: deltag via linket i denne invitation. Flyt eller aflys samtalen i Ledertrainee-appen, så alle får besked.</p>',
    },
    ...timesOf(entry),
    attendees: entry.attendees
      .filter((a) => a.email)
      .map((a) => ({ type: 'required', emailAddress: { address: a.email, name: a.name } })),
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    allowNewTimeProposals: false,
    // The same booking posted twice (a retry after a lost answer) makes one event.
    transactionId: transactionIdOf(entry),
    singleValueExtendedProperties: [{ id: CONVERSATION_PROPERTY_ID, value: `${entry.programmeId}|${entry.conversationId}` }],
  };
}

function timesOf(entry: CalendarEntry): { start: GraphDateTime; end: GraphDateTime } {
  return { start: graphTime(entry.start), end: graphTime(new Date(entry.start.getTime() + entry.durationMinutes * 60_000)) };
}

function joinOf(event: GraphEvent): { joinUrl?: string } {
  const joinUrl = event.onlineMeeting?.joinUrl;
  return joinUrl && /^https:\/\//.test(joinUrl) ? { joinUrl } : {};
}

/** A UTC instant as Graph's dateTimeTimeZone. */
function graphTime(instant: Date): GraphDateTime {
  return { dateTime: instant.toISOString().replace(/\.\d{3}Z$/, ''), timeZone: 'UTC' };
}

/** Graph's dateTimeTimeZone as an instant: UTC (asked for with Prefer) or an IANA zone; else nothing. */
function instantOf(value: GraphDateTime): Date | undefined {
  const zone = /^(utc|etc\/utc|gmt)$/i.test(value.timeZone) ? 'utc' : value.timeZone;
  const parsed = DateTime.fromISO(value.dateTime, { zone });
  return parsed.isValid ? parsed.toJSDate() : undefined;
}

/** Up to `count` starts (sorted), one a day first, then more on days already used; sorted again. */
function spread(starts: readonly Date[], count: number): Date[] {
  const dayOf = (d: Date) => DateTime.fromJSDate(d, { zone: PROGRAMME_TIME_ZONE }).toISODate();
  const chosen: Date[] = [];
  const days = new Set<string | null>();
  for (const start of starts) {
    if (chosen.length >= count) break;
    if (days.has(dayOf(start))) continue;
    days.add(dayOf(start));
    chosen.push(start);
  }
  for (const start of starts) {
    if (chosen.length >= count) break;
    if (!chosen.includes(start)) chosen.push(start);
  }
  return chosen.sort((a, b) => a.getTime() - b.getTime());
}

function transactionIdOf(entry: CalendarEntry): string {
  const hash = createHash('sha256').update(`${entry.programmeId}|${entry.conversationId}|${entry.start.toISOString()}`).digest('hex');
  return `${hash.slice(0, 8)}-${hash.slice(8, 12)}-${hash.slice(12, 16)}-${hash.slice(16, 20)}-${hash.slice(20, 32)}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** What a log line may say about a failed Graph call: status and code, never a token. */
export function graphErrorFacts(error: unknown): Record<string, unknown> {
  if (error && typeof error === 'object') {
    const e = error as { statusCode?: unknown; code?: unknown; message?: unknown };
    return { statusCode: e.statusCode, code: e.code, reason: typeof e.message === 'string' ? e.message.slice(0, 300) : undefined };
  }
  return { reason: String(error) };
}
