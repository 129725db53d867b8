/**
 * The learning agreement's use cases, as the UseCases object offers them to the bot and the tab.
 * Every change takes the version the person saw (`expectedVersion`) and answers with the agreement
 * as that person now sees it; see agreementView.ts for what a view holds.
 */
import { PersonDirectory, ProgrammeRepository } from '../../domain/ports';
import { Clock, IdGenerator } from '../ports';
import { AgreementChange } from './agreementChange';
import {
  acknowledgeAgreement,
  approveAgreement,
  HrCommentRequest,
  ReviseAgreementRequest,
  setAgreementHrComment,
  reviseAgreement,
  SetBlockStatusRequest,
  setBuildingBlockStatus,
} from './agreementApproval';
import { AgreementView } from './agreementView';
import {
  AddBlockRequest,
  addAgreementGoal,
  AddGoalRequest,
  addBuildingBlock,
  BlockRequest,
  GoalRequest,
  removeAgreementGoal,
  removeBuildingBlock,
  SetAgreementTermsRequest,
  setAgreementTerms,
  updateAgreementGoal,
  UpdateBlockRequest,
  updateBuildingBlock,
  UpdateGoalRequest,
} from './editAgreement';
import { viewAgreement, ViewAgreementRequest } from './viewAgreement';

export interface AgreementUseCases {
  /** The learning agreement as the person asking may see it, with the version to send back. */
  viewAgreement(request: ViewAgreementRequest): Promise<AgreementView>;
  setAgreementTerms(request: SetAgreementTermsRequest): Promise<AgreementView>;
  addAgreementGoal(request: AddGoalRequest): Promise<AgreementView>;
  updateAgreementGoal(request: UpdateGoalRequest): Promise<AgreementView>;
  removeAgreementGoal(request: GoalRequest): Promise<AgreementView>;
  addBuildingBlock(request: AddBlockRequest): Promise<AgreementView>;
  updateBuildingBlock(request: UpdateBlockRequest): Promise<AgreementView>;
  removeBuildingBlock(request: BlockRequest): Promise<AgreementView>;
  /** Progress on a building block of the version in force. */
  setBuildingBlockStatus(request: SetBlockStatusRequest): Promise<AgreementView>;
  /** The trainee or the leader godkender the draft for themselves. */
  approveAgreement(request: AgreementChange): Promise<AgreementView>;
  /** The HR consultant acknowledges the version in force. */
  acknowledgeAgreement(request: AgreementChange): Promise<AgreementView>;
  /** Opens a new version of the approved agreement, with the reason. */
  reviseAgreement(request: ReviseAgreementRequest): Promise<AgreementView>;
  /** The HR consultant's remark on the newest version (HR only; an empty text removes it). */
  setAgreementHrComment(request: HrCommentRequest): Promise<AgreementView>;
}

export interface AgreementDeps {
  programmes: ProgrammeRepository;
  people: PersonDirectory;
  clock: Clock;
  ids: IdGenerator;
}

export function agreementUseCases(deps: AgreementDeps): AgreementUseCases {
  return {
    viewAgreement: (r) => viewAgreement(deps, r),
    setAgreementTerms: (r) => setAgreementTerms(deps, r),
    addAgreementGoal: (r) => addAgreementGoal(deps, r),
    updateAgreementGoal: (r) => updateAgreementGoal(deps, r),
    removeAgreementGoal: (r) => removeAgreementGoal(deps, r),
    addBuildingBlock: (r) => addBuildingBlock(deps, r),
    updateBuildingBlock: (r) => updateBuildingBlock(deps, r),
    removeBuildingBlock: (r) => removeBuildingBlock(deps, r),
    setBuildingBlockStatus: (r) => setBuildingBlockStatus(deps, r),
    approveAgreement: (r) => approveAgreement(deps, r),
    acknowledgeAgreement: (r) => acknowledgeAgreement(deps, r),
    reviseAgreement: (r) => reviseAgreement(deps, r),
    setAgreementHrComment: (r) => setAgreementHrComment(deps, r),
  };
}
