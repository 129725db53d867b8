/**
 * Take-off (completion phase): a programme admin creates the event and sees the registrations; every
 * trainee whose programme is in completion (and not closed), or whose agreed period ends within the
 * configured weeks, is invited in their own language; the
 * trainee registers on their own programme through the domain (again to change the answers).
 * Whether someone is a programme admin, and which programme a trainee registers on, is always read
 * from storage, never taken from a card.
 */
import { AARHUS_DEPARTMENTS } from '../domain/department';
import { calendarDate } from '../domain/calendar';
import { DomainError } from '../domain/errors';
import { forbidden, notFound, ruleViolation } from '../domain/messages';
import { PersonId } from '../domain/people';
import { DepartmentRepository } from '../domain/ports';
import { Programme } from '../domain/programme';
import { newTakeOffEvent, TakeOffEvent, TakeOffEventRepository, TakeOffInvitation } from '../domain/takeOffEvent';
import { takeOffOpenTo } from '../domain/takeOffEligibility';
import { actorFacts } from './actorFacts';
import { ChangeDeps, changeProgramme } from './changeProgramme';
import { IdGenerator } from './ports';
import { tell, TellDeps } from './tell';

export interface TakeOffDeps extends ChangeDeps, TellDeps {
  departments: DepartmentRepository;
  ids: IdGenerator;
  /** Absent where take-off is not wired (then its use cases refuse). */
  takeOffEvents?: TakeOffEventRepository;
  /** Trainees whose programme period ends within this many weeks are invited too (default 8). */
  takeOffInviteWeeks?: number;
}

export const DEFAULT_TAKE_OFF_INVITE_WEEKS = 8;

/** How many events the overview shows (newest date first), each with its registrations. */
export const TAKE_OFF_EVENTS_SHOWN = 5;

export interface TakeOffRegistrationView {
  traineeName: string;
  registeredAt: string;
  needsNow: string;
  wantsApplicationGuidance: boolean;
  joinNetwork: boolean;
}

export interface TakeOffEventOverview {
  event: TakeOffEvent;
  invited: number;
  /** Answers given since the programme was invited to this event, by registration time. */
  registrations: TakeOffRegistrationView[];
}

export interface TakeOffOverview {
  events: TakeOffEventOverview[];
  /** Every stored event, also those not shown. */
  totalEvents: number;
  /** Today (YYYY-MM-DD, Copenhagen): the earliest date a new event can have. */
  today: string;
}

export interface CreateTakeOffEventRequest {
  actorId: PersonId;
  date: unknown;
  place: unknown;
  description: unknown;
}

export interface RegisterTakeOffRequest {
  actorId: PersonId;
  /** From the invitation card: untrusted, looked up. */
  eventId: string;
  needsNow: unknown;
  wantsApplicationGuidance: unknown;
  joinNetwork: unknown;
}

/** `take-off`: the newest events with who was invited and their answers (programme admins only). */
export async function takeOffOverview(deps: TakeOffDeps, actorId: PersonId): Promise<TakeOffOverview> {
  const events = repository(deps);
  await requireAdmin(deps, actorId);
  const all = (await events.list()).sort((a, b) => b.date.localeCompare(a.date) || b.created.at.localeCompare(a.created.at));
  const shown = all.slice(0, TAKE_OFF_EVENTS_SHOWN);
  const loaded = new Map<string, Promise<Programme | undefined>>();
  const programme = (id: string) => {
    if (!loaded.has(id)) {
      // A programme that cannot be read (deleted, broken) is left out rather than taking the list down.
      loaded.set(id, deps.programmes.load(id).then((l) => l.programme, () => undefined));
    }
    return loaded.get(id) as Promise<Programme | undefined>;
  };
  const overview = await Promise.all(
    shown.map(async (event): Promise<TakeOffEventOverview> => {
      const invitations = await events.invitations(event.id);
      const registrations = await Promise.all(invitations.map(async (invitation) => registrationOf(invitation, await programme(invitation.programmeId))));
      return {
        event,
        invited: invitations.length,
        registrations: registrations
          .filter((r): r is TakeOffRegistrationView => r !== undefined)
          .sort((a, b) => a.registeredAt.localeCompare(b.registeredAt)),
      };
    }),
  );
  return { events: overview, totalEvents: all.length, today: calendarDate(deps.clock.now()) };
}

/**
 * A programme admin creates an event (nothing is stored when the input is invalid) and every trainee
 * whose programme is in completion, or ends within the configured weeks, is invited. Returns the
 * event and how many were invited.
 */
export async function createTakeOffEvent(deps: TakeOffDeps, request: CreateTakeOffEventRequest): Promise<{ event: TakeOffEvent; invited: number }> {
  const events = repository(deps);
  await requireAdmin(deps, request.actorId);
  const now = deps.clock.now();
  const event = newTakeOffEvent(request, deps.ids.newId(), calendarDate(now), now, request.actorId);
  await events.add(event);

  const qualifying = await programmesForTakeOff(deps, periodEndingBy(deps, now));
  const invitedAt = now.toISOString();
  await Promise.all(
    qualifying.map((p) =>
      events.invite(event.id, { programmeId: p.id, traineeId: p.trainee.id, traineeName: p.trainee.name, invitedAt }),
    ),
  );
  await tell(
    deps,
    qualifying.map((p) => ({ to: p.trainee.id, notice: { kind: 'takeOffInvitation', event, traineeName: p.trainee.name } })),
  );
  return { event, invited: qualifying.length };
}

/**
 * The trainee registers for the event (again to change the answers) on their own programme, as
 * found in storage: one in completion, else a clear refusal.
 */
export async function registerTakeOff(deps: TakeOffDeps, request: RegisterTakeOffRequest): Promise<{ event: TakeOffEvent }> {
  const events = repository(deps);
  const event = request.eventId ? await events.find(request.eventId) : undefined;
  if (!event) throw notFound('takeOffEventNotFound');
  const own = (await deps.programmes.listForPerson(request.actorId)).filter((p) => p.trainee.id === request.actorId);
  if (own.length === 0) throw forbidden('onlyTraineeRegistersTakeOff');
  const endingBy = periodEndingBy(deps, deps.clock.now());
  const open = own.filter((p) => takeOffOpenTo(p.toState(), endingBy)).sort((a, b) => Number(a.isClosed) - Number(b.isClosed));
  const programme = open[0];
  if (!programme) throw ruleViolation('takeOffOnlyInCompletion');

  // Invited if not already (e.g. in completion only after the event was created), before the answers.
  await events.invite(event.id, {
    programmeId: programme.id,
    traineeId: programme.trainee.id,
    traineeName: programme.trainee.name,
    invitedAt: deps.clock.now().toISOString(),
  });
  await changeProgramme(deps, { programmeId: programme.id, actorId: request.actorId, action: 'takeOff.registered', detail: event.id }, (p, at) => {
    if (!takeOffOpenTo(p.toState(), endingBy)) throw ruleViolation('takeOffOnlyInCompletion');
    p.registerTakeOff(
      {
        needsNow: request.needsNow as string,
        wantsApplicationGuidance: request.wantsApplicationGuidance as boolean,
        joinNetwork: request.joinNetwork as boolean,
      },
      at,
      request.actorId,
      { periodEndingBy: endingBy },
    );
  });
  return { event };
}

function registrationOf(invitation: TakeOffInvitation, programme: Programme | undefined): TakeOffRegistrationView | undefined {
  const takeOff = programme?.takeOff();
  if (!programme || !takeOff || takeOff.registered.at < invitation.invitedAt) return undefined;
  return {
    traineeName: programme.trainee.name,
    registeredAt: takeOff.registered.at,
    needsNow: takeOff.needsNow,
    wantsApplicationGuidance: takeOff.wantsApplicationGuidance,
    joinNetwork: takeOff.joinNetwork,
  };
}

/**
 * The last period end (YYYY-MM-DD, Copenhagen) that counts as "ending soon": today plus the
 * configured weeks.
 */
function periodEndingBy(deps: TakeOffDeps, now: Date): string {
  const weeks = deps.takeOffInviteWeeks ?? DEFAULT_TAKE_OFF_INVITE_WEEKS;
  return calendarDate(new Date(now.getTime() + weeks * 7 * 86_400_000));
}

/**
 * Open programmes in completion, or in the development part with the period ending by
 * `endingBy`, across every department (stored ones and the six of Aarhus Kommune).
 */
async function programmesForTakeOff(deps: TakeOffDeps, endingBy: string): Promise<Programme[]> {
  const stored = await deps.departments.list();
  const departmentIds = [...new Set([...AARHUS_DEPARTMENTS.map((d) => d.id), ...stored.map((d) => d.id)])];
  const byId = new Map<string, Programme>();
  for (const departmentId of departmentIds) {
    for (const p of await deps.programmes.listForDepartment(departmentId)) {
      if (!p.isClosed && takeOffOpenTo(p.toState(), endingBy)) byId.set(p.id, p);
    }
  }
  return [...byId.values()];
}

async function requireAdmin(deps: TakeOffDeps, actorId: PersonId): Promise<void> {
  const actor = await actorFacts(deps.people, actorId);
  if (!actor.isProgrammeAdmin) throw forbidden('onlyProgrammeAdminManagesTakeOff');
}

function repository(deps: TakeOffDeps): TakeOffEventRepository {
  if (!deps.takeOffEvents) {
    throw new DomainError('takeOffUnavailable', 'rule', { da: 'Take-off er ikke slået til her.', en: 'Take-off is not available here.' });
  }
  return deps.takeOffEvents;
}
