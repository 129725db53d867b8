/**
 * The storage layer's single entry point for the composition root: every repository on one
 * storage account, with table names that share a prefix (so tests and environments can share an
 * account without seeing each other's data).
 */
import { TableClient, TableServiceClientOptions } from '@azure/data-tables';
import { tableClientFactory, TableStorageConnection } from './tableClients';
import { TableConversationReferenceStore } from './tableConversationReferenceStore';
import { TableDepartmentRepository } from './tableDepartmentRepository';
import { TableHandledActivities } from './tableHandledActivities';
import { TableLease } from './tableLease';
import { TableReminderRecords } from './tableReminderRecords';
import { TablePersonDirectory } from './tablePersonDirectory';
import { ProgrammeIndex } from './programmeIndex';
import { TableProgrammeRepository, TableProgrammeRepositoryOptions } from './tableProgrammeRepository';
import { TableStorageHealth } from './tableStorageHealth';
import { TableSlotReservations } from './tableSlotReservations';
import { TableTakeOffEvents } from './tableTakeOffEvents';
import { TableProgrammeChats } from './tableProgrammeChats';
import { DEFAULT_STORAGE_TIMEOUTS, StorageTimeouts, withTimeouts } from './storageTimeouts';

export interface TableStorageOptions {
  /** Put before every table name; letters and digits, starting with a letter. Empty in production. */
  tablePrefix?: string;
  /** Passed to every client: e.g. retryOptions, or additionalPolicies for telemetry. */
  clientOptions?: TableServiceClientOptions;
  /** How many programmes a list loads at the same time (default 8). */
  listConcurrency?: number;
  /** Time limits of every call; DEFAULT_STORAGE_TIMEOUTS unless given. */
  timeouts?: StorageTimeouts;
  /** Told about a programme left out of a list because its stored state is broken (see listForPerson). */
  onUnreadableProgramme?: TableProgrammeRepositoryOptions['onUnreadableProgramme'];
}

/** The health probe answers fast: one try, no retries, and a hanging storage counts as down. */
export const HEALTH_PROBE_TIMEOUT_MS = 2_000;

const TABLES = [
  'Programmes',
  'PersonIndex',
  'DepartmentIndex',
  'Departments',
  'People',
  'ConversationRefs',
  'HandledActivities',
  // The reminder engine: who sends (one lease row), and what was sent to whom (idempotency keys).
  'Leases',
  'SentReminders',
  // Booking: one row per person and quarter-hour booked, so nobody is booked twice at once.
  'SlotReservations',
  // Take-off: the events a programme admin creates and the programmes invited to each.
  'TakeOffEvents',
  // The programme's chat: which Teams group chat each programme's cards go to.
  'ProgrammeChats',
] as const;
export type TableRole = (typeof TABLES)[number];

export interface TableStorage {
  programmes: TableProgrammeRepository;
  departments: TableDepartmentRepository;
  people: TablePersonDirectory;
  conversationReferences: TableConversationReferenceStore;
  handledActivities: TableHandledActivities;
  /** The reminder engine's lease: only its holder sends reminders. */
  reminderLease: TableLease;
  sentReminders: TableReminderRecords;
  /** Each person's booked time, across all their programmes. */
  slotReservations: TableSlotReservations;
  /** Take-off events and who was invited to each. */
  takeOffEvents: TableTakeOffEvents;
  /** Each programme's group chat, where its cards go. */
  programmeChats: TableProgrammeChats;
  health: TableStorageHealth;
  /** The real name of each table, e.g. for tooling and tests. */
  tableNames: Readonly<Record<TableRole, string>>;
  /** Creates the tables that are missing; safe to call on every start. */
  ensureTables(): Promise<void>;
}

export function createTableStorage(connection: TableStorageConnection, options: TableStorageOptions = {}): TableStorage {
  const tableNames = tableNamesFor(options.tablePrefix ?? '');
  const timeouts = options.timeouts ?? DEFAULT_STORAGE_TIMEOUTS;
  const clients = tableClientFactory(connection, withTimeouts(options.clientOptions ?? {}, timeouts));
  const table = Object.fromEntries(TABLES.map((role) => [role, clients.table(tableNames[role])])) as Record<TableRole, TableClient>;

  return {
    programmes: new TableProgrammeRepository(table.Programmes, new ProgrammeIndex(table.PersonIndex, table.DepartmentIndex), {
      listConcurrency: options.listConcurrency,
      onUnreadableProgramme: options.onUnreadableProgramme,
    }),
    departments: new TableDepartmentRepository(table.Departments),
    people: new TablePersonDirectory(table.People),
    conversationReferences: new TableConversationReferenceStore(table.ConversationRefs),
    handledActivities: new TableHandledActivities(table.HandledActivities),
    reminderLease: new TableLease(table.Leases, 'reminders'),
    sentReminders: new TableReminderRecords(table.SentReminders),
    slotReservations: new TableSlotReservations(table.SlotReservations),
    takeOffEvents: new TableTakeOffEvents(table.TakeOffEvents),
    programmeChats: new TableProgrammeChats(table.ProgrammeChats),
    // The probe does not retry: a health check must answer quickly, and the caller polls again.
    health: new TableStorageHealth(
      tableClientFactory(
        connection,
        withTimeouts(
          { ...options.clientOptions, retryOptions: { maxRetries: 0 } },
          { perTryMs: HEALTH_PROBE_TIMEOUT_MS, totalMs: HEALTH_PROBE_TIMEOUT_MS, coolDownMs: 0 },
        ),
      ).table(tableNames.Programmes),
    ),
    tableNames,
    // createTable already treats 409 TableAlreadyExists as success.
    ensureTables: async () => {
      await Promise.all(TABLES.map((role) => table[role].createTable()));
    },
  };
}

/** Table names: 3–63 letters and digits, starting with a letter. Checked here so a bad prefix fails at start. */
export function tableNamesFor(prefix: string): Record<TableRole, string> {
  if (!/^([A-Za-z][A-Za-z0-9]*)?$/.test(prefix)) {
    throw new Error(`The table prefix "${prefix}" must be letters and digits and start with a letter.`);
  }
  const names = Object.fromEntries(TABLES.map((role) => [role, `${prefix}${role}`])) as Record<TableRole, string>;
  const tooLong = Object.values(names).find((name) => name.length > 63);
  if (tooLong) throw new Error(`The table name "${tooLong}" is longer than 63 characters; use a shorter prefix.`);
  return names;
}
