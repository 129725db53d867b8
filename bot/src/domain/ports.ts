/**
 * Ports: what the domain and the application need from the outside world. Storage implements
 * them on Azure Table Storage; pure tests may implement them in memory.
 */
import { Department } from './department';
import { Person, PersonId } from './people';
import { Programme } from './programme';

/**
 * A programme as loaded from storage, with an opaque token that remembers what was read
 * (the ETag and which rows existed), so a save writes only what changed and refuses to
 * overwrite a newer version.
 */
export interface LoadedProgramme {
  readonly programme: Programme;
  readonly token: unknown;
  /**
   * The stored revision that was read: 1 when created, one more with every save of the programme.
   * Cards and the tab carry it as the version they show, so a change made from an older one is
   * refused rather than written over what someone else saved (application/versionConflict.ts).
   */
  readonly version: number;
}

/** One line of the audit log: who did what to a programme, and when. */
export interface AuditEntry {
  at: string;
  by: PersonId;
  /** A stable action name, e.g. "agreement.accepted". */
  action: string;
  /** Short, non-sensitive detail (never personality-test results or free text from interviews). */
  detail?: string;
  /** The programme's version this change saved (absent on entries written before it was recorded). */
  version?: number;
  /**
   * Whether this save changed the learning agreement (any version of it), worked out by comparing
   * it before and after. Absent on entries written before it was recorded: read as "it did".
   */
  agreementChanged?: boolean;
}

export interface ProgrammeRepository {
  /** Stores a new programme and its index entries. Fails with a conflict if the id exists. */
  create(programme: Programme, audit: AuditEntry): Promise<LoadedProgramme>;
  /** Loads a whole programme (one partition query). Throws NotFoundError when it does not exist. */
  load(programmeId: string): Promise<LoadedProgramme>;
  /**
   * Writes the changes made to `loaded.programme` since it was loaded, in one transaction,
   * conditional on the ETag read. Throws ConcurrencyConflictError when someone saved in between.
   */
  save(loaded: LoadedProgramme, audit: AuditEntry): Promise<LoadedProgramme>;
  /** Programmes the person is part of (as trainee, leader or HR consultant). */
  listForPerson(personId: PersonId): Promise<Programme[]>;
  /** Programmes of a department (HR's cohort view). */
  listForDepartment(departmentId: string): Promise<Programme[]>;
  /** The audit log of a programme, newest first. */
  auditLog(programmeId: string, limit?: number): Promise<AuditEntry[]>;
}

/**
 * A value as read from storage with its version (an ETag), so that a change can be written only if
 * nobody changed the value in between.
 */
export interface Versioned<T> {
  readonly value: T;
  readonly version: string;
}

export interface DepartmentRepository {
  list(): Promise<Department[]>;
  /** Throws NotFoundError when the department does not exist. */
  get(departmentId: string): Promise<Department>;
  /** The department with its version, for changing it. Throws NotFoundError when it does not exist. */
  load(departmentId: string): Promise<Versioned<Department>>;
  /** Stores a new department; a conflict error when one with the same id exists. */
  add(department: Department): Promise<void>;
  /** Writes `changed` over the version read; ConcurrencyConflictError when someone changed it since. */
  update(read: Versioned<Department>, changed: Department): Promise<Versioned<Department>>;
}

export interface PersonDirectory {
  find(personId: PersonId): Promise<Person | undefined>;
  /**
   * People whose name (any word of it) or e-mail starts with `prefix`, case-insensitive, sorted by
   * name, at most `limit`. For choosing a person on a card (the nomination, the HR mapping).
   */
  search(prefix: string, limit: number): Promise<Person[]>;
  /** The person with their version, for changing them. Throws NotFoundError when unknown. */
  load(personId: PersonId): Promise<Versioned<Person>>;
  /** Stores a new person; a conflict error when one with the same id exists. */
  add(person: Person): Promise<void>;
  /** Writes `changed` over the version read; ConcurrencyConflictError when someone changed it since. */
  update(read: Versioned<Person>, changed: Person): Promise<Versioned<Person>>;
}
