// Oversigt over real HTTP: the HR consultant's cohort with filters, sorting, the phase counts for
// the chart and the CSV export; it follows every change at once.
import { apiPaths, overviewResponse } from '../../bot/src/api/contract';
import { people, programmes, startTabApi, TabApi } from './tabApiHarness';

let api: TabApi;
beforeAll(async () => {
  api = await startTabApi('tabcohort');
});
afterAll(() => api.close());

const lars = people.hrConsultant.id;
const overview = async (query = '') => overviewResponse.parse((await api.get(`${apiPaths.overview}${query}`, lars)).body);

test("the HR consultant's cohort shows trainee, leader, phase, period, the personality-test gate and the agreement", async () => {
  const { rows, phaseCounts, departments } = await overview();
  expect(departments).toEqual([{ id: 'mso', name: 'Sundhed og Omsorg' }]);
  const sofie = rows.find((r) => r.programmeId === programmes.sofie)!;
  const ahmad = rows.find((r) => r.programmeId === programmes.ahmad)!;
  expect([sofie.trainee.name, sofie.leader.name, sofie.phaseLabel.da, sofie.agreement]).toEqual(['Sofie Nielsen', 'Mette Sørensen', 'Udviklingsdel', 'approved']);
  expect(sofie.period.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(sofie.nextConversation?.label.da).toBeDefined();
  expect([ahmad.phase, ahmad.personalityTest, ahmad.agreement]).toEqual(['startup', 'awaitingFeedback', 'none']);
  expect(phaseCounts).toEqual({ nomination: 0, startup: 1, development: 1, completion: 0 });
});

test('filters by phase and name, and sorts either way', async () => {
  expect((await overview('?phase=startup')).rows.map((r) => r.trainee.name)).toEqual(['Ahmad Rahimi']);
  expect((await overview('?q=sofie')).rows.map((r) => r.trainee.name)).toEqual(['Sofie Nielsen']);
  expect((await overview('?sort=trainee&order=desc')).rows.map((r) => r.trainee.name)).toEqual(['Sofie Nielsen', 'Ahmad Rahimi']);
  expect((await overview('?sort=phase')).rows.map((r) => r.phase)).toEqual(['startup', 'development']);
});

test('an unknown filter value is refused with a clear message', async () => {
  const answer = await api.get(`${apiPaths.overview}?phase=someday`, lars);
  expect(answer.status).toBe(400);
  expect(answer.body).toMatchObject({ error: 'invalidRequest', field: 'phase' });
});

test('the CSV export holds the same rows, in the chosen language, ready for Excel', async () => {
  const da = await api.get(`${apiPaths.overviewCsv}?sort=trainee`, lars);
  expect(da.status).toBe(200);
  expect(da.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(da.headers.get('content-disposition')).toBe('attachment; filename="oversigt.csv"');
  const lines = da.text.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0].split(';').slice(0, 5)).toEqual(['Ledertrainee', 'Nærmeste leder', 'HR-konsulent', 'Magistratsafdeling', 'Fase']);
  expect(lines.slice(1).map((l) => l.split(';')[0])).toEqual(['Ahmad Rahimi', 'Sofie Nielsen']);
  // A byte-order mark first, so Excel reads æ, ø and å (fetch's text() would hide it).
  const bytes = new Uint8Array(await (await fetch(`${api.baseUrl}${apiPaths.overviewCsv}`, { headers: { 'X-Ledertrainee-Person': lars } })).arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const en = await api.get(`${apiPaths.overviewCsv}?lang=en`, lars);
  expect(en.text).toContain('Leader trainee;Nearest leader');
});

test('a change shows in the cohort at once', async () => {
  const view = (await api.get(apiPaths.programme(programmes.sofie), people.leader.id)).body;
  const revised = await api.send('POST', apiPaths.revise(programmes.sofie), people.leader.id, { expectedVersion: view.version, reason: 'Justering' });
  expect(revised.status).toBe(200);
  expect((await overview()).rows.find((r) => r.programmeId === programmes.sofie)?.agreement).toBe('revising');
});
