/**
 * Which HR consultants serve each magistratsafdeling: a mapping the programme admin maintains.
 * Only a programme admin (read from storage) may see or change it.
 *
 * The mapping lives in two places, each written over the version read (ETag): the department's
 * list of HR consultants (who may decide on nominations and gets them) and the person's
 * `hrDepartmentIds` (who may see the department's programmes). Table Storage cannot write two
 * partitions in one transaction, so the order is chosen for a failure between the two writes: a
 * right is granted smallest first and taken away largest first. Adding writes the person first
 * (seeing) and then the department (deciding); removing writes the department first and then the
 * person. Half done, nobody can decide on programmes they cannot see, and both writes are
 * idempotent, so the admin repeating the command completes it.
 */
import { AARHUS_DEPARTMENTS, Department } from '../domain/department';
import { DomainError, NotFoundError } from '../domain/errors';
import { forbidden, invalid, notFound } from '../domain/messages';
import { PersonId } from '../domain/people';
import { DepartmentRepository, PersonDirectory } from '../domain/ports';
import { actorFacts } from './actorFacts';

export interface DepartmentHrDeps {
  departments: DepartmentRepository;
  people: PersonDirectory;
}

export interface DepartmentHrView {
  id: string;
  name: string;
  hrConsultants: { id: string; name: string }[];
}

/** Every department of Aarhus Kommune with its HR consultants (none for one not stored yet), then any other stored one. */
export async function departmentHrOverview(deps: DepartmentHrDeps, actorId: PersonId): Promise<DepartmentHrView[]> {
  await requireAdmin(deps, actorId);
  const stored = await deps.departments.list();
  const known = AARHUS_DEPARTMENTS.map((d) => stored.find((s) => s.id === d.id) ?? { ...d, hrConsultants: [] });
  const others = stored.filter((s) => !AARHUS_DEPARTMENTS.some((d) => d.id === s.id));
  return [...known, ...others].map((d) => ({ id: d.id, name: d.name, hrConsultants: d.hrConsultants.map((hr) => ({ id: hr.id, name: hr.name })) }));
}

export interface SetDepartmentHrRequest {
  actorId: PersonId;
  departmentId: string;
  personId: PersonId;
  change: 'add' | 'remove';
}

export interface SetDepartmentHrResult {
  department: DepartmentHrView;
  person: { id: string; name: string };
}

/** Adds or removes an HR consultant of a department; returns the department as it now stands. */
export async function setDepartmentHr(deps: DepartmentHrDeps, request: SetDepartmentHrRequest): Promise<SetDepartmentHrResult> {
  await requireAdmin(deps, request.actorId);
  if (!request.departmentId) throw invalid('required', 'department');
  if (!request.personId) throw invalid('required', 'person');
  const person = await deps.people.load(request.personId).catch((error: unknown) => {
    if (error instanceof NotFoundError) throw notFound('personNotInDirectory');
    throw error;
  });
  await ensureDepartment(deps.departments, request.departmentId);

  const adding = request.change === 'add';
  const writePerson = async () => {
    const has = person.value.hrDepartmentIds.includes(request.departmentId);
    if (has === adding) return;
    const hrDepartmentIds = adding
      ? [...person.value.hrDepartmentIds, request.departmentId]
      : person.value.hrDepartmentIds.filter((id) => id !== request.departmentId);
    await deps.people.update(person, { ...person.value, hrDepartmentIds });
  };
  const writeDepartment = async (): Promise<Department> => {
    const read = await deps.departments.load(request.departmentId);
    const has = read.value.hrConsultants.some((hr) => hr.id === person.value.id);
    if (has === adding) return read.value;
    const { id, name, email } = person.value;
    const hrConsultants = adding
      ? [...read.value.hrConsultants, { id, name, ...(email ? { email } : {}) }]
      : read.value.hrConsultants.filter((hr) => hr.id !== id);
    return (await deps.departments.update(read, { ...read.value, hrConsultants })).value;
  };

  let department: Department;
  if (adding) {
    await writePerson();
    department = await writeDepartment();
  } else {
    department = await writeDepartment();
    await writePerson();
  }
  return {
    department: { id: department.id, name: department.name, hrConsultants: department.hrConsultants.map((hr) => ({ id: hr.id, name: hr.name })) },
    person: { id: person.value.id, name: person.value.name },
  };
}

async function requireAdmin(deps: DepartmentHrDeps, actorId: PersonId): Promise<void> {
  const actor = await actorFacts(deps.people, actorId);
  if (!actor.isProgrammeAdmin) throw forbidden('onlyProgrammeAdminManagesHr');
}

/** One of the six magistratsafdelinger not stored yet is added (with no HR consultants); another id is not found. */
async function ensureDepartment(departments: DepartmentRepository, departmentId: string): Promise<void> {
  try {
    await departments.load(departmentId);
    return;
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  const known = AARHUS_DEPARTMENTS.find((d) => d.id === departmentId);
  if (!known) throw notFound('departmentNotFound');
  try {
    await departments.add({ ...known, hrConsultants: [] });
  } catch (error) {
    // Another admin added it at the same moment: it exists, which is all we need.
    if (!(error instanceof DomainError && error.category === 'conflict')) throw error;
  }
}
