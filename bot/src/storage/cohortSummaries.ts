/**
 * Cohort summaries: a slimmed copy of each programme (domain/cohortSummary.ts) kept on its
 * DepartmentIndex row, so the tab's Oversigt reads a department — or every department — with one
 * query instead of one partition per programme.
 *
 * The row lives outside the programme's partition, so it cannot join the programme's transaction.
 * Two marks keep a reader from ever trusting a summary that may be behind: before a save commits,
 * the row gets `pendingRevision` = the revision being written; after it commits, the summary of
 * that revision and `summaryRevision`. A row whose summary is missing, too long, or older than its
 * pending mark (a save in flight, a save that failed, a crash in between, two saves finishing out
 * of order) is read from the programme itself instead — and its summary refreshed from what was read.
 */
import { odata, TableClient } from '@azure/data-tables';
import { cohortSummaryOf } from '../domain/cohortSummary';
import { ProgrammeState } from '../domain/state';
import { departmentIndexKeys, departmentIndexPartitionKey, programmeIdFromIndexRowKey } from './keys';
import { CHUNK_LENGTH } from './chunkedText';

/** What a summary row holds, as the reader gets it. */
export interface SummaryRow {
  programmeId: string;
  /** The department the row is filed under. */
  partitionKey: string;
  /** The slimmed state when it can be trusted; undefined when the programme must be read whole. */
  summary?: ProgrammeState;
  /** The revision the summary is of. */
  revision?: number;
}

const SELECT = ['PartitionKey', 'RowKey', 'summary', 'summaryRevision', 'pendingRevision'];

export class CohortSummaries {
  constructor(private readonly departmentIndex: TableClient) {}

  /** Before a save: the revision about to be written, so readers distrust the summary until it is refreshed. */
  async markPending(departmentId: string, programmeId: string, revision: number): Promise<void> {
    await this.departmentIndex.upsertEntity({ ...departmentIndexKeys(departmentId, programmeId), pendingRevision: revision }, 'Merge');
  }

  /**
   * After a save committed (or after a whole read): the summary of that revision. A summary too
   * long for one property is not kept (the row then always reads the programme whole); Merge mode
   * keeps the pending mark and anything else on the row.
   */
  async write(state: ProgrammeState, revision: number): Promise<void> {
    const json = JSON.stringify(cohortSummaryOf(state));
    await this.departmentIndex.upsertEntity(
      { ...departmentIndexKeys(state.departmentId, state.id), summary: json.length <= CHUNK_LENGTH ? json : '', summaryRevision: revision },
      'Merge',
    );
  }

  /** The rows of the departments, or of all departments with 'all': one query per department (one for all). */
  async rows(scope: { departmentIds: readonly string[] } | 'all'): Promise<SummaryRow[]> {
    if (scope === 'all') return this.query(undefined);
    const lists = await Promise.all([...new Set(scope.departmentIds)].map((id) => this.query(departmentIndexPartitionKey(id))));
    return lists.flat();
  }

  private async query(partitionKey: string | undefined): Promise<SummaryRow[]> {
    const rows: SummaryRow[] = [];
    const filter = partitionKey === undefined ? undefined : odata`PartitionKey eq ${partitionKey}`;
    const entities = this.departmentIndex.listEntities<Record<string, unknown>>({
      queryOptions: { select: SELECT, ...(filter ? { filter } : {}) },
    });
    for await (const entity of entities.byPage({ maxPageSize: 1000 })) {
      for (const row of entity) rows.push(summaryRowOf(row));
    }
    return rows;
  }
}

function summaryRowOf(entity: Record<string, unknown>): SummaryRow {
  const programmeId = programmeIdFromIndexRowKey(String(entity.rowKey ?? ''));
  const partitionKey = String(entity.partitionKey ?? '');
  const summaryRevision = Number(entity.summaryRevision ?? -1);
  const pendingRevision = Number(entity.pendingRevision ?? 0);
  const text = typeof entity.summary === 'string' ? entity.summary : '';
  if (!text || summaryRevision < pendingRevision) return { programmeId, partitionKey };
  try {
    return { programmeId, partitionKey, summary: JSON.parse(text) as ProgrammeState, revision: summaryRevision };
  } catch {
    return { programmeId, partitionKey };
  }
}

export function isFiledUnder(state: ProgrammeState, partitionKey: string): boolean {
  return departmentIndexPartitionKey(state.departmentId) === partitionKey;
}
