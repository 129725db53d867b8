/**
 * One click books a proposed time (or moves a booked conversation to it), and every participant
 * gets the confirmation. Never a double booking:
 * - the time is checked again against fresh calendars (every participant, every programme);
 * - each participant's quarter-hour cells are reserved (SlotReservations: a create that fails when
 *   the cell is taken) BEFORE the programme is saved, so two programmes booking the same person at
 *   the same moment cannot both win; the reservations are released when the save fails;
 * - the programme is saved over its ETag, so two people of the same programme cannot both win.
 * The loser is told the time was taken meanwhile and gets fresh proposals.
 */
import { ConcurrencyConflictError, DomainError } from '../../domain/errors';
import { LocalizedText } from '../../domain/localizedText';
import { CONVERSATION_KIND_LABELS } from '../../domain/labels';
import { PersonId } from '../../domain/people';
import { Programme } from '../../domain/programme';
import { ConversationKind, ConversationState } from '../../domain/state';
import { actorFacts } from '../actorFacts';
import { ChangeDeps, changeProgramme } from '../changeProgramme';
import { CalendarEntry, IdGenerator, Scheduler, SlotProblem, SlotReservations } from '../ports';
import { tell, TellDeps, Telling } from '../tell';
import { assertCanBook, BOOKING_DURATION_MINUTES, busyOf, participantsOf, reservationCells } from './bookingRules';
import { BookingView, bookingViewOf } from './bookingView';
import { jointCalendarEntry, jointMeetingProgrammes } from './jointMeeting';
import { BookingProposal, proposeBooking, ProposeDeps } from './proposeBooking';
import { recordMeetingLink } from '../conversations/meetingEvents';

export interface BookingDeps extends ChangeDeps, TellDeps, ProposeDeps {
  scheduler: Scheduler;
  slotReservations: SlotReservations;
  ids: IdGenerator;
}

export interface BookConversationRequest {
  actorId: PersonId;
  /** The actor's name as the channel shows it, for the notices. */
  actorName: string;
  programmeId: string;
  kind: ConversationKind;
  /** The chosen start, as the button sent it: an ISO instant. Untrusted. */
  start: string;
  /** Set when moving a booked conversation. */
  conversationId?: string;
}

export type BookingOutcome =
  | { outcome: 'booked'; booking: BookingView; moved: boolean }
  /** Someone else took the time (or the conversation) meanwhile: fresh proposals, or why there are none. */
  | { outcome: 'taken'; proposals?: BookingProposal; refusal?: LocalizedText }
  /** The time itself cannot be booked (not a time, in the past, a weekend or a day off, outside working hours). */
  | { outcome: 'invalidTime'; problem: Exclude<SlotProblem, 'overlapsBusy'> | 'malformed'; dayOff?: LocalizedText };

/** A time as a booking button sends it: an ISO instant with a zone. */
export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export async function bookConversation(deps: BookingDeps, request: BookConversationRequest): Promise<BookingOutcome> {
  const { actorId, programmeId } = request;
  if (typeof request.start !== 'string' || !ISO_INSTANT.test(request.start) || Number.isNaN(Date.parse(request.start))) {
    return { outcome: 'invalidTime', problem: 'malformed' };
  }
  const start = new Date(request.start);
  const now = deps.clock.now();
  const [actor, loaded] = await Promise.all([actorFacts(deps.people, actorId), deps.programmes.load(programmeId)]);
  const programme = loaded.programme;
  programme.assertCanView(actor);

  const moving = request.conversationId !== undefined ? programme.conversation(request.conversationId) : undefined;
  const kind = moving?.kind ?? request.kind;
  const durationMinutes = moving?.durationMinutes ?? BOOKING_DURATION_MINUTES[kind];
  try {
    if (moving) Programme.fromState(programme.toState()).reschedule(moving.id, start, undefined, now, actorId);
    else assertCanBook(programme, kind, actorId, now);
  } catch (error) {
    // The same time just booked by someone else of the programme: that is "taken", not a rule.
    const sameJustBooked = programme.conversations().some((c) => c.kind === kind && c.status === 'booked' && Date.parse(c.scheduledAt) === start.getTime());
    if (!moving && error instanceof DomainError && error.code === 'conversationAlreadyOpen' && sameJustBooked) return taken(deps, request);
    throw error;
  }

  const people = participantsOf(programme, kind).map((p) => p.id);
  const slot = { start, end: new Date(start.getTime() + durationMinutes * 60_000) };
  const busy = await busyOf(deps.programmes, people, moving ? { programmeId, conversationId: moving.id } : undefined);
  const verdict = await deps.scheduler.checkSlot(slot, busy, now);
  if (!verdict.ok) {
    if (verdict.problem === 'overlapsBusy') return taken(deps, request);
    return { outcome: 'invalidTime', problem: verdict.problem, ...(verdict.dayOff ? { dayOff: verdict.dayOff } : {}) };
  }

  const conversationId = moving?.id ?? deps.ids.newId();
  const holder = { programmeId, conversationId };
  const cells = reservationCells(start, durationMinutes);
  const oldCells = moving ? reservationCells(new Date(moving.scheduledAt), moving.durationMinutes) : [];
  const newCells = cells.filter((cell) => !oldCells.includes(cell));
  if (!(await deps.slotReservations.reserve(holder, people, newCells))) return taken(deps, request);

  let outcome;
  try {
    outcome = await changeProgramme(
      deps,
      { programmeId, actorId, action: moving ? 'conversation.rescheduled' : 'conversation.booked', detail: `${kind} ${start.toISOString()}` },
      (p, at) => (moving ? p.reschedule(conversationId, start, undefined, at, actorId) : p.book(kind, conversationId, start, durationMinutes, at, actorId)),
    );
  } catch (error) {
    await deps.slotReservations.release(holder, people, newCells);
    if (error instanceof ConcurrencyConflictError) return taken(deps, request);
    throw error;
  }
  if (moving) await deps.slotReservations.release(holder, people, oldCells.filter((cell) => !cells.includes(cell)));

  const booked = outcome.programme.conversation(conversationId);
  const joinUrl = await meetingOf(deps, () => {
    const entry = calendarEntryOf(outcome.programme, booked, now);
    return moving ? deps.scheduler.meetings?.move(entry) : deps.scheduler.meetings?.create(entry);
  });
  // Meeting events (start, end) find the conversation by the meeting's join URL.
  if (joinUrl && joinUrl !== booked.joinUrl) await recordMeetingLink(deps, { actorId, programmeId, conversationId, joinUrl });
  const booking = { ...bookingViewOf(outcome.programme, booked, deps.scheduler), ...(joinUrl ? { joinUrl } : {}) };
  const notice = moving
    ? { kind: 'conversationRescheduled' as const, booking, previousStart: new Date(moving.scheduledAt).toISOString(), byName: request.actorName }
    : { kind: 'conversationBooked' as const, booking, byName: request.actorName };
  await tell(deps, othersOf(outcome.programme, kind, actorId).map((to): Telling => ({ to, notice })));
  return { outcome: 'booked', booking, moved: moving !== undefined };
}

export interface CancelConversationRequest {
  actorId: PersonId;
  actorName: string;
  programmeId: string;
  conversationId: string;
  reason: string;
}

/** Cancels a booked conversation with a reason, frees the participants' time and tells them. */
export async function cancelConversation(deps: BookingDeps, request: CancelConversationRequest): Promise<BookingView> {
  const { actorId, programmeId, conversationId } = request;
  const outcome = await changeProgramme(deps, { programmeId, actorId, action: 'conversation.cancelled' }, (p, at) =>
    p.cancel(conversationId, request.reason, at, actorId),
  );
  const conversation = outcome.programme.conversation(conversationId);
  const people = participantsOf(outcome.programme, conversation.kind).map((p) => p.id);
  await deps.slotReservations.release({ programmeId, conversationId }, people, reservationCells(new Date(conversation.scheduledAt), conversation.durationMinutes));
  await meetingOf(deps, () => deps.scheduler.meetings?.cancel(calendarEntryOf(outcome.programme, conversation, deps.clock.now()), conversation.cancelled?.reason ?? ''));
  const booking = bookingViewOf(outcome.programme, conversation, deps.scheduler);
  const notice = { kind: 'conversationCancelled' as const, booking, reason: conversation.cancelled?.reason ?? '', byName: request.actorName };
  await tell(deps, othersOf(outcome.programme, conversation.kind, actorId).map((to): Telling => ({ to, notice })));
  return booking;
}

export type CalendarFileOutcome =
  | { outcome: 'file'; text: string; fileName: string; contentType: string }
  | { outcome: 'refused'; reason: 'malformed' | 'forged' | 'expired' | 'notFound' };

/**
 * The calendar file behind a signed link, built from the conversation as it is now: moved, it
 * moves the entry already in the calendar (same UID, higher SEQUENCE); cancelled, it removes it.
 * The link is the permission: no sign-in in the browser that opens it.
 */
export async function calendarFileFor(deps: Pick<BookingDeps, 'programmes' | 'clock' | 'scheduler'>, token: string): Promise<CalendarFileOutcome> {
  const now = deps.clock.now();
  const link = deps.scheduler.openCalendarLink(token, now);
  if (!link.ok) return { outcome: 'refused', reason: link.reason };
  let programme: Programme;
  try {
    programme = (await deps.programmes.load(link.programmeId)).programme;
    programme.conversation(link.conversationId);
  } catch (error) {
    if (error instanceof DomainError && error.category === 'notFound') return { outcome: 'refused', reason: 'notFound' };
    throw error;
  }
  const conversation = programme.conversation(link.conversationId);
  // A joint start-up meeting is one calendar entry with every participant of every programme in it.
  const entry =
    conversation.format === 'jointDepartmentMeeting'
      ? jointCalendarEntry(await jointMeetingProgrammes(deps, programme, conversation.id), conversation.id, now)
      : calendarEntryOf(programme, conversation, now);
  const file = deps.scheduler.calendarFile(entry);
  return { outcome: 'file', ...file };
}

/** A conversation as it is now, as a calendar entry (a calendar file, or a meeting). */
function calendarEntryOf(programme: Programme, conversation: ConversationState, now: Date): CalendarEntry {
  const people = participantsOf(programme, conversation.kind);
  const booker = [programme.trainee, programme.leader, programme.hrConsultant].find((p) => p?.id === conversation.booked.by) ?? programme.leader;
  return {
    programmeId: programme.id,
    conversationId: conversation.id,
    // Calendar entries are shared between people: Danish, the product's language.
    title: `${CONVERSATION_KIND_LABELS[conversation.kind].da} – Ledertrainee: ${programme.trainee.name}`,
    start: new Date(conversation.scheduledAt),
    durationMinutes: conversation.durationMinutes,
    organizer: { name: booker.name, ...(booker.email ? { email: booker.email } : {}) },
    attendees: people.map((p) => ({ name: p.name, ...(p.email ? { email: p.email } : {}) })),
    status: conversation.status === 'cancelled' ? 'cancelled' : 'confirmed',
    stamp: now,
  };
}

/**
 * The meeting scheduler's part, when there is one: the booking is saved already and stands even
 * when the meeting cannot be made (the adapter logs why; the calendar file is still there).
 */
async function meetingOf(
  deps: Pick<BookingDeps, 'scheduler'>,
  call: () => Promise<{ joinUrl?: string } | void> | undefined,
): Promise<string | undefined> {
  if (!deps.scheduler.meetings) return undefined;
  try {
    const meeting = await call();
    return meeting ? meeting.joinUrl : undefined;
  } catch {
    return undefined;
  }
}

function othersOf(programme: Programme, kind: ConversationKind, actorId: PersonId): PersonId[] {
  return participantsOf(programme, kind)
    .map((p) => p.id)
    .filter((id) => id !== actorId);
}

/** The time went to someone else: fresh proposals when the conversation can still be booked, else why not. */
async function taken(deps: BookingDeps, request: BookConversationRequest): Promise<BookingOutcome> {
  try {
    const proposals = await proposeBooking(deps, {
      actorId: request.actorId,
      programmeId: request.programmeId,
      kind: request.kind,
      ...(request.conversationId ? { conversationId: request.conversationId } : {}),
    });
    return { outcome: 'taken', proposals };
  } catch (error) {
    if (error instanceof DomainError) return { outcome: 'taken', refusal: error.text };
    throw error;
  }
}
