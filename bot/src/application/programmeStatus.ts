/**
 * `status`: the person's programmes as they stand — phase, the next conversation, what must still
 * happen before the next phase, and what waits for this person.
 */
import { roleIn } from '../domain/access';
import { AgendaItem, agendaFor, nextConversation } from '../domain/agenda';
import { GateItem } from '../domain/gates';
import { PersonId, PersonRef, ProgrammeRole } from '../domain/people';
import { ProgrammeRepository } from '../domain/ports';
import { Programme } from '../domain/programme';
import { ConversationKind, Phase } from '../domain/state';
import { Clock } from './ports';

export interface StatusDeps {
  programmes: ProgrammeRepository;
  clock: Clock;
}

export interface ProgrammeStatus {
  programmeId: string;
  /** The person's own role in it. */
  role: ProgrammeRole;
  trainee: PersonRef;
  leader: PersonRef;
  hrConsultant?: PersonRef;
  phase: Phase;
  closed: boolean;
  /** HR declined the nomination: the programme ended before it began. */
  declined: boolean;
  nextConversation?: { id: string; kind: ConversationKind; scheduledAt: string; durationMinutes: number };
  /** What must still happen before the programme may move on (empty once closed). */
  dueBeforeNextPhase: GateItem[];
  /** What waits for this person, most pressing first. */
  waitingForYou: AgendaItem[];
}

export async function programmeStatus(deps: StatusDeps, personId: PersonId): Promise<ProgrammeStatus[]> {
  const now = deps.clock.now();
  const programmes = await deps.programmes.listForPerson(personId);
  return programmes
    .map((programme) => statusOf(programme, personId, now))
    .filter((status): status is ProgrammeStatus => status !== undefined)
    .sort((a, b) => Number(a.closed) - Number(b.closed) || a.trainee.name.localeCompare(b.trainee.name, 'da'));
}

function statusOf(programme: Programme, personId: PersonId, now: Date): ProgrammeStatus | undefined {
  const state = programme.toState();
  const role = roleIn(state, personId);
  if (!role) return undefined;
  const next = nextConversation(state, now);
  return {
    programmeId: programme.id,
    role,
    trainee: programme.trainee,
    leader: programme.leader,
    ...(programme.hrConsultant ? { hrConsultant: programme.hrConsultant } : {}),
    phase: programme.phase,
    closed: programme.isClosed,
    declined: programme.declined() !== undefined,
    ...(next ? { nextConversation: { id: next.id, kind: next.kind, scheduledAt: next.scheduledAt, durationMinutes: next.durationMinutes } } : {}),
    dueBeforeNextPhase: programme.nextPhaseGate()?.missing ?? [],
    waitingForYou: agendaFor(state, personId, now),
  };
}
