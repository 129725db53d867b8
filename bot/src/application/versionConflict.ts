/**
 * A change made from an older version than the stored one. Cards and the tab show a programme
 * at a version (LoadedProgramme.version) and send it back with every change; when someone saved
 * in between, the change is refused rather than written over theirs, and the person is told who
 * changed it, so they can look at the current content and send their own input again.
 */
import { DomainError } from '../domain/errors';
import { AuditEntry, ProgrammeRepository } from '../domain/ports';
import { PersonDirectory } from '../domain/ports';
import { PersonId } from '../domain/people';
import { Programme } from '../domain/programme';

export interface ChangedBy {
  id: PersonId;
  name: string;
}

export class VersionConflictError extends DomainError {
  constructor(
    /** The version stored now: what the person must look at before changing again. */
    readonly currentVersion: number,
    /** Who saved the newest change, when the audit log says; undefined when it cannot. */
    readonly changedBy: ChangedBy | undefined,
    /** When they saved it (ISO). */
    readonly changedAt: string | undefined,
  ) {
    const name = changedBy?.name;
    super('versionConflict', 'conflict', {
      da: name
        ? `${name} har ændret forløbet, mens du skrev. Det, du skrev, er ikke gemt: se den nyeste udgave, og send det igen.`
        : 'Nogen har ændret forløbet, mens du skrev. Det, du skrev, er ikke gemt: se den nyeste udgave, og send det igen.',
      en: name
        ? `${name} changed the programme while you were writing. What you wrote is not saved: look at the latest version and send it again.`
        : 'Someone changed the programme while you were writing. What you wrote is not saved: look at the latest version and send it again.',
    });
  }
}

/**
 * The conflict as it stands now: the newest audit entry names who saved last. The name comes from
 * the programme's own people first (no directory look-up), then from the directory.
 */
export async function versionConflict(
  deps: { programmes: ProgrammeRepository; people: PersonDirectory },
  programmeId: string,
  known?: { programme: Programme; version: number },
): Promise<VersionConflictError> {
  const current = known ?? (await deps.programmes.load(programmeId));
  const [last] = await deps.programmes.auditLog(programmeId, 1).catch((): AuditEntry[] => []);
  if (!last) return new VersionConflictError(current.version, undefined, undefined);
  const participant = current.programme.participants().find((p) => p.person.id === last.by);
  const name = participant?.person.name ?? (await deps.people.find(last.by).catch(() => undefined))?.name;
  return new VersionConflictError(current.version, name ? { id: last.by, name } : undefined, last.at);
}
