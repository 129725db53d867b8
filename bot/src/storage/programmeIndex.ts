/**
 * Look-up tables from a person, and from a department, to their programmes.
 *
 * They live outside the programme's partition, so they cannot join its transaction. The order of
 * writes makes that safe: entries for new participants are written before the programme, entries
 * for people who left are removed after it, and readers check every entry against the programme
 * itself. A crash in between leaves at worst an extra entry, which readers skip, never a missing one.
 * Readers do not delete such entries: one may belong to a programme whose create is still running.
 */
import { odata, TableClient } from '@azure/data-tables';
import { participantsOf, roleIn } from '../domain/access';
import { PersonId, ProgrammeRole } from '../domain/people';
import { ProgrammeState } from '../domain/state';
import {
  departmentIndexKeys,
  departmentIndexPartitionKey,
  personIndexKeys,
  personIndexPartitionKey,
  programmeIdFromIndexRowKey,
} from './keys';
import { isNotFound } from './storageErrors';
import { CohortSummaries } from './cohortSummaries';

/** Who and which department a programme must be findable by. */
export interface IndexEntries {
  departmentId: string;
  people: { personId: PersonId; roles: ProgrammeRole[] }[];
}

export function indexEntriesOf(state: ProgrammeState): IndexEntries {
  const roles = new Map<PersonId, ProgrammeRole[]>();
  for (const { person, role } of participantsOf(state)) roles.set(person.id, [...(roles.get(person.id) ?? []), role]);
  return { departmentId: state.departmentId, people: [...roles].map(([personId, list]) => ({ personId, roles: list })) };
}

export function sameIndexEntries(a: IndexEntries, b: IndexEntries): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Is the person still one of the programme's three participants? (Index entries may be stale.) */
export function isParticipant(state: ProgrammeState, personId: PersonId): boolean {
  return roleIn(state, personId) !== undefined;
}

export class ProgrammeIndex {
  /** The cohort summaries kept on the department index rows (cohortSummaries.ts). */
  readonly summaries: CohortSummaries;

  constructor(
    private readonly personIndex: TableClient,
    private readonly departmentIndex: TableClient,
  ) {
    this.summaries = new CohortSummaries(departmentIndex);
  }

  /** Writes (or refreshes) every entry; idempotent. */
  async write(programmeId: string, entries: IndexEntries): Promise<void> {
    await Promise.all([
      ...entries.people.map(({ personId, roles }) =>
        this.personIndex.upsertEntity({ ...personIndexKeys(personId, programmeId), roles: roles.join(',') }, 'Replace'),
      ),
      this.departmentIndex.upsertEntity(departmentIndexKeys(entries.departmentId, programmeId), 'Replace'),
    ]);
  }

  /** Removes the entries of `before` that `after` no longer has. */
  async removeLeft(programmeId: string, before: IndexEntries, after: IndexEntries): Promise<void> {
    const stillThere = new Set(after.people.map((entry) => entry.personId));
    const deletions = before.people
      .filter((entry) => !stillThere.has(entry.personId))
      .map((entry) => personIndexKeys(entry.personId, programmeId))
      .map((keys) => deleteIfPresent(this.personIndex, keys));
    if (before.departmentId !== after.departmentId) {
      deletions.push(deleteIfPresent(this.departmentIndex, departmentIndexKeys(before.departmentId, programmeId)));
    }
    await Promise.all(deletions);
  }

  programmeIdsForPerson(personId: PersonId): Promise<string[]> {
    return programmeIdsIn(this.personIndex, personIndexPartitionKey(personId));
  }

  programmeIdsForDepartment(departmentId: string): Promise<string[]> {
    return programmeIdsIn(this.departmentIndex, departmentIndexPartitionKey(departmentId));
  }
}

async function programmeIdsIn(table: TableClient, partitionKey: string): Promise<string[]> {
  const ids: string[] = [];
  const rows = table.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${partitionKey}`, select: ['RowKey'] } });
  for await (const row of rows) ids.push(programmeIdFromIndexRowKey(row.rowKey ?? ''));
  return ids;
}

async function deleteIfPresent(table: TableClient, keys: { partitionKey: string; rowKey: string }): Promise<void> {
  try {
    await table.deleteEntity(keys.partitionKey, keys.rowKey);
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}
