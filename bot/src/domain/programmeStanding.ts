/**
 * Where a programme stands with two things the cohort follows: the personality test (a gate of the
 * start-up, gates.ts) and the learning agreement over all its versions. Their labels are in labels.ts.
 */
import { draftAgreement, effectiveAgreement } from './agreement';
import { personalityTestRequired } from './gates';
import { AgreementStanding, PersonalityTestStanding, ProgrammeState } from './state';

export function personalityTestStanding(state: Pick<ProgrammeState, 'leaderClarificationCompleted' | 'personalityTest'>): PersonalityTestStanding {
  if (!personalityTestRequired(state)) return 'notRequired';
  if (state.personalityTest.feedbackGiven) return 'feedbackGiven';
  if (state.personalityTest.taken) return 'awaitingFeedback';
  return 'notTaken';
}

/** Approved while a version is in force (revising when a new one is being written); before that, draft or awaiting approval. */
export function agreementStanding(agreements: ProgrammeState['agreements']): AgreementStanding {
  const inForce = effectiveAgreement(agreements);
  const draft = draftAgreement(agreements);
  if (inForce) return draft ? 'revising' : 'approved';
  if (!draft) return 'none';
  return draft.acceptedByTrainee || draft.acceptedByLeader ? 'awaitingApproval' : 'draft';
}
