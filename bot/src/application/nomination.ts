/**
 * The nearest leader nominates an employee (indstilling): what the card needs (the departments, a
 * search over the person directory), and the nomination itself. Everything the nomination rests on
 * is read from storage here: the leader and the employee from the person directory, the department
 * and its HR consultants from the departments, the employee's programmes from the index. Nothing a
 * client sends but ids and the leader's own words is trusted. Each HR consultant of the department
 * is told with a card to decide on.
 */
import { invalid, notFound, ruleViolation } from '../domain/messages';
import { nominationSummary } from '../domain/nomination';
import { Person, PersonId, PersonRef } from '../domain/people';
import { DepartmentRepository, PersonDirectory, ProgrammeRepository } from '../domain/ports';
import { Programme } from '../domain/programme';
import { Clock } from './ports';
import { tell, TellDeps } from './tell';

export interface NominationDeps extends TellDeps {
  programmes: ProgrammeRepository;
  people: PersonDirectory;
  departments: DepartmentRepository;
  clock: Clock;
}

/** How many people a search shows at most: a card lists them as choices. */
export const MAX_SEARCH_RESULTS = 10;
/** Shorter searches would list half the directory. */
export const MIN_SEARCH_LENGTH = 2;

export interface NominationStart {
  /** The departments a nomination can go to, by name; `hasHr` false when nobody could decide on it yet. */
  departments: { id: string; name: string; hasHr: boolean }[];
}

/** What the nomination card needs: the departments as stored. */
export async function startNomination(deps: Pick<NominationDeps, 'departments'>): Promise<NominationStart> {
  const departments = await deps.departments.list();
  return {
    departments: departments
      .map((d) => ({ id: d.id, name: d.name, hasHr: d.hrConsultants.length > 0 }))
      .sort((a, b) => a.name.localeCompare(b.name, 'da')),
  };
}

/** People whose name or e-mail starts with the query (at least two characters), for choosing on a card. */
export async function searchPeople(deps: Pick<NominationDeps, 'people'>, query: string): Promise<PersonRef[]> {
  const needle = (query ?? '').trim();
  if (needle.length < MIN_SEARCH_LENGTH) return [];
  const found = await deps.people.search(needle, MAX_SEARCH_RESULTS);
  return found.map(refOf);
}

export interface NominationRequest {
  actorId: PersonId;
  traineeId: string;
  departmentId: string;
  reason: string;
  leaderClarificationCompleted: boolean;
  /** YYYY-MM-DD, or empty. */
  wishedStart?: string;
}

export interface NominationResult {
  programmeId: string;
  traineeName: string;
  departmentName: string;
  /** The HR consultants who were told. */
  hrNames: string[];
}

export async function nominate(deps: NominationDeps, request: NominationRequest): Promise<NominationResult> {
  // What the card must hold, checked before anything is read, in the order the card shows it.
  if (typeof request.traineeId !== 'string' || request.traineeId.trim() === '') throw invalid('required', 'trainee');
  if (typeof request.departmentId !== 'string' || request.departmentId.trim() === '') throw invalid('required', 'department');

  const [leader, trainee, department, traineeProgrammes] = await Promise.all([
    deps.people.find(request.actorId),
    deps.people.find(request.traineeId),
    deps.departments.get(request.departmentId),
    deps.programmes.listForPerson(request.traineeId),
  ]);
  if (!trainee) throw notFound('personNotInDirectory');
  if (!leader) throw notFound('personNotInDirectory');

  const at = deps.clock.now();
  // The domain checks the input (reason, wished start, leader ≠ employee) before anything is stored.
  const programme = Programme.nominate(
    {
      id: nextProgrammeId(trainee.id, traineeProgrammes),
      department,
      trainee: refOf(trainee),
      leader: refOf(leader),
      reason: request.reason,
      leaderClarificationCompleted: request.leaderClarificationCompleted === true,
      ...(request.wishedStart ? { wishedStart: request.wishedStart } : {}),
    },
    at,
    request.actorId,
  );
  if (traineeProgrammes.some((p) => p.trainee.id === trainee.id && !p.isClosed)) {
    throw ruleViolation('traineeHasActiveProgramme', { name: trainee.name });
  }
  const deciders = department.hrConsultants.filter((hr) => hr.id !== trainee.id && hr.id !== leader.id);
  if (deciders.length === 0) throw ruleViolation('departmentHasNoHr', { department: department.name });

  const created = await deps.programmes.create(programme, { at: at.toISOString(), by: request.actorId, action: 'nomination.submitted', detail: department.id });
  const nomination = nominationSummary(created.programme.toState(), department);
  await tell(
    deps,
    deciders.map((hr) => ({ to: hr.id, notice: { kind: 'nominationToDecide', nomination } })),
  );
  return { programmeId: programme.id, traineeName: trainee.name, departmentName: department.name, hrNames: deciders.map((hr) => hr.name) };
}

/**
 * The id of the employee's next programme: their id and how many programmes they have had as
 * trainee. Two leaders nominating the same employee at the same moment both pass the "no active
 * programme" check, but then try to create the same id: storage refuses the second.
 */
function nextProgrammeId(traineeId: string, programmes: readonly Programme[]): string {
  const asTrainee = programmes.filter((p) => p.trainee.id === traineeId).length;
  return `${traineeId}-${asTrainee + 1}`;
}

function refOf(person: Person): PersonRef {
  return { id: person.id, name: person.name, ...(person.email ? { email: person.email } : {}) };
}

