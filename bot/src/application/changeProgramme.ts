/**
 * The one way a use case changes a programme: load it, check that the actor may see it (facts
 * from storage), apply the domain change, save it over the version that was read (ETag) together
 * with its audit entry, and hand back what happened. Every write of every use case goes through
 * here, so none of them can forget a step.
 */
import { Actor } from '../domain/access';
import { ProgrammeEvent } from '../domain/events';
import { PersonId } from '../domain/people';
import { AuditEntry, LoadedProgramme, PersonDirectory, ProgrammeRepository } from '../domain/ports';
import { Programme } from '../domain/programme';
import { actorFacts } from './actorFacts';
import { Clock } from './ports';
import { versionConflict } from './versionConflict';
import { ConcurrencyConflictError } from '../domain/errors';

export interface ChangeDeps {
  programmes: ProgrammeRepository;
  people: PersonDirectory;
  clock: Clock;
}

export interface ChangeRequest {
  programmeId: string;
  actorId: PersonId;
  /** Stable audit action name, e.g. "personalityTest.feedbackGiven". */
  action: string;
  /** Short, non-sensitive audit detail (never free text from interviews). */
  detail?: string;
  /**
   * The version (LoadedProgramme.version) the person saw when they made the change, from a card or
   * the tab. When given and someone saved since, nothing is written: VersionConflictError names who.
   */
  expectedVersion?: number;
  /**
   * With `expectedVersion`: whether this change may still be made over a change saved since the
   * person's version (one audit entry a save). When every change in between is independent of it
   * (another goal, HR's remark while a goal is edited), it is applied to the current programme;
   * otherwise, or without this rule, it is refused as before. Domain rules still guard the result.
   */
  independentOf?: (between: AuditEntry) => boolean;
}

export interface ChangeOutcome<T> {
  /** The programme as saved. */
  programme: Programme;
  /** What the change itself returned. */
  result: T;
  /** What happened, for the use case to decide who is told. */
  events: ProgrammeEvent[];
  at: Date;
  /** The version as saved: what a card or the tab shows next and sends back with the next change. */
  version: number;
}

/** A change independent of what was saved in between is retried this often when saves keep racing it. */
const ATTEMPTS_OVER_INDEPENDENT_CHANGES = 3;

export async function changeProgramme<T>(
  deps: ChangeDeps,
  request: ChangeRequest,
  change: (programme: Programme, at: Date, actor: Actor) => T,
): Promise<ChangeOutcome<T>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await changeOnce(deps, request, change);
    } catch (error) {
      // Someone saved between our load and our save. Only a change that may pass over others is
      // tried again: it is checked anew against what they saved.
      if (!(error instanceof ConcurrencyConflictError)) throw error;
      if (request.independentOf && attempt < ATTEMPTS_OVER_INDEPENDENT_CHANGES) continue;
      // For a person who saw a version, name who saved in between.
      if (request.expectedVersion !== undefined) throw await versionConflict(deps, request.programmeId);
      throw error;
    }
  }
}

async function changeOnce<T>(
  deps: ChangeDeps,
  request: ChangeRequest,
  change: (programme: Programme, at: Date, actor: Actor) => T,
): Promise<ChangeOutcome<T>> {
  const [actor, loaded] = await Promise.all([actorFacts(deps.people, request.actorId), deps.programmes.load(request.programmeId)]);
  loaded.programme.assertCanView(actor);
  const expected = request.expectedVersion;
  if (expected !== undefined && expected !== loaded.version && !(await onlyIndependentChangesSince(deps, request, loaded))) {
    throw await versionConflict(deps, request.programmeId, loaded);
  }
  const at = deps.clock.now();
  const agreementBefore = agreementFingerprint(loaded.programme);
  const result = change(loaded.programme, at, actor);
  const events = loaded.programme.takeEvents();
  const saved = await deps.programmes.save(loaded, {
    at: at.toISOString(),
    by: actor.id,
    action: request.action,
    ...(request.detail !== undefined ? { detail: request.detail } : {}),
    agreementChanged: agreementFingerprint(loaded.programme) !== agreementBefore,
  });
  return { programme: saved.programme, result, events, at, version: saved.version };
}

/**
 * The learning agreement as it stands, to tell afterwards whether a save changed it. Recorded on the
 * audit entry so an edit of the agreement can pass over saves that left it alone (a booking, a
 * paused reminder) whatever their action is called, without a list of such actions to keep up.
 */
function agreementFingerprint(programme: Programme): string {
  return JSON.stringify(programme.agreements());
}

/** Changes saved since the person's version that are further back than this are not looked at: refused. */
const MAX_CHANGES_LOOKED_AT = 40;

/**
 * Whether every save since the person's version is independent of their change. Each save wrote one
 * audit entry with the version it made, so all of them must be found and each must pass the rule;
 * anything unknown (an older entry without a version, a gap) counts as a conflict.
 */
async function onlyIndependentChangesSince(deps: ChangeDeps, request: ChangeRequest, loaded: LoadedProgramme): Promise<boolean> {
  const expected = request.expectedVersion;
  const independentOf = request.independentOf;
  if (expected === undefined || !independentOf) return false;
  const missed = loaded.version - expected;
  if (missed <= 0 || missed > MAX_CHANGES_LOOKED_AT) return false;
  // A few more than missed: entries sort by time, and two servers' clocks may disagree a little.
  const recent = await deps.programmes.auditLog(request.programmeId, missed + 10);
  const between = recent.filter((entry) => entry.version !== undefined && entry.version > expected && entry.version <= loaded.version);
  if (new Set(between.map((entry) => entry.version)).size !== missed) return false;
  return between.every(independentOf);
}
