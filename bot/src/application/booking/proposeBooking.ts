/**
 * `book`: which conversation the person can book now, and at least three free times for it. The
 * programme is one of the person's own where their role may book what the phase allows (a choice
 * when there are several); the kind is what they asked for, else what the phase calls for next.
 * The times avoid every participant's booked conversations in all their programmes.
 */
import { DomainError } from '../../domain/errors';
import { LocalizedText } from '../../domain/localizedText';
import { PersonId } from '../../domain/people';
import { PersonDirectory, ProgrammeRepository } from '../../domain/ports';
import { Programme } from '../../domain/programme';
import { ConversationKind } from '../../domain/state';
import { actorFacts } from '../actorFacts';
import { Clock, Scheduler } from '../ports';
import { assertCanBook, BOOKING_DURATION_MINUTES, busyOf, defaultKind, participantsOf, PROPOSAL_COUNT } from './bookingRules';

export interface ProposeDeps {
  programmes: ProgrammeRepository;
  people: PersonDirectory;
  clock: Clock;
  scheduler: Scheduler;
}

export interface ProposeBookingRequest {
  actorId: PersonId;
  programmeId?: string;
  kind?: ConversationKind;
  /** Moving a booked conversation: new times for it (its kind and programme are its own). */
  conversationId?: string;
}

export interface ProposedSlot {
  /** ISO instants (UTC). */
  start: string;
  end: string;
}

export type BookingProposal =
  | {
      outcome: 'proposals';
      programmeId: string;
      traineeName: string;
      kind: ConversationKind;
      durationMinutes: number;
      participants: string[];
      slots: ProposedSlot[];
      /** When moving a conversation: which, and when it is now. */
      rescheduling?: { conversationId: string; currentStart: string };
    }
  | { outcome: 'choose'; choices: { programmeId: string; traineeName: string; kind: ConversationKind }[] }
  | { outcome: 'nothingToBook'; reason?: LocalizedText };

export async function proposeBooking(deps: ProposeDeps, request: ProposeBookingRequest): Promise<BookingProposal> {
  const now = deps.clock.now();
  if (request.programmeId !== undefined) {
    const [actor, loaded] = await Promise.all([actorFacts(deps.people, request.actorId), deps.programmes.load(request.programmeId)]);
    const programme = loaded.programme;
    programme.assertCanView(actor);
    if (request.conversationId !== undefined) return proposeMove(deps, programme, request.conversationId, request.actorId, now);
    const kind = request.kind ?? defaultKind(programme);
    if (!kind) return { outcome: 'nothingToBook' };
    assertCanBook(programme, kind, request.actorId, now);
    return proposalsFor(deps, programme, kind, now);
  }

  const programmes = await deps.programmes.listForPerson(request.actorId);
  const candidates: { programme: Programme; kind: ConversationKind }[] = [];
  let refusal: LocalizedText | undefined;
  for (const programme of programmes) {
    if (!programme.roleOf(request.actorId) || programme.isClosed) continue;
    const kind = request.kind ?? defaultKind(programme);
    if (!kind) continue;
    try {
      assertCanBook(programme, kind, request.actorId, now);
      candidates.push({ programme, kind });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      refusal ??= error.text;
    }
  }
  if (candidates.length === 0) return { outcome: 'nothingToBook', ...(request.kind && refusal ? { reason: refusal } : {}) };
  if (candidates.length === 1) return proposalsFor(deps, candidates[0].programme, candidates[0].kind, now);
  return {
    outcome: 'choose',
    choices: candidates
      .map(({ programme, kind }) => ({ programmeId: programme.id, traineeName: programme.trainee.name, kind }))
      .sort((a, b) => a.traineeName.localeCompare(b.traineeName, 'da')),
  };
}

async function proposeMove(deps: ProposeDeps, programme: Programme, conversationId: string, actorId: PersonId, now: Date): Promise<BookingProposal> {
  const conversation = programme.conversation(conversationId);
  // The domain's own rules for moving (a participant, still booked), on a copy that is thrown away.
  Programme.fromState(programme.toState()).reschedule(conversationId, new Date(now.getTime() + 86_400_000), undefined, now, actorId);
  const proposal = await proposalsFor(deps, programme, conversation.kind, now, conversationId, conversation.durationMinutes);
  return { ...proposal, rescheduling: { conversationId, currentStart: new Date(conversation.scheduledAt).toISOString() } };
}

async function proposalsFor(
  deps: ProposeDeps,
  programme: Programme,
  kind: ConversationKind,
  now: Date,
  movingId?: string,
  durationMinutes: number = BOOKING_DURATION_MINUTES[kind],
): Promise<Extract<BookingProposal, { outcome: 'proposals' }>> {
  const people = participantsOf(programme, kind);
  const busy = await busyOf(
    deps.programmes,
    people.map((p) => p.id),
    movingId ? { programmeId: programme.id, conversationId: movingId } : undefined,
  );
  const attendees = people.map((p) => ({ name: p.name, ...(p.email ? { email: p.email } : {}) }));
  const slots = await deps.scheduler.proposeSlots({ now, durationMinutes, busy, count: PROPOSAL_COUNT, attendees });
  return {
    outcome: 'proposals',
    programmeId: programme.id,
    traineeName: programme.trainee.name,
    kind,
    durationMinutes,
    participants: people.map((p) => p.name),
    slots: slots.map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString() })),
  };
}
