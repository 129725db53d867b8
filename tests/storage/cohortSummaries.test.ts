// The cohort summaries beside the department index: the Oversigt reads them in one query, and
// never trusts one that may be behind — a save in flight, a crash between commit and summary, a row
// from before summaries existed — but reads that programme whole instead (and repairs its summary).
import { cohortSummaryOf } from '../../bot/src/domain/cohortSummary';
import { Programme } from '../../bot/src/domain/programme';
import { createTableStorage, TableStorage } from '../../bot/src/storage';
import { testConnectionString } from '../support/tables';
import { departmentIndexKeys } from '../../bot/src/storage/keys';
import { nominatedProgramme } from '../support/programmeFixtures';
import { audit, edit, newStorage, rawTable, requestCounter } from './harness';

let storage: TableStorage;
beforeEach(async () => {
  storage = await newStorage('summaries');
});

const names = (summaries: { state: { trainee: { name: string } } }[]) => summaries.map((s) => s.state.trainee.name).sort();

test("a department's cohort comes from the summaries, without the programmes' free text", async () => {
  const state = nominatedProgramme({ nominationReason: 'Fortroligt: en lang begrundelse' });
  await storage.programmes.create(Programme.fromState(state), audit('programme.nominated'));
  const [summary] = await storage.programmes.listSummaries({ departmentIds: ['mso'] });
  expect(summary).toEqual({ state: cohortSummaryOf(state), revision: 1 });
  expect(JSON.stringify(summary)).not.toContain('Fortroligt');
});

test('one query answers for a whole department, however many programmes it has', async () => {
  for (let i = 0; i < 5; i += 1) await storage.programmes.create(Programme.fromState(nominatedProgramme()), audit('programme.nominated'));
  const counter = requestCounter();
  // The same tables, read through a client that counts its requests.
  const reader = createTableStorage(
    { connectionString: testConnectionString() },
    { tablePrefix: storage.tableNames.Programmes.replace(/Programmes$/, ''), clientOptions: counter.options },
  );
  counter.count = 0;
  expect(await reader.programmes.listSummaries({ departmentIds: ['mso'] })).toHaveLength(5);
  expect(counter.count).toBe(1);
});

test('a change is in the summary as soon as it is saved', async () => {
  const state = nominatedProgramme();
  const created = await storage.programmes.create(Programme.fromState(state), audit('programme.nominated'));
  await storage.programmes.save(edit(created, (s) => (s.trainee = { ...s.trainee, name: 'Tina Omdøbt' })), audit('programme.changed'));
  expect(names(await storage.programmes.listSummaries('all'))).toEqual(['Tina Omdøbt']);
});

test('a summary older than a save that began (or crashed before writing it) is not trusted: the programme is read whole and the summary repaired', async () => {
  const state = nominatedProgramme();
  const created = await storage.programmes.create(Programme.fromState(state), audit('programme.nominated'));
  const saved = await storage.programmes.save(edit(created, (s) => (s.trainee = { ...s.trainee, name: 'Tina Ny' })), audit('programme.changed'));
  const index = rawTable(storage, 'DepartmentIndex');
  const keys = departmentIndexKeys('mso', state.id);
  // As after a crash between the commit and the summary: the old summary, the newer revision pending.
  await index.upsertEntity({ ...keys, summary: JSON.stringify(cohortSummaryOf(state)), summaryRevision: 1, pendingRevision: saved.version }, 'Merge');
  expect(names(await storage.programmes.listSummaries({ departmentIds: ['mso'] }))).toEqual(['Tina Ny']);
  const repaired = await index.getEntity<{ summaryRevision: number }>(keys.partitionKey, keys.rowKey);
  expect(repaired.summaryRevision).toBe(saved.version);
});

test('an index row from before summaries existed is read whole', async () => {
  const state = nominatedProgramme();
  await storage.programmes.create(Programme.fromState(state), audit('programme.nominated'));
  const index = rawTable(storage, 'DepartmentIndex');
  const keys = departmentIndexKeys('mso', state.id);
  await index.upsertEntity(keys, 'Replace');
  expect(names(await storage.programmes.listSummaries('all'))).toEqual(['Tina Trainee']);
});

test('a programme moved to another department is listed only under its new one', async () => {
  const state = nominatedProgramme();
  const created = await storage.programmes.create(Programme.fromState(state), audit('programme.nominated'));
  await storage.programmes.save(edit(created, (s) => (s.departmentId = 'bu')), audit('programme.moved'));
  expect(await storage.programmes.listSummaries({ departmentIds: ['mso'] })).toEqual([]);
  expect(names(await storage.programmes.listSummaries({ departmentIds: ['bu'] }))).toEqual(['Tina Trainee']);
});
