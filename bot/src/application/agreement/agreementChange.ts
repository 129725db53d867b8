/**
 * What every change of the learning agreement shares: who, which programme, which version they saw;
 * and the one way such a change is made — through changeProgramme, over that version, answered with
 * the agreement as the person now sees it.
 */
import { Actor } from '../../domain/access';
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
    },
    (programme, at, who) => {
      actor = who;
      return change(programme, at, who);
    },
  );
  return agreementViewOf(outcome.programme, outcome.version, actor as Actor);
}
