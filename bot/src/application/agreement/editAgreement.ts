/**
 * Trainee and leader write the draft together: its terms, learning goals and building blocks. The
 * domain checks each change; a refused one stores nothing.
 */
import { BlockChanges, PracticeInput } from '../../domain/agreement';
import { BuildingBlockKind } from '../../domain/state';
import { ChangeDeps } from '../changeProgramme';
import { IdGenerator } from '../ports';
import { AgreementChange, changeAgreement } from './agreementChange';
import { AgreementView } from './agreementView';

type Deps = ChangeDeps & { ids: IdGenerator };

export interface SetAgreementTermsRequest extends AgreementChange {
  periodStart?: string;
  periodMonths?: number;
  followUpCadenceWeeks?: number;
}

export interface AddGoalRequest extends AgreementChange {
  text: string;
  evidence: string;
}

export interface UpdateGoalRequest extends AgreementChange {
  goalId: string;
  text?: string;
  evidence?: string;
}

export interface GoalRequest extends AgreementChange {
  goalId: string;
}

/** A building block as a person writes it (its id is the product's). */
export interface BlockFields {
  kind: BuildingBlockKind;
  title: string;
  description?: string;
  goalIds?: string[];
  period?: { from?: string; to?: string };
  practice?: PracticeInput | null;
}

export interface AddBlockRequest extends AgreementChange {
  block: BlockFields;
}

export interface UpdateBlockRequest extends AgreementChange {
  blockId: string;
  block: Partial<BlockFields>;
}

export interface BlockRequest extends AgreementChange {
  blockId: string;
}

export function setAgreementTerms(deps: Deps, r: SetAgreementTermsRequest): Promise<AgreementView> {
  const changes = {
    ...(r.periodStart !== undefined ? { periodStart: r.periodStart } : {}),
    ...(r.periodMonths !== undefined ? { periodMonths: r.periodMonths } : {}),
    ...(r.followUpCadenceWeeks !== undefined ? { followUpCadenceWeeks: r.followUpCadenceWeeks } : {}),
  };
  return changeAgreement(deps, r, 'agreement.termsSet', (p, at, actor) => p.setAgreementTerms(changes, at, actor.id));
}

export function addAgreementGoal(deps: Deps, r: AddGoalRequest): Promise<AgreementView> {
  const id = deps.ids.newId();
  return changeAgreement(deps, r, 'agreement.goalAdded', (p, at, actor) => p.addGoal({ id, text: r.text, evidence: r.evidence }, at, actor.id), id);
}

export function updateAgreementGoal(deps: Deps, r: UpdateGoalRequest): Promise<AgreementView> {
  const changes = { ...(r.text !== undefined ? { text: r.text } : {}), ...(r.evidence !== undefined ? { evidence: r.evidence } : {}) };
  return changeAgreement(deps, r, 'agreement.goalChanged', (p, at, actor) => p.updateGoal(r.goalId, changes, at, actor.id), r.goalId);
}

export function removeAgreementGoal(deps: Deps, r: GoalRequest): Promise<AgreementView> {
  return changeAgreement(deps, r, 'agreement.goalRemoved', (p, at, actor) => p.removeGoal(r.goalId, at, actor.id), r.goalId);
}

export function addBuildingBlock(deps: Deps, r: AddBlockRequest): Promise<AgreementView> {
  const id = deps.ids.newId();
  const { practice, ...fields } = r.block;
  const input = { ...fields, id, ...(practice ? { practice } : {}) };
  return changeAgreement(deps, r, 'agreement.blockAdded', (p, at, actor) => p.addBuildingBlock(input, at, actor.id), id);
}

export function updateBuildingBlock(deps: Deps, r: UpdateBlockRequest): Promise<AgreementView> {
  const changes: BlockChanges = { ...r.block };
  return changeAgreement(deps, r, 'agreement.blockChanged', (p, at, actor) => p.updateBuildingBlock(r.blockId, changes, at, actor.id), r.blockId);
}

export function removeBuildingBlock(deps: Deps, r: BlockRequest): Promise<AgreementView> {
  return changeAgreement(deps, r, 'agreement.blockRemoved', (p, at, actor) => p.removeBuildingBlock(r.blockId, at, actor.id), r.blockId);
}
