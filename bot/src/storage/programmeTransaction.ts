/**
 * The one transaction that writes a programme: which rows to create, replace or delete.
 *
 * Every save replaces the root row under If-Match with the ETag that was read. All rows live in
 * one partition and the transaction is atomic, so that single condition guards the whole
 * programme: if anyone saved in between, nothing of this save is written. The other rows
 * therefore need no condition of their own.
 */
import { TableEntity, TransactionAction } from '@azure/data-tables';
import { AuditEntry } from '../domain/ports';
import { auditEntity } from './auditRows';
import { StorageLimitError } from './chunkedText';
import { PROGRAMME_ROOT_ROW } from './keys';
import { StateRow } from './programmeRows';

/** Table Storage's limits for one transaction (entity group transaction). */
export const MAX_TRANSACTION_ACTIONS = 100;
/** The request may be at most 4 MiB; keep a margin for the multipart envelope. */
export const MAX_TRANSACTION_BYTES = 4 * 1024 * 1024 - 256 * 1024;

/** A new programme: every row created, so an existing programme with the same id fails the whole transaction. */
export function createActions(partitionKey: string, rows: readonly StateRow[], audit: AuditEntry): TransactionAction[] {
  return [
    ...rows.map((row): TransactionAction => ['create', entity(partitionKey, row)]),
    ['create', auditEntity(partitionKey, audit)],
  ];
}

/** What was read: the root's ETag and the fingerprint of every state row. */
export interface ReadRows {
  rootEtag: string;
  fingerprints: ReadonlyMap<string, string>;
}

/** A save: the conditional root first, then changed or new rows, removed rows, and the audit entry. */
export function saveActions(
  partitionKey: string,
  rows: readonly StateRow[],
  read: ReadRows,
  audit: AuditEntry,
): TransactionAction[] {
  const root = rows.find((row) => row.rowKey === PROGRAMME_ROOT_ROW);
  if (!root) throw new Error('The rows of a programme must include its root row.');
  const current = new Set(rows.map((row) => row.rowKey));
  const actions: TransactionAction[] = [['update', entity(partitionKey, root), 'Replace', { etag: read.rootEtag }]];
  for (const row of rows) {
    if (row === root || read.fingerprints.get(row.rowKey) === row.fingerprint) continue;
    // Replace, not Merge: a shorter value must not keep the extra parts of a longer one.
    actions.push(['upsert', entity(partitionKey, row), 'Replace']);
  }
  for (const rowKey of read.fingerprints.keys()) {
    if (!current.has(rowKey)) actions.push(['delete', { partitionKey, rowKey }]);
  }
  actions.push(['create', auditEntity(partitionKey, audit)]);
  return actions;
}

/** Refuses, before anything is written, a transaction the service would reject or split. */
export function assertFitsOneTransaction(actions: readonly TransactionAction[]): void {
  if (actions.length > MAX_TRANSACTION_ACTIONS) {
    throw new StorageLimitError(
      `The change needs ${actions.length} row writes; one transaction allows ${MAX_TRANSACTION_ACTIONS}. Nothing was written.`,
    );
  }
  const bytes = actions.reduce((sum, action) => sum + Buffer.byteLength(JSON.stringify(action[1]), 'utf8'), 0);
  if (bytes > MAX_TRANSACTION_BYTES) {
    throw new StorageLimitError(
      `The change is ${bytes} bytes; one transaction allows about ${MAX_TRANSACTION_BYTES}. Nothing was written.`,
    );
  }
}

function entity(partitionKey: string, row: StateRow): TableEntity {
  return { partitionKey, rowKey: row.rowKey, ...row.properties };
}
