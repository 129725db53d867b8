// The programmes the booking benches book in: one per leader and trainee, all of Lars's department
// with Lars as HR consultant, nominated ten days before the benches' fixed "now" and in start-up, so
// their start-up interview part 1 can be booked.
import { Clock } from '../../bot/src/application/ports';
import { demoDepartment } from '../../bot/src/demo/seedDemo';
import { demoPeople } from '../../bot/src/demo/demoPeople';
import { Person } from '../../bot/src/domain/people';
import { Programme } from '../../bot/src/domain/programme';
import { TableStorage } from '../../bot/src/storage';

/** Tuesday 1 September 2026, 10:00 in Copenhagen (summer time), as in the booking tests. */
export const BENCH_NOW = new Date('2026-09-01T08:00:00.000Z');
export const benchClock: Clock = { now: () => BENCH_NOW };

const DAY = 86_400_000;
const lars = demoPeople.hrConsultant;

/** `count` people named "<name> <i>", with ids and e-mails that differ by `letter` between the groups. */
export function benchPeople(letter: string, count: number, name: string): Person[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${letter}0000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    name: `${name} ${i}`,
    email: `${letter}${i}@demo.aarhus.dk`,
    locale: 'da-DK',
    isProgrammeAdmin: false,
    hrDepartmentIds: [],
  }));
}

/** Stores the leaders and trainees and, for each pair i, programme `programmeIdOf(i)` in start-up. */
export async function storeStartupProgrammes(
  storage: TableStorage,
  cohort: { leaders: readonly Person[]; trainees: readonly Person[]; programmeIdOf: (i: number) => string },
): Promise<void> {
  const department = demoDepartment();
  const at = new Date(BENCH_NOW.getTime() - 10 * DAY);
  const ref = (p: Person) => ({ id: p.id, name: p.name, email: p.email });
  for (const [i, leader] of cohort.leaders.entries()) {
    const trainee = cohort.trainees[i];
    await storage.people.add(leader);
    await storage.people.add(trainee);
    const p = Programme.nominate(
      { id: cohort.programmeIdOf(i), department, trainee: ref(trainee), leader: ref(leader), hrConsultant: ref(lars), reason: 'Tager ansvar og vil gerne lede.', leaderClarificationCompleted: true },
      at,
      leader.id,
    );
    p.beginStartup(new Date(at.getTime() + 1000), lars.id);
    await storage.programmes.create(p, { at: at.toISOString(), by: leader.id, action: 'bench.created' });
  }
}
