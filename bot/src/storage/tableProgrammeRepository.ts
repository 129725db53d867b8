/**
 * ProgrammeRepository on Azure Table Storage: one partition per programme, one transaction per
 * write, optimistic concurrency through the root row's ETag. See programmeRows.ts for the rows,
 * programmeTransaction.ts for what a write sends, and programmeIndex.ts for the look-ups.
 */
import { odata, TableClient, TableTransactionResponse } from '@azure/data-tables';
import { ConcurrencyConflictError, DomainError, InvalidProgrammeStateError, NotFoundError } from '../domain/errors';
import { notFound } from '../domain/messages';
import { PersonId } from '../domain/people';
import { AuditEntry, LoadedProgramme, ProgrammeRepository } from '../domain/ports';
import { Programme } from '../domain/programme';
import { ProgrammeState } from '../domain/state';
import { auditEntryFromEntity } from './auditRows';
import { AUDIT_ROWS_FROM, AUDIT_ROWS_TO, PROGRAMME_ROOT_ROW, programmePartitionKey, STATE_ROWS_END } from './keys';
import { mapBounded } from './mapBounded';
import { IndexEntries, indexEntriesOf, isParticipant, ProgrammeIndex, sameIndexEntries } from './programmeIndex';
import { programmeFromRows, StateRow, stateRows, StoredEntity, StoredProgramme } from './programmeRows';
import { assertFitsOneTransaction, createActions, saveActions } from './programmeTransaction';
import { isAlreadyExists, isNotFound, isPreconditionFailed } from './storageErrors';
import { isFiledUnder, SummaryRow } from './cohortSummaries';
import { cohortSummaryOf } from '../domain/cohortSummary';

/**
 * The opaque token of a LoadedProgramme: what was read, so a save knows which rows changed,
 * which index entries exist, and which ETag the root row must still have.
 */
class ReadVersion {
  /** Set once a save from this version was attempted: a version is saved once. */
  saved = false;

  constructor(
    readonly programmeId: string,
    readonly revision: number,
    readonly rootEtag: string,
    readonly fingerprints: ReadonlyMap<string, string>,
    readonly index: IndexEntries,
  ) {}
}

export interface TableProgrammeRepositoryOptions {
  /** How many programmes a list loads at the same time. */
  listConcurrency?: number;
  /**
   * Told about each programme a list had to leave out because its stored state breaks the rules
   * (see listForPerson). Default: a process warning (stderr), so the fault reaches the log even
   * where no logger is wired in.
   */
  onUnreadableProgramme?: (error: InvalidProgrammeStateError) => void;
}

/** The default report of a programme left out of a list: one warning line naming it and the fault. */
function warnUnreadable(error: InvalidProgrammeStateError): void {
  process.emitWarning(`Programme "${error.programmeId}" was left out of a list: ${error.text.en}`, {
    type: 'InvalidProgrammeState',
    code: error.code,
  });
}

/** Up to this many of a person's programmes are read whole; beyond it the cohort summaries are cheaper. */
const PERSON_PROGRAMMES_READ_WHOLE = 12;

export class TableProgrammeRepository implements ProgrammeRepository {
  private readonly listConcurrency: number;
  private readonly onUnreadableProgramme: (error: InvalidProgrammeStateError) => void;

  constructor(
    private readonly programmes: TableClient,
    private readonly index: ProgrammeIndex,
    options: TableProgrammeRepositoryOptions = {},
  ) {
    this.listConcurrency = options.listConcurrency ?? 8;
    this.onUnreadableProgramme = options.onUnreadableProgramme ?? warnUnreadable;
  }

  async create(programme: Programme, audit: AuditEntry): Promise<LoadedProgramme> {
    const state = programme.toState();
    const partitionKey = programmePartitionKey(state.id);
    const rows = stateRows(state, 1);
    const actions = createActions(partitionKey, rows, { ...audit, version: 1 });
    assertFitsOneTransaction(actions);
    const entries = indexEntriesOf(state);
    // Index first: if the transaction then fails, the entries only point at nothing (readers skip them).
    await this.index.write(state.id, entries);
    let response: TableTransactionResponse;
    try {
      response = await this.programmes.submitTransaction(actions);
    } catch (error) {
      if (isAlreadyExists(error)) throw programmeAlreadyExists();
      throw error;
    }
    await this.refreshSummary(state, 1);
    return this.loaded(state, rows, 1, await this.rootEtagAfter(response, partitionKey, 1), entries);
  }

  async load(programmeId: string): Promise<LoadedProgramme> {
    const stored = await this.read(programmeId);
    if (!stored) throw programmeNotFound();
    const { state, revision, rootEtag, fingerprints } = stored;
    return {
      programme: Programme.fromState(state),
      token: new ReadVersion(programmeId, revision, rootEtag, fingerprints, indexEntriesOf(state)),
      version: revision,
    };
  }

  async save(loaded: LoadedProgramme, audit: AuditEntry): Promise<LoadedProgramme> {
    const read = readVersionOf(loaded.token);
    // A loaded version is saved once. Saving it again could only fail on its own ETag, which would
    // look like someone else's change: a bug in the caller, named as one. After a failed save the
    // write may or may not have committed, so the caller loads again rather than retrying this one.
    if (read.saved) {
      throw new Error(
        `Programme "${read.programmeId}": a save was already made from this loaded version. Save the LoadedProgramme that save() returned, or load the programme again.`,
      );
    }
    read.saved = true;
    const state = loaded.programme.toState();
    if (state.id !== read.programmeId) {
      throw new Error(`A programme loaded as "${read.programmeId}" cannot be saved as "${state.id}".`);
    }
    const partitionKey = programmePartitionKey(state.id);
    const revision = read.revision + 1;
    const rows = stateRows(state, revision);
    const actions = saveActions(partitionKey, rows, read, { ...audit, version: revision });
    assertFitsOneTransaction(actions);

    const entries = indexEntriesOf(state);
    const participantsChanged = !sameIndexEntries(read.index, entries);
    if (participantsChanged) await this.index.write(state.id, entries);
    // Readers distrust the cohort summary from here until the one of this revision is written.
    await this.index.summaries.markPending(state.departmentId, state.id, revision);
    let response: TableTransactionResponse;
    try {
      response = await this.programmes.submitTransaction(actions);
    } catch (error) {
      if (isPreconditionFailed(error)) throw new ConcurrencyConflictError({ da: 'forløbet', en: 'programme' });
      if (isNotFound(error)) throw programmeNotFound();
      throw error;
    }
    if (participantsChanged) {
      // The save has committed; a failure to tidy the index must not report it as failed (a retry
      // would then conflict). A left-over entry is skipped by every reader.
      await this.index.removeLeft(state.id, read.index, entries).catch(() => undefined);
    }
    await this.refreshSummary(state, revision);
    return this.loaded(state, rows, revision, await this.rootEtagAfter(response, partitionKey, revision), entries);
  }

  /**
   * The person's programmes. A programme whose stored state breaks the rules (InvalidProgrammeStateError
   * from Programme.fromState) is left out and reported through `onUnreadableProgramme`, not thrown:
   * one damaged programme must not take a leader's or HR's whole list down with it, and hiding it
   * silently would be as bad. So the others are listed, the fault is reported by programme, field
   * and rule, and opening the damaged programme directly (`load`) fails with that same clear error.
   * Any other failure (storage down, a newer row schema) still fails the list: that is not one
   * programme's fault, and a partial list would mislead.
   */
  async listForPerson(personId: PersonId): Promise<Programme[]> {
    const ids = await this.index.programmeIdsForPerson(personId);
    return this.loadAll(ids, (state) => isParticipant(state, personId));
  }

  /** The department's programmes; a damaged one is left out and reported, as in listForPerson. */
  async listForDepartment(departmentId: string): Promise<Programme[]> {
    const ids = await this.index.programmeIdsForDepartment(departmentId);
    return this.loadAll(ids, (state) => state.departmentId === departmentId);
  }

  /**
   * Slimmed states for the cohort views (ProgrammeSummaries): one query over the department index.
   * A row whose summary cannot be trusted is read from the programme itself (and its summary
   * refreshed); a damaged programme is left out and reported, as in listForPerson.
   */
  async listSummaries(scope: { departmentIds: readonly string[] } | 'all'): Promise<{ state: ProgrammeState; revision: number }[]> {
    return this.summariesOf(await this.index.summaries.rows(scope));
  }

  /**
   * Slimmed states of the person's own programmes. A few (a trainee's, a leader's) are read whole;
   * many (an HR consultant of a large department) come from the cohort summaries in one query, as
   * the Oversigt does, with only the person's own untrusted rows read whole.
   */
  async listSummariesForPerson(personId: PersonId): Promise<ProgrammeState[]> {
    const ids = await this.index.programmeIdsForPerson(personId);
    if (ids.length <= PERSON_PROGRAMMES_READ_WHOLE) {
      return (await this.loadAll(ids, (state) => isParticipant(state, personId))).map((programme) => cohortSummaryOf(programme.toState()));
    }
    const wanted = new Set(ids);
    const rows = (await this.index.summaries.rows('all')).filter((row) => wanted.has(row.programmeId));
    return (await this.summariesOf(rows)).map(({ state }) => state).filter((state) => isParticipant(state, personId));
  }

  private async summariesOf(rows: SummaryRow[]): Promise<{ state: ProgrammeState; revision: number }[]> {
    const byId = new Map<string, { state: ProgrammeState; revision: number }>();
    const toRead: SummaryRow[] = [];
    for (const row of rows) {
      if (!row.summary) toRead.push(row);
      else if (isFiledUnder(row.summary, row.partitionKey)) byId.set(row.programmeId, { state: row.summary, revision: row.revision ?? 0 });
    }
    const read = await mapBounded(toRead, this.listConcurrency, async (row) => ({ row, stored: await this.read(row.programmeId) }));
    for (const { row, stored } of read) {
      if (!stored || !isFiledUnder(stored.state, row.partitionKey)) continue;
      try {
        Programme.fromState(stored.state);
      } catch (error) {
        if (!(error instanceof InvalidProgrammeStateError)) throw error;
        this.onUnreadableProgramme(error);
        continue;
      }
      await this.refreshSummary(stored.state, stored.revision);
      byId.set(row.programmeId, { state: cohortSummaryOf(stored.state), revision: stored.revision });
    }
    return [...byId.values()];
  }

  /** Writes the cohort summary of a committed revision; a failure only leaves readers reading the programme whole. */
  private async refreshSummary(state: ProgrammeState, revision: number): Promise<void> {
    await this.index.summaries.write(state, revision).catch(() => undefined);
  }

  async auditLog(programmeId: string, limit = 50): Promise<AuditEntry[]> {
    const entries: AuditEntry[] = [];
    if (limit <= 0) return entries;
    const partitionKey = programmePartitionKey(programmeId);
    const filter = odata`PartitionKey eq ${partitionKey} and RowKey ge ${AUDIT_ROWS_FROM} and RowKey lt ${AUDIT_ROWS_TO}`;
    const pages = this.programmes.listEntities({ queryOptions: { filter } }).byPage({ maxPageSize: Math.min(limit, 1000) });
    for await (const page of pages) {
      for (const entity of page) {
        entries.push(auditEntryFromEntity(entity));
        if (entries.length >= limit) return entries;
      }
    }
    return entries;
  }

  /** The state rows of a programme's partition (one query), or undefined when it does not exist. */
  private async read(programmeId: string): Promise<StoredProgramme | undefined> {
    const partitionKey = programmePartitionKey(programmeId);
    const filter = odata`PartitionKey eq ${partitionKey} and RowKey lt ${STATE_ROWS_END}`;
    const entities: StoredEntity[] = [];
    for await (const entity of this.programmes.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
      entities.push(entity);
    }
    return programmeFromRows(entities);
  }

  /** Loads the programmes an index pointed at, keeping those that still match it; reports and skips damaged ones. */
  private async loadAll(ids: readonly string[], stillMatches: (state: ProgrammeState) => boolean): Promise<Programme[]> {
    const stored = await mapBounded(ids, this.listConcurrency, (id) => this.read(id));
    const programmes: Programme[] = [];
    for (const item of stored) {
      if (item === undefined) continue;
      let programme: Programme;
      try {
        // Checked before matching: the match reads the state, which must be known to be sound.
        programme = Programme.fromState(item.state);
      } catch (error) {
        if (!(error instanceof InvalidProgrammeStateError)) throw error;
        this.onUnreadableProgramme(error);
        continue;
      }
      if (stillMatches(item.state)) programmes.push(programme);
    }
    return programmes;
  }

  private loaded(state: ProgrammeState, rows: readonly StateRow[], revision: number, rootEtag: string, entries: IndexEntries): LoadedProgramme {
    const fingerprints = new Map(rows.map((row) => [row.rowKey, row.fingerprint]));
    return {
      programme: Programme.fromState(state),
      token: new ReadVersion(state.id, revision, rootEtag, fingerprints, entries),
      version: revision,
    };
  }

  /**
   * The root row is the first action of every transaction, so the first sub-response carries its
   * new ETag (the service answers in request order; updates carry no RowKey to look it up by).
   */
  private async rootEtagAfter(response: TableTransactionResponse, partitionKey: string, revision: number): Promise<string> {
    const etag = response.subResponses[0]?.etag;
    if (etag) return etag;
    const root = await this.programmes.getEntity<{ revision?: number }>(partitionKey, PROGRAMME_ROOT_ROW, {
      queryOptions: { select: ['RowKey', 'revision'] },
    });
    // Someone may have saved right after us: their ETag must not become ours, or our next save would
    // overwrite their change. An ETag that can never match makes that next save a conflict instead.
    return root.revision === revision ? root.etag : NEVER_MATCHING_ETAG;
  }
}

const NEVER_MATCHING_ETAG = `W/"datetime'1970-01-01T00%3A00%3A00.0000000Z'"`;

function readVersionOf(token: unknown): ReadVersion {
  if (token instanceof ReadVersion) return token;
  throw new Error('Only a programme returned by load() or create() of this repository can be saved.');
}

function programmeNotFound(): NotFoundError {
  return notFound('programmeNotFound');
}

function programmeAlreadyExists(): DomainError {
  return new DomainError('programmeAlreadyExists', 'conflict', {
    da: 'Der findes allerede et forløb med dette id.',
    en: 'A programme with this id already exists.',
  });
}
