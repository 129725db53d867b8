/**
 * The one way a use case changes a programme: load it, check that the actor may see it (facts
 * from storage), apply the domain change, save it over the version that was read (ETag) together
 * with its audit entry, and hand back what happened. Every write of every use case goes through
 * here, so none of them can forget a step.
 */
import { Actor } from '../domain/access';
import { ProgrammeEvent } from '../domain/events';
import { PersonId } from '../domain/people';
import { PersonDirectory, ProgrammeRepository } from '../domain/ports';
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

export async function changeProgramme<T>(
  deps: ChangeDeps,
  request: ChangeRequest,
  change: (programme: Programme, at: Date, actor: Actor) => T,
): Promise<ChangeOutcome<T>> {
  const [actor, loaded] = await Promise.all([actorFacts(deps.people, request.actorId), deps.programmes.load(request.programmeId)]);
  loaded.programme.assertCanView(actor);
  const expected = request.expectedVersion;
  if (expected !== undefined && expected !== loaded.version) throw await versionConflict(deps, request.programmeId, loaded);
  const at = deps.clock.now();
  const result = change(loaded.programme, at, actor);
  const events = loaded.programme.takeEvents();
  let saved;
  try {
    saved = await deps.programmes.save(loaded, {
      at: at.toISOString(),
      by: actor.id,
      action: request.action,
      ...(request.detail !== undefined ? { detail: request.detail } : {}),
    });
  } catch (error) {
    // Someone saved between our load and our save: for a person who saw a version, name who.
    if (expected !== undefined && error instanceof ConcurrencyConflictError) throw await versionConflict(deps, request.programmeId);
    throw error;
  }
  return { programme: saved.programme, result, events, at, version: saved.version };
}
