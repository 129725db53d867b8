/**
 * Who is who in a programme, and who may see it: participants see their own programme, HR sees
 * its department's programmes, programme admins see all.
 */
import { forbidden } from './messages';
import { Person, PersonId, PersonRef, ProgrammeRole } from './people';
import { ProgrammeState } from './state';

/** The person asking, with the roles they hold outside the programme. A `Person` fits. */
export type Actor = Pick<Person, 'id' | 'isProgrammeAdmin' | 'hrDepartmentIds'>;

export interface Participant {
  role: ProgrammeRole;
  person: PersonRef;
}

type PeopleOf = Pick<ProgrammeState, 'trainee' | 'leader' | 'hrConsultant'>;

export function roleIn(state: PeopleOf, personId: PersonId): ProgrammeRole | undefined {
  if (state.trainee.id === personId) return 'trainee';
  if (state.leader.id === personId) return 'leader';
  if (state.hrConsultant?.id === personId) return 'hrConsultant';
  return undefined;
}

export function participantsOf(state: PeopleOf): Participant[] {
  const list: Participant[] = [
    { role: 'trainee', person: { ...state.trainee } },
    { role: 'leader', person: { ...state.leader } },
  ];
  if (state.hrConsultant) list.push({ role: 'hrConsultant', person: { ...state.hrConsultant } });
  return list;
}

export function personWithRole(state: PeopleOf, role: ProgrammeRole): PersonRef | undefined {
  return role === 'hrConsultant' ? state.hrConsultant : state[role];
}

export function canViewProgramme(state: PeopleOf & Pick<ProgrammeState, 'departmentId'>, actor: Actor): boolean {
  return (
    actor.isProgrammeAdmin ||
    roleIn(state, actor.id) !== undefined ||
    actor.hrDepartmentIds.includes(state.departmentId)
  );
}

export function assertCanViewProgramme(state: PeopleOf & Pick<ProgrammeState, 'departmentId'>, actor: Actor): void {
  if (!canViewProgramme(state, actor)) throw forbidden('notAllowedToView');
}
