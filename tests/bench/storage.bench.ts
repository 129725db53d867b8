// How long the storage operations behind every bot turn and tab view take on Azurite.
import { demoDepartment, programmeInDevelopment } from '../../bot/src/demo/seedDemo';
import { demoPeople } from '../../bot/src/demo/demoPeople';
import { createTableStorage, TableStorage } from '../../bot/src/storage';
import { testConnectionString, uniqueTablePrefix } from '../support/tables';
import { measure, report } from './figures';

const COHORT = 40;
let storage: TableStorage;

beforeAll(async () => {
  storage = createTableStorage({ connectionString: testConnectionString() }, { tablePrefix: uniqueTablePrefix('bench') });
  await storage.ensureTables();
});

test('storage figures', async () => {
  const now = new Date();
  const audit = { at: now.toISOString(), by: demoPeople.leader.id, action: 'bench' };
  const create = await measure('create a programme in development (index + transaction)', COHORT, (i) =>
    storage.programmes.create(programmeInDevelopment(demoDepartment(), now, `bench-${i}`), audit),
  );
  const load = await measure('load a whole programme (one partition query)', 200, (i) => storage.programmes.load(`bench-${i % COHORT}`));
  const save = await measure('load + change a block + save (ETag-conditional transaction)', 100, async (i) => {
    const loaded = await storage.programmes.load(`bench-${i % COHORT}`);
    const block = loaded.programme.effectiveAgreement()?.blocks.find((b) => b.status === 'planned' || b.status === 'inProgress');
    if (block) loaded.programme.setBuildingBlockStatus(block.id, 'inProgress' === block.status ? 'done' : 'inProgress', now, demoPeople.traineeInDevelopment.id);
    await storage.programmes.save(loaded, audit);
  });
  const cohort = await measure(`list a department's cohort of ${COHORT} programmes`, 20, () => storage.programmes.listForDepartment('mso'));
  const mine = await measure(`list a leader's ${COHORT} programmes`, 20, () => storage.programmes.listForPerson(demoPeople.leader.id));
  report('Table Storage on Azurite', [create, load, save, cohort, mine]);
});
