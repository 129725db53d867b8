// A programme whose stored rows break the programme's rules (written by an older version, edited by
// hand, damaged): opening it gives a clear error naming it; a list with it still shows the others.
import { InvalidProgrammeStateError } from '../../bot/src/domain/errors';
import { Programme } from '../../bot/src/domain/programme';
import type { ProgrammeState } from '../../bot/src/domain/state';
import { TableStorage } from '../../bot/src/storage';
import { joinText, splitText } from '../../bot/src/storage/chunkedText';
import { programmePartitionKey } from '../../bot/src/storage/keys';
import { ProgrammeIndex } from '../../bot/src/storage/programmeIndex';
import { TableProgrammeRepository } from '../../bot/src/storage/tableProgrammeRepository';
import { nominatedProgramme, person } from '../support/programmeFixtures';
import { audit, newStorage, rawTable } from './harness';

/** Changes the core state in the stored root row behind the repository's back. */
async function damage(storage: TableStorage, programmeId: string, change: (core: ProgrammeState) => void): Promise<void> {
  const table = rawTable(storage, 'Programmes');
  const partitionKey = programmePartitionKey(programmeId);
  const root = await table.getEntity<Record<string, unknown>>(partitionKey, 'programme');
  const document = JSON.parse(joinText(root, 'data')!) as { state: ProgrammeState; order: string[] };
  change(document.state);
  await table.updateEntity(
    {
      partitionKey,
      rowKey: 'programme',
      schema: root.schema as number,
      revision: root.revision as number,
      ...splitText('data', JSON.stringify(document)),
    },
    'Replace',
  );
}

describe('a programme whose stored state breaks the rules', () => {
  let storage: TableStorage;
  const leader = person('Lone Leder');
  const states = [nominatedProgramme({ leader }), nominatedProgramme({ leader }), nominatedProgramme({ leader })];
  const broken = states[1];

  beforeAll(async () => {
    storage = await newStorage('broken');
    for (const state of states) await storage.programmes.create(Programme.fromState(state), audit('programme.nominated'));
    // In development, but the history says it was only ever nominated.
    await damage(storage, broken.id, (core) => (core.phase = 'development'));
  });

  it('opening it directly fails with a clear error naming the programme and what is wrong', async () => {
    const error = await storage.programmes.load(broken.id).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(InvalidProgrammeStateError);
    const invalid = error as InvalidProgrammeStateError;
    expect(invalid.programmeId).toBe(broken.id);
    expect(invalid.field).toBe('phaseHistory');
    expect(invalid.reason.code).toBe('phaseHistoryMismatch');
    expect(invalid.messageFor('da')).toContain(`Forløbet »${broken.id}« kan ikke åbnes`);
    expect(invalid.messageFor('en')).toContain(`The programme "${broken.id}" cannot be opened`);
  });

  it("a leader whose list includes it still sees the other programmes, and the broken one is reported by name", async () => {
    const reported: InvalidProgrammeStateError[] = [];
    const repository = new TableProgrammeRepository(
      rawTable(storage, 'Programmes'),
      new ProgrammeIndex(rawTable(storage, 'PersonIndex'), rawTable(storage, 'DepartmentIndex')),
      { onUnreadableProgramme: (error) => reported.push(error) },
    );

    const mine = await repository.listForPerson(leader.id);
    const cohort = await repository.listForDepartment('mso');

    const others = [states[0].id, states[2].id].sort();
    expect(mine.map((p) => p.id).sort()).toEqual(others);
    expect(cohort.map((p) => p.id).sort()).toEqual(others);
    expect(reported.map((e) => [e.programmeId, e.field])).toEqual([
      [broken.id, 'phaseHistory'],
      [broken.id, 'phaseHistory'],
    ]);
  });

  it('without a reporter wired in, the left-out programme is reported as a process warning naming it', async () => {
    const emitWarning = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      const mine = await storage.programmes.listForPerson(leader.id);

      expect(mine).toHaveLength(2);
      expect(emitWarning).toHaveBeenCalledTimes(1);
      expect(String(emitWarning.mock.calls[0][0])).toContain(`Programme "${broken.id}" was left out of a list`);
      expect(emitWarning.mock.calls[0][1]).toMatchObject({ type: 'InvalidProgrammeState', code: 'programmeStateInvalid' });
    } finally {
      emitWarning.mockRestore();
    }
  });
});
