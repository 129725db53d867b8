import { Programme } from '../../bot/src/domain/programme';
import { TableStorage } from '../../bot/src/storage';
import { programmePartitionKey } from '../../bot/src/storage/keys';
import { nominatedProgramme, person } from '../support/programmeFixtures';
import { audit, edit, newStorage, partitionRows, rawTable } from './harness';

describe('finding programmes by person and by department', () => {
  let storage: TableStorage;

  beforeEach(async () => {
    storage = await newStorage('lists');
  });

  const ids = (programmes: Programme[]) => programmes.map((p) => p.id).sort();

  it('a leader with two trainees sees both programmes, and each trainee only their own', async () => {
    const leader = person('Lone Leder');
    const first = nominatedProgramme({ leader });
    const second = nominatedProgramme({ leader });
    await storage.programmes.create(Programme.fromState(first), audit('programme.nominated'));
    await storage.programmes.create(Programme.fromState(second), audit('programme.nominated'));

    expect(ids(await storage.programmes.listForPerson(leader.id))).toEqual([first.id, second.id].sort());
    expect(ids(await storage.programmes.listForPerson(first.trainee.id))).toEqual([first.id]);
    expect(await storage.programmes.listForPerson('a stranger')).toEqual([]);
  });

  it("HR sees the department's cohort and nothing from other departments", async () => {
    const mso = [nominatedProgramme({ departmentId: 'mso' }), nominatedProgramme({ departmentId: 'mso' })];
    const bu = nominatedProgramme({ departmentId: 'bu' });
    for (const state of [...mso, bu]) await storage.programmes.create(Programme.fromState(state), audit('programme.nominated'));

    expect(ids(await storage.programmes.listForDepartment('mso'))).toEqual(mso.map((s) => s.id).sort());
    expect(ids(await storage.programmes.listForDepartment('bu'))).toEqual([bu.id]);
  });

  it('an HR consultant attached after the nomination finds the programme, and loses it when replaced', async () => {
    const first = person('Hanne HR');
    const second = person('Henrik HR');
    const state = nominatedProgramme();
    let loaded = await storage.programmes.create(Programme.fromState(state), audit('programme.nominated'));
    expect(await storage.programmes.listForPerson(first.id)).toEqual([]);

    loaded = await storage.programmes.save(edit(loaded, (s) => (s.hrConsultant = first)), audit('hr.attached'));
    expect(ids(await storage.programmes.listForPerson(first.id))).toEqual([state.id]);

    await storage.programmes.save(edit(loaded, (s) => (s.hrConsultant = second)), audit('hr.replaced'));
    expect(await storage.programmes.listForPerson(first.id)).toEqual([]);
    expect(ids(await storage.programmes.listForPerson(second.id))).toEqual([state.id]);
    const firstIndex = await partitionRows(rawTable(storage, 'PersonIndex'), first.id);
    expect(firstIndex).toEqual([]);
  });

  it('a programme moved to another department leaves the old cohort', async () => {
    const state = nominatedProgramme({ departmentId: 'mso' });
    const loaded = await storage.programmes.create(Programme.fromState(state), audit('programme.nominated'));

    await storage.programmes.save(edit(loaded, (s) => (s.departmentId = 'tmf')), audit('department.changed'));

    expect(await storage.programmes.listForDepartment('mso')).toEqual([]);
    expect(ids(await storage.programmes.listForDepartment('tmf'))).toEqual([state.id]);
  });

  it('index entries left behind (programme gone, or person no longer part of it) are skipped', async () => {
    const leader = person('Lone Leder');
    const kept = nominatedProgramme({ leader });
    const gone = nominatedProgramme({ leader });
    for (const state of [kept, gone]) await storage.programmes.create(Programme.fromState(state), audit('programme.nominated'));
    // The programme disappears without its index entries (as after an interrupted erase).
    const programmes = rawTable(storage, 'Programmes');
    for (const row of await partitionRows(programmes, programmePartitionKey(gone.id))) {
      await programmes.deleteEntity(row.partitionKey!, row.rowKey!);
    }
    // An entry that claims the leader is part of a programme they are not in (as after a failed save).
    const other = nominatedProgramme();
    await storage.programmes.create(Programme.fromState(other), audit('programme.nominated'));
    await rawTable(storage, 'PersonIndex').upsertEntity({ partitionKey: leader.id, rowKey: other.id, roles: 'leader' });
    await rawTable(storage, 'DepartmentIndex').upsertEntity({ partitionKey: 'tmf', rowKey: kept.id });

    expect(ids(await storage.programmes.listForPerson(leader.id))).toEqual([kept.id]);
    expect(await storage.programmes.listForDepartment('tmf')).toEqual([]);
  });

  it('a create that fails leaves nobody with a programme they cannot open', async () => {
    const state = nominatedProgramme();
    await storage.programmes.create(Programme.fromState(state), audit('programme.nominated'));
    const intruder = person('Ikke Deltager');

    await expect(
      storage.programmes.create(Programme.fromState({ ...state, trainee: intruder }), audit('programme.nominated')),
    ).rejects.toThrow();

    expect(await storage.programmes.listForPerson(intruder.id)).toEqual([]);
  });
});
