/**
 * Ports the application layer needs besides the domain's repositories.
 */
import { PersonId } from '../domain/people';
import type { DueReminder, ReminderKind } from '../domain/reminders';
import type { LocalizedText } from '../domain/localizedText';
import type { BookingView } from './booking/bookingTypes';
import type { NominationSummary } from '../domain/nomination';
import type { TakeOffEvent } from '../domain/takeOffEvent';

/**
 * A Bot Framework conversation reference, stored as plain JSON so the application layer does not
 * depend on botbuilder. It is what a proactive message needs to reach the user later.
 */
export type StoredConversationReference = Record<string, unknown> & {
  conversation: { id: string; conversationType?: string; tenantId?: string };
  serviceUrl: string;
};

/**
 * Who is acting in a request: a person's Entra object id within the Entra tenant the request came
 * from. The edges derive it from what the channel vouches for (in Teams: the tenant and
 * `from.aadObjectId`), never from an id the client chooses; a request without it acts as nobody.
 */
export interface ActingPerson {
  /** Entra tenant id, lower case. Empty only in local mode, when the local tool sends none. */
  tenantId: string;
  /** The person's Entra object id, lower case: the id programmes store. */
  personId: PersonId;
}

export interface ConversationReferenceStore {
  /**
   * Remembers where the user can be reached. One reference per user and conversation; saving the
   * same again only refreshes it.
   */
  save(userId: PersonId, reference: StoredConversationReference): Promise<void>;
  /**
   * Every conversation the user can be reached in (personal chat first), leaving out those marked
   * stale: Teams refused the bot there (the app was removed), until the user writes there again.
   */
  listForUser(userId: PersonId): Promise<StoredConversationReference[]>;
  /** Teams refused a message there (403/404): no more tries there until `save` stores it again. */
  markStale(userId: PersonId, conversationId: string): Promise<void>;
}

/**
 * Remembers which incoming activities have been acted on. Teams retries a request that takes more
 * than ~15 s with the same activity id; keying on it keeps a retried request from acting twice.
 */
export interface HandledActivities {
  /** Records the activity as handled; false when it had already been recorded. */
  markHandled(conversationId: string, activityId: string): Promise<boolean>;
}

/**
 * Storage did not answer in time, or not at all. Nothing was changed; the edges tell the user to
 * try again in a moment.
 */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
}

/** Answers whether the backing storage is reachable: used by the health endpoint. */
export interface StorageHealth {
  /** Resolves when storage answers; rejects with the reason otherwise. */
  check(): Promise<void>;
}

/**
 * The little the application and its edges need from a logger, shaped like pino's
 * `(object, message)` calls so the composition root passes its pino logger as it is, and tests a
 * recording one.
 */
export interface Logger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * Something the application tells a person without being asked: the edge decides how it looks
 * (text or card, in the recipient's language), the application decides who is told and what.
 */
export type Notice =
  | { kind: 'personalityTestTaken'; programmeId: string; traineeName: string }
  | { kind: 'personalityFeedbackGiven'; programmeId: string; traineeName: string }
  // Reminders (application/reminderEngine.ts; what is due: domain/reminders.ts).
  | ReminderNotice
  // Booking: every participant gets the conversation as a card (time, participants, calendar link).
  | { kind: 'conversationBooked'; booking: BookingView; byName: string }
  | { kind: 'conversationRescheduled'; booking: BookingView; previousStart: string; byName: string }
  | { kind: 'conversationCancelled'; booking: BookingView; reason: string; byName: string }
  // Nomination: HR of the department decides on a card; the leader is told the outcome; the trainee is welcomed.
  | { kind: 'nominationToDecide'; nomination: NominationSummary }
  | { kind: 'nominationAccepted'; programmeId: string; traineeName: string; hrName: string }
  | { kind: 'nominationQuestion'; programmeId: string; traineeName: string; hrName: string; question: string }
  | { kind: 'nominationDeclined'; programmeId: string; traineeName: string; hrName: string; reason: string }
  | { kind: 'welcomeToProgramme'; programmeId: string; leaderName: string; hrName: string; departmentName: string }
  // Take-off: a trainee in completion is invited, with the registration form.
  | { kind: 'takeOffInvitation'; event: TakeOffEvent; traineeName: string }
  // A programme's card, rendered by the edge that asked for it (programmeChat/deliverToProgramme.ts): sent as it is.
  | { kind: 'programmeCard'; programmeId: string; card: Record<string, unknown>; summary?: string };

/** A reminder to one person: which kind, and what its text names (trainee, conversation, date). */
export type ReminderNotice = { kind: 'reminder'; reminder: ReminderKind; programmeId: string } & DueReminder['data'];

/** Delivers notices to people where the bot can reach them: their personal chat with the bot, never a group chat. */
export interface Notifier {
  /**
   * Never rejects: a person who cannot be reached (no conversation stored, the app removed) is
   * logged by the adapter; the change that caused the notice has already been saved.
   */
  notify(to: PersonId, language: 'da' | 'en', notice: Notice): Promise<void>;
}

// ---------------------------------------------------------------- delivery and reminders

/**
 * How one delivery ended: `delivered`; `unreachable`: no conversation stored, or Teams refused
 * every stored one (403/404, now marked stale), so trying again will not help until the person
 * writes; `failed`: Teams did not take it after the retries (throttled, down): worth a later try.
 */
export type Delivery = 'delivered' | 'unreachable' | 'failed';

/** Like Notifier, but says how the delivery ended (the reminder engine records it). Never rejects. */
export interface NoticeDelivery {
  deliver(to: PersonId, language: 'da' | 'en', notice: Notice): Promise<Delivery>;
}

/** At most one holder at a time, for a limited time: of the server instances, only the holder sends reminders. */
export interface Lease {
  /** Takes the lease for `holder` until now + ttlMs, or renews it when `holder` has it; false while another holds it. */
  acquire(holder: string, now: Date, ttlMs: number): Promise<boolean>;
  /** Gives the lease up if `holder` has it (a clean stop), so another instance can take over at once. */
  release(holder: string): Promise<void>;
}

/**
 * Where one reminder to one person stands: `pending` (claimed, being sent), `sent`, `unreachable`
 * (final: nowhere to send it), `failed` (tried again on the next run), `gaveUp` (failed too often).
 */
export type ReminderDeliveryState = 'pending' | 'sent' | 'unreachable' | 'failed' | 'gaveUp';

export interface ReminderRecord {
  state: ReminderDeliveryState;
  /** When the latest try was claimed (ISO). */
  claimedAt: string;
  attempts: number;
  /** Opaque (the ETag): a reclaim succeeds only over the version read. */
  version: string;
}

/**
 * The idempotency record of each reminder to each person (reminder key + person id). The claim is
 * written before sending (create-if-absent, or over the version read), so two engines never both
 * send; how the try ended is written after.
 */
export interface SentReminders {
  find(reminderKey: string, to: PersonId): Promise<ReminderRecord | undefined>;
  /** Creates the record as `pending` (attempt 1); false when it exists already. */
  claim(reminderKey: string, to: PersonId, at: Date): Promise<boolean>;
  /** Makes an existing record `pending` again (next attempt) over `read`; false when it changed in between. */
  reclaim(reminderKey: string, to: PersonId, read: ReminderRecord, at: Date): Promise<boolean>;
  /** Writes how the try ended. */
  settle(reminderKey: string, to: PersonId, state: Exclude<ReminderDeliveryState, 'pending'>, at: Date): Promise<void>;
}

// ---------------------------------------------------------------- booking

/** A span of time: start inclusive, end exclusive (UTC instants). */
export interface TimeSpan {
  start: Date;
  end: Date;
}

/** Why a time cannot be booked. */
export type SlotProblem = 'past' | 'notWorkingDay' | 'outsideWorkingHours' | 'overlapsBusy';

export type SlotVerdict = { ok: true } | { ok: false; problem: SlotProblem; /** The day off, when it is one. */ dayOff?: LocalizedText };

/** A conversation as a calendar entry: what the scheduler writes into a calendar file or meeting. */
export interface CalendarEntry {
  programmeId: string;
  conversationId: string;
  /** Danish, e.g. "Opstartssamtale del 1 – Ledertrainee: Ahmad Rahimi". */
  title: string;
  start: Date;
  durationMinutes: number;
  organizer: { name: string; email?: string };
  attendees: readonly { name: string; email?: string }[];
  status: 'confirmed' | 'cancelled';
  /** When it is written: the file's DTSTAMP, and (as it only grows) its SEQUENCE. */
  stamp: Date;
}

export type CalendarLinkOpening =
  | { ok: true; programmeId: string; conversationId: string }
  | { ok: false; reason: 'malformed' | 'forged' | 'expired' };

/**
 * Finds times and puts booked conversations into people's calendars. The built-in calendar
 * (scheduling/) is the default: working-day slots, a signed link to a standard .ics file. A
 * Microsoft Graph adapter (meetings with a Teams join link) can take its place when configured.
 */
export interface Scheduler {
  /**
   * At least `count` free times in the next three weeks when the calendars leave room for them.
   * `attendees`: who takes part, for a scheduler that reads their own calendars (Graph); the
   * built-in calendar knows only `busy`.
   */
  proposeSlots(request: {
    now: Date;
    durationMinutes: number;
    busy: readonly TimeSpan[];
    count: number;
    attendees?: readonly { name: string; email?: string }[];
  }): Promise<TimeSpan[]>;
  /** Whether a chosen time can be booked now: working day and hours, in the future, clear of `busy`. */
  checkSlot(slot: TimeSpan, busy: readonly TimeSpan[], now: Date): Promise<SlotVerdict>;
  /** An absolute link to the conversation's calendar file, valid until `validUntil`; undefined when calendar links are off. */
  calendarLink(conversation: { programmeId: string; conversationId: string }, validUntil: Date): string | undefined;
  /** The conversation a calendar link's token stands for, or why it is refused. */
  openCalendarLink(token: string, now: Date): CalendarLinkOpening;
  /** The calendar file of a conversation as it is now (booked, moved or cancelled). */
  calendarFile(entry: CalendarEntry): { text: string; fileName: string; contentType: string };
  /**
   * Meetings in the participants' own calendars, when this scheduler makes them (Microsoft Graph:
   * an Outlook event with a Teams meeting, organised by a service mailbox). Absent for the
   * built-in calendar, whose calendar file is all there is.
   */
  meetings?: MeetingCalendar;
}

/**
 * The meeting of a booked conversation, found by the conversation (programme + conversation id):
 * the scheduler keeps the link itself, so the programme stores nothing of it. Each call either
 * does what it says or rejects (the adapter logs why); the booking stands either way.
 */
export interface MeetingCalendar {
  /** Creates the conversation's meeting, inviting the attendees; its Teams join link. */
  create(entry: CalendarEntry): Promise<{ joinUrl?: string }>;
  /** Moves the conversation's meeting to `entry.start` (creates it when there is none); its join link. */
  move(entry: CalendarEntry): Promise<{ joinUrl?: string }>;
  /** Cancels the conversation's meeting, telling the attendees why; nothing when there is none. */
  cancel(entry: CalendarEntry, reason: string): Promise<void>;
}

/** Who holds a reserved time: one conversation of one programme. */
export interface SlotHolder {
  programmeId: string;
  conversationId: string;
}

/**
 * Per-person reservations of time cells (ISO instants on a quarter-hour grid), so the same person
 * is never booked twice for the same time, even by two programmes at the same moment: a programme's
 * ETag guards one programme, this guards a person across programmes.
 */
export interface SlotReservations {
  /**
   * Reserves every cell for every person, all or nothing: false, with nothing kept, when any cell
   * of any of them is held already.
   */
  reserve(holder: SlotHolder, personIds: readonly PersonId[], cells: readonly string[]): Promise<boolean>;
  /** Frees these cells where this conversation holds them; a cell held by another stays. */
  release(holder: SlotHolder, personIds: readonly PersonId[], cells: readonly string[]): Promise<void>;
}

/** New ids for what the application creates (conversations). */
export interface IdGenerator {
  newId(): string;
}

// ---------------------------------------------------------------- the programme's chat (programmeChat/)

/** A programme's chat as stored: the programme owns the binding; a chat is bound to at most one programme. */
export interface ProgrammeChatBinding {
  programmeId: string;
  /** Teams' id of the group chat, e.g. "19:…@thread.v2". */
  chatId: string;
  /**
   * Where the bot writes into the chat. A chat the app created through Microsoft Graph gets it from
   * the service address of a participant's own conversation; absent only when none was known yet.
   */
  reference?: StoredConversationReference;
  /** `graph`: the app created the chat; `teams`: a participant added the bot to a chat and bound it. */
  origin: 'graph' | 'teams';
  boundBy: PersonId;
  /** ISO instant. */
  boundAt: string;
}

export interface ProgrammeChatStore {
  forProgramme(programmeId: string): Promise<ProgrammeChatBinding | undefined>;
  forChat(chatId: string): Promise<ProgrammeChatBinding | undefined>;
  /**
   * Binds the chat to the programme. A programme has one chat and a chat one programme: an earlier
   * binding of either is replaced.
   */
  bind(binding: ProgrammeChatBinding): Promise<void>;
  /** Removes the programme's binding (nothing when there is none). */
  unbind(programmeId: string): Promise<void>;
}

/**
 * Microsoft Graph (application permissions): creates a group chat and installs the Teams app in it.
 * Each call does what it says or rejects; the adapter logs why.
 */
export interface GroupChatCreator {
  /** `POST /chats`: a group chat with these people (Entra object ids) as members, under a topic. */
  createGroupChat(request: { topic: string; memberIds: readonly PersonId[] }): Promise<{ chatId: string; tenantId?: string }>;
  /** `POST /chats/{id}/installedApps`: the app (and so the bot) in the chat. */
  installApp(chatId: string): Promise<void>;
}

/** The notifier's way into one given conversation (a group chat), with its pacing and retries. Never rejects. */
export interface ConversationDelivery {
  /** `unreachable`: Teams refused the bot there (403/404: it was removed from the chat). */
  deliverToConversation(reference: StoredConversationReference, language: 'da' | 'en', notice: Notice): Promise<Delivery>;
}

/**
 * The cohort lists (the tab's Oversigt) read slimmed programme states (domain/cohortSummary.ts)
 * kept beside the department index: one query for a department or for all, instead of loading
 * every programme's partition. Programmes whose summary may be behind are read whole instead.
 */
export interface ProgrammeSummaries {
  /**
   * Slimmed states of the departments' programmes, or of every programme with `'all'`, each with the
   * stored revision it is the state of (a programme's revision names one committed state).
   */
  listSummaries(scope: { departmentIds: readonly string[] } | 'all'): Promise<{ state: import('../domain/state').ProgrammeState; revision: number }[]>;
  /** Slimmed states of the programmes the person is one of the three in (what the tab's start needs). */
  listSummariesForPerson(personId: PersonId): Promise<import('../domain/state').ProgrammeState[]>;
}
