/**
 * The joint start-up meeting (the seed's "fælles møde"): an HR consultant books ONE start-up part 1
 * for several trainees of their department, each with their nearest leader, at one time. It is
 * recorded as start-up part 1 against each programme, with the same conversation id (the meeting's
 * id) and the same time; the calendar file and the meeting list every participant.
 *
 * Which programmes can be included is always read from storage: the actor's HR departments (actor
 * facts), programmes of those departments in start-up, open, with part 1 neither booked nor held,
 * where the actor is the HR consultant (the domain lets only a conversation's participants book it).
 *
 * All or none: the time is checked against every participant's conversations in all programmes;
 * every participant's time cells are reserved before anything is saved (a cell someone else holds
 * fails the whole reservation, which is given back); then each programme is saved over its ETag. If
 * one save fails (someone changed that programme meanwhile), the programmes already saved get the
 * meeting cancelled again and the reservations are released: none is left booked, and the HR
 * consultant gets fresh proposals.
 */
import { ConcurrencyConflictError, DomainError } from '../../domain/errors';
import { LocalizedText } from '../../domain/localizedText';
import { PersonId } from '../../domain/people';
import { Programme } from '../../domain/programme';
import { actorFacts } from '../actorFacts';
import { changeProgramme } from '../changeProgramme';
import { CalendarEntry, SlotHolder, SlotProblem } from '../ports';
import { jointCalendarEntry, participantsOfAll } from './jointMeeting';
import { tell, Telling } from '../tell';
import { BookingDeps, ISO_INSTANT } from './bookConversation';
import { assertCanBook, BOOKING_DURATION_MINUTES, busyOf, participantsOf, PROPOSAL_COUNT, reservationCells } from './bookingRules';
import { BookingView, bookingViewOf } from './bookingView';
import { ProposedSlot } from './proposeBooking';
import { recordMeetingLink } from '../conversations/meetingEvents';

/** A joint meeting has at least two programmes (one is an ordinary start-up interview). */
export const JOINT_MIN_PROGRAMMES = 2;
/** And at most this many: ten trainees, ten leaders and HR fit one meeting and one card. */
export const JOINT_MAX_PROGRAMMES = 10;
const KIND = 'startupPart1' as const;
const DURATION = BOOKING_DURATION_MINUTES[KIND];

export interface JointStartupCandidate {
  programmeId: string;
  traineeName: string;
  leaderName: string;
}

export type JointStartupStart =
  | { outcome: 'candidates'; candidates: JointStartupCandidate[] }
  /** Not an HR consultant of any department, or fewer than two programmes in the department wait for part 1. */
  | { outcome: 'nothingToBook'; reason: 'notHr' | 'noProgrammes' | 'onlyOne'; traineeName?: string };

export interface JointStartupProposal {
  outcome: 'proposals';
  programmeIds: string[];
  traineeNames: string[];
  participants: string[];
  durationMinutes: number;
  slots: ProposedSlot[];
}

export interface ProposeJointStartupRequest {
  actorId: PersonId;
  /** From the card (a multi-select's comma-separated value, or a list): untrusted, checked against storage. */
  programmeIds: unknown;
}

export interface BookJointStartupRequest extends ProposeJointStartupRequest {
  actorName: string;
  /** The chosen start, as the button sent it. Untrusted. */
  start: unknown;
}

export type JointStartupOutcome =
  | { outcome: 'booked'; booking: BookingView; programmes: number }
  /** Someone took a participant's time (or changed a programme) meanwhile: fresh proposals, or why there are none. */
  | { outcome: 'taken'; proposals?: JointStartupProposal; refusal?: LocalizedText }
  | { outcome: 'invalidTime'; problem: Exclude<SlotProblem, 'overlapsBusy'> | 'malformed'; dayOff?: LocalizedText };

/** `book fælles opstartsmøde`: the programmes the HR consultant can include, to choose on a card. */
export async function jointStartupCandidates(deps: BookingDeps, actorId: PersonId): Promise<JointStartupStart> {
  const actor = await actorFacts(deps.people, actorId);
  if (actor.hrDepartmentIds.length === 0) return { outcome: 'nothingToBook', reason: 'notHr' };
  const candidates = await eligibleProgrammes(deps, actorId, actor.hrDepartmentIds);
  if (candidates.length === 0) return { outcome: 'nothingToBook', reason: 'noProgrammes' };
  if (candidates.length < JOINT_MIN_PROGRAMMES) return { outcome: 'nothingToBook', reason: 'onlyOne', traineeName: candidates[0].trainee.name };
  return {
    outcome: 'candidates',
    candidates: candidates.map((p) => ({ programmeId: p.id, traineeName: p.trainee.name, leaderName: p.leader.name })),
  };
}

/** Free times for every participant of every chosen programme. */
export async function proposeJointStartup(deps: BookingDeps, request: ProposeJointStartupRequest): Promise<JointStartupProposal> {
  const chosen = await chosenProgrammes(deps, request.actorId, request.programmeIds);
  const people = participantsOfAll(chosen);
  const busy = await busyOf(deps.programmes, people.map((p) => p.person.id));
  const slots = await deps.scheduler.proposeSlots({
    now: deps.clock.now(),
    durationMinutes: DURATION,
    busy,
    count: PROPOSAL_COUNT,
    attendees: people.map(({ person }) => ({ name: person.name, ...(person.email ? { email: person.email } : {}) })),
  });
  return {
    outcome: 'proposals',
    programmeIds: chosen.map((p) => p.id),
    traineeNames: chosen.map((p) => p.trainee.name),
    participants: people.map((p) => p.person.name),
    durationMinutes: DURATION,
    slots: slots.map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString() })),
  };
}

/** One click books the joint meeting in every chosen programme, or in none. */
export async function bookJointStartup(deps: BookingDeps, request: BookJointStartupRequest): Promise<JointStartupOutcome> {
  if (typeof request.start !== 'string' || !ISO_INSTANT.test(request.start) || Number.isNaN(Date.parse(request.start))) {
    return { outcome: 'invalidTime', problem: 'malformed' };
  }
  const start = new Date(request.start);
  const now = deps.clock.now();
  // Part 1 of a chosen programme booked meanwhile (also this very meeting, by a second click) is
  // refused here, naming whose.
  const chosen = await chosenProgrammes(deps, request.actorId, request.programmeIds);
  const people = participantsOfAll(chosen);
  const slot = { start, end: new Date(start.getTime() + DURATION * 60_000) };
  const verdict = await deps.scheduler.checkSlot(slot, await busyOf(deps.programmes, people.map((p) => p.person.id)), now);
  if (!verdict.ok) {
    if (verdict.problem === 'overlapsBusy') return taken(deps, request);
    return { outcome: 'invalidTime', problem: verdict.problem, ...(verdict.dayOff ? { dayOff: verdict.dayOff } : {}) };
  }

  const conversationId = deps.ids.newId();
  const cells = reservationCells(start, DURATION);
  const holdings = reservationHoldings(chosen, conversationId);
  const reserved: typeof holdings = [];
  for (const holding of holdings) {
    if (!(await deps.slotReservations.reserve(holding.holder, holding.personIds, cells))) {
      await releaseAll(deps, reserved, cells);
      return taken(deps, request);
    }
    reserved.push(holding);
  }

  const saved: Programme[] = [];
  try {
    for (const programme of chosen) {
      const outcome = await changeProgramme(
        deps,
        { programmeId: programme.id, actorId: request.actorId, action: 'conversation.booked', detail: `${KIND} joint ${start.toISOString()}` },
        (p, at) => p.book(KIND, conversationId, start, DURATION, at, request.actorId, { format: 'jointDepartmentMeeting' }),
      );
      saved.push(outcome.programme);
    }
  } catch (error) {
    await undoSaved(deps, saved, conversationId, request.actorId);
    await releaseAll(deps, holdings, cells);
    if (error instanceof ConcurrencyConflictError || (error instanceof DomainError && error.category === 'rule')) return taken(deps, request);
    throw error;
  }

  const lead = saved[0];
  const joinUrl = await meetingJoinUrl(deps, jointCalendarEntry(saved, conversationId, now));
  // One meeting for every programme in it: each keeps the join URL its meeting events are found by.
  if (joinUrl) for (const p of saved) await recordMeetingLink(deps, { actorId: request.actorId, programmeId: p.id, conversationId, joinUrl });
  const viewFor = (programme: Programme): BookingView => ({
    ...jointBookingView(saved, programme, conversationId, deps),
    ...(joinUrl ? { joinUrl } : {}),
  });
  // Each participant gets the card of their own programme (its buttons move or cancel their part).
  const tellings: Telling[] = [];
  const told = new Set<PersonId>([request.actorId]);
  for (const programme of saved) {
    for (const person of participantsOf(programme, KIND)) {
      if (told.has(person.id)) continue;
      told.add(person.id);
      tellings.push({ to: person.id, notice: { kind: 'conversationBooked', booking: viewFor(programme), byName: request.actorName } });
    }
  }
  await tell(deps, tellings);
  return { outcome: 'booked', booking: viewFor(lead), programmes: saved.length };
}

// ---------------------------------------------------------------- which programmes

/** Programmes of the actor's departments whose part 1 the actor can book now. */
async function eligibleProgrammes(deps: BookingDeps, actorId: PersonId, departmentIds: readonly string[]): Promise<Programme[]> {
  const now = deps.clock.now();
  const lists = await Promise.all(departmentIds.map((id) => deps.programmes.listForDepartment(id)));
  const byId = new Map<string, Programme>();
  for (const programme of lists.flat()) if (canInclude(programme, actorId, departmentIds, now)) byId.set(programme.id, programme);
  return [...byId.values()].sort((a, b) => a.trainee.name.localeCompare(b.trainee.name, 'da'));
}

/**
 * Whether the actor can include the programme now: of one of their HR departments, open, in
 * start-up, theirs as HR consultant, and part 1 bookable (the domain's own rules, on a copy).
 */
function canInclude(programme: Programme, actorId: PersonId, departmentIds: readonly string[], now: Date): boolean {
  if (!departmentIds.includes(programme.departmentId)) return false;
  if (programme.isClosed || programme.phase !== 'startup' || programme.roleOf(actorId) !== 'hrConsultant') return false;
  try {
    assertCanBook(programme, KIND, actorId, now);
    return true;
  } catch (error) {
    if (error instanceof DomainError) return false;
    throw error;
  }
}

/**
 * The chosen programmes, each read fresh (only those, not the whole department): each must be one
 * the actor can include now, else a clear refusal that names only trainees the actor may see.
 */
async function chosenProgrammes(deps: BookingDeps, actorId: PersonId, programmeIds: unknown): Promise<Programme[]> {
  const ids = idsOf(programmeIds);
  if (ids.length < JOINT_MIN_PROGRAMMES) throw jointError('jointStartupTooFew', 'rule', {
    da: 'Vælg mindst to ledertrainees til det fælles opstartsmøde. Én ledertrainee aftaler opstartssamtalen med **book**.',
    en: 'Choose at least two trainees for the joint start-up meeting. For one trainee, book the start-up interview with **book**.',
  });
  if (ids.length > JOINT_MAX_PROGRAMMES) throw jointError('jointStartupTooMany', 'rule', {
    da: `Et fælles opstartsmøde kan højst have ${JOINT_MAX_PROGRAMMES} ledertrainees.`,
    en: `A joint start-up meeting can have at most ${JOINT_MAX_PROGRAMMES} trainees.`,
  });
  const actor = await actorFacts(deps.people, actorId);
  if (actor.hrDepartmentIds.length === 0) throw jointError('onlyHrBooksJointStartup', 'forbidden', {
    da: 'Kun en HR-konsulent kan aftale et fælles opstartsmøde for afdelingens ledertrainees.',
    en: "Only an HR consultant can book a joint start-up meeting for the department's trainees.",
  });
  const now = deps.clock.now();
  const loaded = await Promise.all(
    ids.map((id) =>
      deps.programmes.load(id).then(
        (l) => l.programme,
        (error) => {
          if (error instanceof DomainError && error.category === 'notFound') return undefined;
          throw error;
        },
      ),
    ),
  );
  const refused = loaded.filter((p, i) => !p || !canInclude(p, actorId, actor.hrDepartmentIds, now) || ids[i] !== p.id);
  if (refused.length > 0) {
    // Say whose programme it is when the actor may see it; never reveal a stranger's programme.
    const known = refused.filter((p): p is Programme => p !== undefined && p.canView(actor)).map((p) => p.trainee.name);
    const who = known.length > 0 ? known.join(', ') : undefined;
    throw jointError('jointStartupNotEligible', 'rule', {
      da: `${who ? `${who} kan` : 'Et af de valgte forløb kan'} ikke komme med: et fælles opstartsmøde kan kun omfatte ledertrainees i din magistratsafdeling, i Opstart, hvor du er HR-konsulent, og hvor opstartssamtale del 1 ikke allerede er aftalt. Skriv **book fælles opstartsmøde** for at vælge igen.`,
      en: `${who ? `${who} cannot` : 'One of the chosen programmes cannot'} be included: a joint start-up meeting can only include trainees of your department, in start-up, whose HR consultant you are and whose start-up interview part 1 is not booked yet. Type **book joint start-up** to choose again.`,
    });
  }
  return loaded as Programme[];
}

function idsOf(value: unknown): string[] {
  const list = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [];
  const ids = list.filter((id): id is string => typeof id === 'string').map((id) => id.trim()).filter((id) => id !== '');
  return [...new Set(ids)];
}

function jointError(code: string, category: 'rule' | 'forbidden', text: LocalizedText): DomainError {
  return new DomainError(code, category, text);
}

// ---------------------------------------------------------------- people and time

/**
 * Who holds which person's cells: each person once, under the first programme they take part in,
 * so cancelling one trainee's part later frees that trainee's and leader's time under their own
 * programme; a person shared by several programmes stays held by the first.
 */
function reservationHoldings(programmes: readonly Programme[], conversationId: string): { holder: SlotHolder; personIds: PersonId[] }[] {
  const taken = new Set<PersonId>();
  return programmes.map((programme) => {
    const personIds = participantsOf(programme, KIND)
      .map((p) => p.id)
      .filter((id) => !taken.has(id));
    personIds.forEach((id) => taken.add(id));
    return { holder: { programmeId: programme.id, conversationId }, personIds };
  });
}

async function releaseAll(deps: BookingDeps, holdings: readonly { holder: SlotHolder; personIds: PersonId[] }[], cells: readonly string[]): Promise<void> {
  await Promise.all(holdings.map((h) => deps.slotReservations.release(h.holder, h.personIds, cells)));
}

/** A programme saved before another one failed: the meeting is cancelled there again (audited), so none is left booked. */
async function undoSaved(deps: BookingDeps, saved: readonly Programme[], conversationId: string, actorId: PersonId): Promise<void> {
  const undo = (programmeId: string) =>
    changeProgramme(deps, { programmeId, actorId, action: 'conversation.cancelled', detail: `${KIND} joint not booked for all` }, (p, at) =>
      p.cancel(conversationId, 'Det fælles opstartsmøde kunne ikke aftales for alle.', at, actorId),
    );
  for (const programme of saved) {
    // Someone may change that programme in the same moment: one more try over the fresh version.
    await undo(programme.id).catch((error) => (error instanceof ConcurrencyConflictError ? undo(programme.id) : Promise.reject(error)));
  }
}

/** The meeting with a Teams link, when the scheduler makes meetings (Graph); the booking stands without it. */
async function meetingJoinUrl(deps: BookingDeps, entry: CalendarEntry): Promise<string | undefined> {
  if (!deps.scheduler.meetings) return undefined;
  try {
    return (await deps.scheduler.meetings.create(entry)).joinUrl;
  } catch {
    return undefined;
  }
}

/**
 * The joint meeting as `programme`'s participants see it: every trainee and participant, the
 * calendar link of the first programme (one file, one UID, for everyone), and the buttons of
 * their own programme.
 */
function jointBookingView(programmes: readonly Programme[], own: Programme, conversationId: string, deps: BookingDeps): BookingView {
  const base = bookingViewOf(own, own.conversation(conversationId), deps.scheduler);
  const lead = bookingViewOf(programmes[0], programmes[0].conversation(conversationId), deps.scheduler);
  return {
    ...base,
    traineeName: programmes.map((p) => p.trainee.name).join(', '),
    participants: participantsOfAll(programmes).map(({ person, role }) => ({ name: person.name, role })),
    ...(lead.calendarUrl ? { calendarUrl: lead.calendarUrl } : {}),
    awaitsPersonalityFeedback: programmes.some((p) => bookingViewOf(p, p.conversation(conversationId), deps.scheduler).awaitsPersonalityFeedback),
    joint: true,
  };
}

/** The time went to someone else: fresh proposals for the same programmes when they can still be included, else why not. */
async function taken(deps: BookingDeps, request: BookJointStartupRequest): Promise<JointStartupOutcome> {
  try {
    return { outcome: 'taken', proposals: await proposeJointStartup(deps, request) };
  } catch (error) {
    if (error instanceof DomainError) return { outcome: 'taken', refusal: error.text };
    throw error;
  }
}
