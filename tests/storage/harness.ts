// Shared set-up for the storage tests: a storage on the test run's Azurite with tables of its own,
// raw table access to look at what was written, and small helpers to change a loaded programme.
import { TableClient, TableEntityResult, TableServiceClientOptions } from '@azure/data-tables';
import type { AuditEntry, LoadedProgramme } from '../../bot/src/domain/ports';
import { Programme } from '../../bot/src/domain/programme';
import type { Phase, ProgrammeState } from '../../bot/src/domain/state';
import { createTableStorage, TableRole, TableStorage } from '../../bot/src/storage';
import { testConnectionString, uniqueTablePrefix } from '../support/tables';

export async function newStorage(label: string, clientOptions?: TableServiceClientOptions): Promise<TableStorage> {
  const storage = createTableStorage(
    { connectionString: testConnectionString() },
    { tablePrefix: uniqueTablePrefix(label), clientOptions },
  );
  await storage.ensureTables();
  return storage;
}

export function rawTable(storage: TableStorage, role: TableRole): TableClient {
  return TableClient.fromConnectionString(testConnectionString(), storage.tableNames[role], { allowInsecureConnection: true });
}

/** Every row of a partition, as stored. */
export async function partitionRows(table: TableClient, partitionKey: string): Promise<TableEntityResult<Record<string, unknown>>[]> {
  const rows: TableEntityResult<Record<string, unknown>>[] = [];
  const filter = `PartitionKey eq '${partitionKey.replace(/'/g, "''")}'`;
  for await (const row of table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) rows.push(row);
  return rows;
}

let clock = Date.parse('2025-03-01T08:00:00.000Z');

/** An audit entry; each one a second later than the last, so their order is known. */
export function audit(action: string, by = 'someone'): AuditEntry {
  clock += 1000;
  return { at: new Date(clock).toISOString(), by, action };
}

/** The loaded programme with its state changed, keeping the token of what was read. */
export function edit(loaded: LoadedProgramme, change: (state: ProgrammeState) => void): LoadedProgramme {
  const state = loaded.programme.toState();
  change(state);
  return { programme: Programme.fromState(state), token: loaded.token, version: loaded.version };
}

/** Moves the state on to `phase` as the domain would: the phase history says when (a day after the last phase). */
export function enterPhase(state: ProgrammeState, phase: Phase): void {
  const last = state.phaseHistory[state.phaseHistory.length - 1];
  state.phase = phase;
  state.phaseHistory.push({ phase, enteredAt: new Date(Date.parse(last.enteredAt) + 24 * 60 * 60 * 1000).toISOString() });
}

type Policy = NonNullable<TableServiceClientOptions['additionalPolicies']>[number];

/** Counts the HTTP requests the clients send, to see how many round-trips an operation costs. */
export function requestCounter(): { count: number; options: TableServiceClientOptions } {
  const counter = { count: 0, options: {} as TableServiceClientOptions };
  const policy: Policy = {
    position: 'perCall',
    policy: {
      name: 'countRequests',
      sendRequest: (request, next) => {
        counter.count += 1;
        return next(request);
      },
    },
  };
  counter.options = { additionalPolicies: [policy] };
  return counter;
}
