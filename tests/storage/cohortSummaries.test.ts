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

describe("a person's own programmes (what the tab starts from)", () => {
  const hr = { id: 'hr-lise', name: 'Lise HR' };
  const programmesOfLise = async (count: number) => {
    const states = Array.from({ length: count }, (_, i) => nominatedProgramme({ trainee: { id: `t-${i}`, name: `Trainee ${String(i).padStart(2, '0')}` }, hrConsultant: hr }));
    for (const state of states) await storage.programmes.create(Programme.fromState(state), audit('programme.nominated'));
    return states;
  };

  test('an HR consultant in many programmes gets every one of them, without free text, and no one else’s', async () => {
    const states = await programmesOfLise(20);
    await storage.programmes.create(Programme.fromState(nominatedProgramme({ trainee: { id: 't-other', name: 'Someone Else' } })), audit('programme.nominated'));
    const mine = await storage.programmes.listSummariesForPerson(hr.id);
    expect(mine.map((s) => s.trainee.name).sort()).toEqual(states.map((s) => s.trainee.name).sort());
    expect(JSON.stringify(mine)).not.toContain('vil gerne være leder');
  });

  test('many programmes are read in one query over the summaries, not one partition each', async () => {
    await programmesOfLise(20);
    const counter = requestCounter();
    const reader = createTableStorage(
      { connectionString: testConnectionString() },
      { tablePrefix: storage.tableNames.Programmes.replace(/Programmes$/, ''), clientOptions: counter.options },
    );
    counter.count = 0;
    expect(await reader.programmes.listSummariesForPerson(hr.id)).toHaveLength(20);
    // The person index, then the summaries.
    expect(counter.count).toBe(2);
  });

  test('a summary that may be behind is read from the programme, so a new trainee name shows at once', async () => {
    const [first] = await programmesOfLise(20);
    const loaded = await storage.programmes.load(first.id);
    const saved = await storage.programmes.save(edit(loaded, (s) => (s.trainee = { ...s.trainee, name: 'Trainee Omdøbt' })), audit('programme.changed'));
    const keys = departmentIndexKeys('mso', first.id);
    // As after a crash between the commit and the summary: the old summary, the newer revision pending.
    await rawTable(storage, 'DepartmentIndex').upsertEntity({ ...keys, summary: JSON.stringify(cohortSummaryOf(first)), summaryRevision: 1, pendingRevision: saved.version }, 'Merge');
    expect((await storage.programmes.listSummariesForPerson(hr.id)).map((s) => s.trainee.name)).toContain('Trainee Omdøbt');
  });

  test('someone who has left a programme no longer gets it, even while the index still points there', async () => {
    const [first] = await programmesOfLise(20);
    const loaded = await storage.programmes.load(first.id);
    await storage.programmes.save(edit(loaded, (s) => (s.hrConsultant = { id: 'hr-other', name: 'Anden HR' })), audit('programme.changed'));
    const mine = await storage.programmes.listSummariesForPerson(hr.id);
    expect(mine).toHaveLength(19);
    expect(mine.map((s) => s.id)).not.toContain(first.id);
  });

  test('a trainee in one programme gets it too', async () => {
    const [first] = await programmesOfLise(1);
    expect((await storage.programmes.listSummariesForPerson(first.trainee.id)).map((s) => s.id)).toEqual([first.id]);
  });
});
