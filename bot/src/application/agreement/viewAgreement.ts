/** The learning agreement as the person asking may see it (a card refresh, the tab). */
import { PersonDirectory, ProgrammeRepository } from '../../domain/ports';
import { PersonId } from '../../domain/people';
import { actorFacts } from '../actorFacts';
import { AgreementView, agreementViewOf } from './agreementView';

export interface ViewAgreementRequest {
  actorId: PersonId;
  programmeId: string;
  /** An older version to read; the newest when left out. */
  agreementVersion?: number;
}

export async function viewAgreement(
  deps: { programmes: ProgrammeRepository; people: PersonDirectory },
  request: ViewAgreementRequest,
): Promise<AgreementView> {
  const [actor, loaded] = await Promise.all([actorFacts(deps.people, request.actorId), deps.programmes.load(request.programmeId)]);
  loaded.programme.assertCanView(actor);
  return agreementViewOf(loaded.programme, loaded.version, actor, request.agreementVersion);
}
