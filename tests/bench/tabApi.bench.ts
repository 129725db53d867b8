// The tab API over HTTP on Azurite: the cohort (Oversigt) of 1,000 programmes — read from the cohort
// summaries beside the department index, one query — and one programme's view (one partition query).
// The goal for the cohort is 300 ms at p95; figures are printed, not asserted.
import { apiPaths } from '../../bot/src/api/contract';
import { demoDepartment, programmeInDevelopment } from '../../bot/src/demo/seedDemo';
import { demoPeople } from '../../bot/src/demo/demoPeople';
import { people, programmes, startTabApi, TabApi } from '../api/tabApiHarness';
import { measure, report } from './figures';

const COHORT = 1000;
const AT_ONCE = 16;
let api: TabApi;

beforeAll(async () => {
  api = await startTabApi('benchtab');
  const now = new Date();
  const audit = { at: now.toISOString(), by: demoPeople.leader.id, action: 'bench' };
  for (let i = 0; i < COHORT; i += AT_ONCE) {
    await Promise.all(
      Array.from({ length: Math.min(AT_ONCE, COHORT - i) }, (_, j) =>
        api.storage.programmes.create(programmeInDevelopment(demoDepartment(), now, `bench-${i + j}`), audit),
      ),
    );
  }
}, 600_000);
afterAll(() => api.close());

async function ok(path: string, personId: string): Promise<void> {
  const answer = await api.get(path, personId);
  if (answer.status !== 200) throw new Error(`${path}: ${answer.status}`);
}

test('tab API figures', async () => {
  // The first read works out what is overdue for every programme (then kept per revision): timed apart.
  const cold = await measure('GET /api/v1/overview: HR, first read after start', 1, () => ok(apiPaths.overview, people.hrConsultant.id));
  const rows = (await api.get(apiPaths.overview, people.hrConsultant.id)).body.rows.length;
  if (rows < COHORT) throw new Error(`the cohort holds ${rows} rows, expected at least ${COHORT}`);
  const hr = await measure(`GET /api/v1/overview: HR, department cohort of ${rows} programmes`, 20, () => ok(apiPaths.overview, people.hrConsultant.id));
  const admin = await measure(`GET /api/v1/overview: programme admin, all ${rows + 1} programmes`, 20, () => ok(apiPaths.overview, people.programmeAdmin.id));
  const csv = await measure(`GET /api/v1/overview.csv: HR, ${rows} rows`, 10, () => ok(apiPaths.overviewCsv, people.hrConsultant.id));
  const view = await measure('GET /api/v1/programmes/:id: the trainee\'s programme view', 50, () => ok(apiPaths.programme(programmes.sofie), people.traineeInDevelopment.id));
  // Every bench programme is the demo's (same trainee, leader and HR consultant), so this is a
  // person in all of them: /me loads a person's programmes whole, which a real trainee has one of.
  const me = await measure(`GET /api/v1/me: a person in all ${rows + 1} programmes`, 50, () => ok(apiPaths.me, people.traineeInDevelopment.id));
  report('Tab API over HTTP on Azurite (goal: the cohort of 1,000 within 300 ms at p95)', [cold, hr, admin, csv, view, me]);
}, 600_000);
