/**
 * What every change of the learning agreement shares: who, which programme, which version they saw;
 * and the one way such a change is made — through changeProgramme, over that version, answered with
 * the agreement as the person now sees it.
 */
import { Actor } from '../../domain/access';
import { AuditEntry } from '../../domain/ports';
import { PersonId } from '../../domain/people';
import { Programme } from '../../domain/programme';
import { ChangeDeps, changeProgramme } from '../changeProgramme';
import { AgreementView, agreementViewOf } from './agreementView';

export interface AgreementChange {
  actorId: PersonId;
  programmeId: string;
  /** The version the person saw (AgreementView.version): a change from an older one is refused (VersionConflictError). */
  expectedVersion: number;
}

export async function changeAgreement(
  deps: ChangeDeps,
  request: AgreementChange,
  action: string,
  change: (programme: Programme, at: Date, actor: Actor) => unknown,
  detail?: string,
): Promise<AgreementView> {
  let actor: Actor | undefined;
  const outcome = await changeProgramme(
    deps,
    {
      programmeId: request.programmeId,
      actorId: request.actorId,
      action,
      expectedVersion: request.expectedVersion,
      ...(detail !== undefined ? { detail } : {}),
      independentOf: (between) => independentChanges(action, detail, between),
    },
    (programme, at, who) => {
      actor = who;
      return change(programme, at, who);
    },
  );
  return agreementViewOf(outcome.programme, outcome.version, actor as Actor);
}

/** Edits of one goal or building block: they pass over changes to other goals and blocks. */
const EDITS_OF_ONE_PART = new Set([
  'agreement.goalChanged',
  'agreement.goalRemoved',
  'agreement.blockChanged',
  'agreement.blockRemoved',
  'agreement.blockStatusSet',
]);

/**
 * Whether `action` on the part named by `detail` may be made over `between`, saved since the person's
 * version without them seeing it. Two people editing different goals, or HR writing its remark while
 * a goal is edited, do not overwrite each other, so neither is refused. Anything that changes what
 * the person was looking at as a whole (a new version, an approval, the terms) still refuses; so
 * does every change to the same goal or block. Approving, acknowledging, opening a new version and
 * setting the terms pass over nothing: one approves what one has seen.
 */
function independentChanges(action: string, detail: string | undefined, between: AuditEntry): boolean {
  const touchesAgreement = between.agreementChanged !== false;
  if (action === 'agreement.hrCommentSet') return !['agreement.hrCommentSet', 'agreement.revised', 'conversation.documented'].includes(between.action);
  if (EDITS_OF_ONE_PART.has(action) && detail !== undefined) {
    if (!touchesAgreement) return true;
    if (between.action === 'agreement.hrCommentSet' || between.action === 'agreement.goalAdded' || between.action === 'agreement.blockAdded') return true;
    return EDITS_OF_ONE_PART.has(between.action) && partOf(between.detail) !== partOf(detail);
  }
  if (action === 'agreement.goalAdded' || action === 'agreement.blockAdded') {
    return !touchesAgreement || ['agreement.hrCommentSet', 'agreement.goalAdded', 'agreement.blockAdded'].includes(between.action) || EDITS_OF_ONE_PART.has(between.action);
  }
  // Approving, acknowledging, a new version, the terms: over no change at all.
  return false;
}

/** The goal or block an audit detail names (`<blockId>:<status>` for a status change). */
function partOf(detail: string | undefined): string | undefined {
  return detail?.split(':')[0];
}
