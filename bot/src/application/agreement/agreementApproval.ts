/**
 * Signing the learning agreement: trainee and leader each godkender the draft (it comes into force
 * when both have), HR acknowledges the version in force, and any of the three opens a new version.
 * Progress on a building block is reported here too: it changes no content, so no new version.
 */
import { BlockStatus } from '../../domain/state';
import { ChangeDeps } from '../changeProgramme';
import { AgreementChange, changeAgreement } from './agreementChange';
import { AgreementView } from './agreementView';

export interface ReviseAgreementRequest extends AgreementChange {
  reason: string;
}

export interface SetBlockStatusRequest extends AgreementChange {
  blockId: string;
  status: BlockStatus;
}

export function approveAgreement(deps: ChangeDeps, r: AgreementChange): Promise<AgreementView> {
  return changeAgreement(deps, r, 'agreement.approved', (p, at, actor) => p.acceptAgreement(at, actor.id));
}

export function acknowledgeAgreement(deps: ChangeDeps, r: AgreementChange): Promise<AgreementView> {
  return changeAgreement(deps, r, 'agreement.acknowledged', (p, at, actor) => p.acknowledgeAgreement(at, actor.id));
}

export function reviseAgreement(deps: ChangeDeps, r: ReviseAgreementRequest): Promise<AgreementView> {
  return changeAgreement(deps, r, 'agreement.revised', (p, at, actor) => p.reviseAgreement(r.reason, at, actor.id));
}

export function setBuildingBlockStatus(deps: ChangeDeps, r: SetBlockStatusRequest): Promise<AgreementView> {
  return changeAgreement(deps, r, 'agreement.blockStatusSet', (p, at, actor) => p.setBuildingBlockStatus(r.blockId, r.status, at, actor.id), `${r.blockId}:${r.status}`);
}

export interface HrCommentRequest extends AgreementChange {
  /** Empty removes the remark. */
  text: string;
}

/** The HR consultant's remark on the newest version (HR only; approvals stand). */
export function setAgreementHrComment(deps: ChangeDeps, r: HrCommentRequest): Promise<AgreementView> {
  return changeAgreement(deps, r, 'agreement.hrCommentSet', (p, at, actor) => p.setAgreementHrComment(r.text, at, actor.id));
}
