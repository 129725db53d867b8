/**
 * The learning agreement (læringsaftale): its versions, content rules and acceptance. These
 * functions work on AgreementState and leave phase and role checks to the Programme aggregate,
 * which calls them on a working copy of its state.
 */
import { lastDayOfPeriod } from './calendar';
import { LocalizedText } from './localizedText';
import { invalid, message, notFound, ruleViolation } from './messages';
import {
  AgreementState,
  AgreementStatus,
  BlockStatus,
  BuildingBlockKind,
  BuildingBlockState,
  Complexity,
  LearningGoalState,
  PracticeForm,
  PracticeType,
  Stamp,
} from './state';
import {
  MAX_LONG_TEXT,
  MAX_SHORT_TEXT,
  MAX_TEXT,
  MAX_TITLE,
  checkArray,
  checkChoice,
  checkId,
  checkInt,
  checkIsoDate,
  checkNoDuplicates,
  checkObject,
  checkOptionalStamp,
  checkStamp,
  checkText,
} from './validation';

export const MANDATORY_BLOCK_KIND: BuildingBlockKind = 'leaderAspirantCourse';
export const DEFAULT_PERIOD_MONTHS = 12;
export const DEFAULT_FOLLOW_UP_CADENCE_WEEKS = 4;
export const MIN_PERIOD_MONTHS = 1;
export const MAX_PERIOD_MONTHS = 24;
export const MIN_CADENCE_WEEKS = 1;
export const MAX_CADENCE_WEEKS = 12;
export const MAX_GOALS = 12;
export const MAX_BLOCKS = 30;
/** Versions are numbered 1, 2, 3, …; storage keys hold four digits. */
export const MAX_AGREEMENT_VERSION = 9999;

export const AGREEMENT_STATUSES: readonly AgreementStatus[] = ['draft', 'accepted', 'superseded'];

export const BUILDING_BLOCK_KINDS: readonly BuildingBlockKind[] = [
  'leaderAspirantCourse',
  'leaderRoleIntroduction',
  'practiceElement',
  'course',
];
export const PRACTICE_FORMS: readonly PracticeForm[] = ['followTheLeader', 'sideBySide', 'placement', 'observer', 'other'];
export const PRACTICE_TYPES: readonly PracticeType[] = ['task', 'process', 'project'];
export const PRACTICE_REACHES: readonly ('local' | 'crossCutting')[] = ['local', 'crossCutting'];
export const COMPLEXITIES: readonly Complexity[] = [1, 2, 3];
export const BLOCK_STATUSES: readonly BlockStatus[] = ['planned', 'inProgress', 'done', 'dropped'];

/** Progress only moves forward; done and dropped are final. */
const BLOCK_STATUS_MOVES: Readonly<Record<BlockStatus, readonly BlockStatus[]>> = {
  planned: ['inProgress', 'done', 'dropped'],
  inProgress: ['done', 'dropped'],
  done: [],
  dropped: [],
};

/** The title the mandatory block gets when the agreement is first drafted; it can be edited. */
export const ASPIRANT_BLOCK_TITLE = 'Aarhus Kommunes lederaspirantforløb';

// ---------------------------------------------------------------- inputs

export interface GoalInput {
  id: string;
  text: string;
  evidence: string;
}

export interface GoalChanges {
  text?: string;
  evidence?: string;
}

export interface PracticeInput {
  /** Opgave, proces or projekt: required for a new or changed practice element. */
  type?: PracticeType;
  form: PracticeForm;
  /** The form in words: required when `form` is 'other', not allowed otherwise. */
  otherForm?: string;
  reach: 'local' | 'crossCutting';
  scope: string;
  complexity: Complexity;
}

export interface BlockInput {
  id: string;
  kind: BuildingBlockKind;
  title: string;
  description?: string;
  goalIds?: string[];
  period?: { from?: string; to?: string };
  /** Required for practice elements, not allowed for other kinds. */
  practice?: PracticeInput;
}

export interface BlockChanges {
  kind?: BuildingBlockKind;
  title?: string;
  description?: string;
  goalIds?: string[];
  period?: { from?: string; to?: string };
  /** New practice details; `null` removes them (when the kind changes away from practice element). */
  practice?: PracticeInput | null;
}

export interface AgreementTermsChanges {
  periodStart?: string;
  periodMonths?: number;
  followUpCadenceWeeks?: number;
}

export interface ComplexityWarning {
  code: 'complexityDecreases';
  /** The later-starting, less complex practice element. */
  blockId: string;
  /** The earlier-starting element it is compared with (the most complex of those). */
  earlierBlockId: string;
  text: LocalizedText;
}

// ---------------------------------------------------------------- versions

/** The newest version, whatever its status. */
export function latestAgreement(agreements: readonly AgreementState[]): AgreementState | undefined {
  return agreements.reduce<AgreementState | undefined>(
    (latest, a) => (latest === undefined || a.version > latest.version ? a : latest),
    undefined,
  );
}

/** The accepted version in force; a newer draft does not replace it until that draft is accepted. */
export function effectiveAgreement(agreements: readonly AgreementState[]): AgreementState | undefined {
  return agreements
    .filter((a) => a.status === 'accepted')
    .reduce<AgreementState | undefined>((best, a) => (best === undefined || a.version > best.version ? a : best), undefined);
}

/** The version being drafted, if the newest is a draft. */
export function draftAgreement(agreements: readonly AgreementState[]): AgreementState | undefined {
  const latest = latestAgreement(agreements);
  return latest?.status === 'draft' ? latest : undefined;
}

/** The last day (inclusive) of the agreement's period. */
export function agreementPeriodEnd(agreement: Pick<AgreementState, 'periodStart' | 'periodMonths'>): string {
  return lastDayOfPeriod(agreement.periodStart, agreement.periodMonths);
}

/** The draft to edit; refuses when the agreement is accepted (a new version is needed) or missing. */
export function requireDraft(agreements: readonly AgreementState[]): AgreementState {
  const latest = latestAgreement(agreements);
  if (!latest) throw ruleViolation('noAgreement');
  if (latest.status !== 'draft') throw ruleViolation('agreementLocked');
  return latest;
}

export interface FirstAgreementInput {
  created: Stamp;
  periodStart: string;
  periodMonths: number;
  goals: GoalInput[];
  aspirantBlockId: string;
}

/** Version 1, drafted at start-up part 2: the first goals and the mandatory lederaspirantforløb. */
export function firstAgreement(input: FirstAgreementInput): AgreementState {
  return {
    version: 1,
    status: 'draft',
    created: { ...input.created },
    revisionReason: '',
    periodStart: input.periodStart,
    periodMonths: input.periodMonths,
    followUpCadenceWeeks: DEFAULT_FOLLOW_UP_CADENCE_WEEKS,
    goals: input.goals.map((g) => ({ id: g.id, text: g.text, evidence: g.evidence })),
    blocks: [
      {
        id: input.aspirantBlockId,
        kind: MANDATORY_BLOCK_KIND,
        title: ASPIRANT_BLOCK_TITLE,
        description: '',
        goalIds: [],
        period: {},
        status: 'planned',
      },
    ],
  };
}

export const MAX_REVISION_REASON = MAX_TEXT;

/**
 * Opens a new draft version copying the newest accepted one (content and block progress). The
 * accepted version stays in force until the new one is accepted.
 */
export function openRevision(agreements: AgreementState[], reason: string, created: Stamp): AgreementState {
  const latest = latestAgreement(agreements);
  if (!latest) throw ruleViolation('noAgreement');
  if (latest.status === 'draft') {
    throw ruleViolation(effectiveAgreement(agreements) ? 'agreementDraftAlreadyOpen' : 'noAcceptedAgreement');
  }
  const text = checkText(reason, 'reason', MAX_REVISION_REASON, true);
  const draft: AgreementState = {
    version: latest.version + 1,
    status: 'draft',
    created: { ...created },
    revisionReason: text,
    periodStart: latest.periodStart,
    periodMonths: latest.periodMonths,
    followUpCadenceWeeks: latest.followUpCadenceWeeks,
    goals: structuredClone(latest.goals),
    blocks: structuredClone(latest.blocks),
  };
  agreements.push(draft);
  return draft;
}

// ---------------------------------------------------------------- draft editing

/** A content change voids earlier acceptances: both must accept what the agreement now says. */
function contentChanged(draft: AgreementState): void {
  delete draft.acceptedByTrainee;
  delete draft.acceptedByLeader;
  delete draft.acknowledgedByHr;
}

export function checkGoalText(value: unknown, field: string): string {
  return checkText(value, field, MAX_SHORT_TEXT, true);
}

export function checkGoalEvidence(value: unknown, field: string): string {
  return checkText(value, field, MAX_TEXT, true);
}

export function setTerms(draft: AgreementState, changes: AgreementTermsChanges): void {
  const next = {
    periodStart: changes.periodStart === undefined ? draft.periodStart : checkIsoDate(changes.periodStart, 'periodStart'),
    periodMonths:
      changes.periodMonths === undefined
        ? draft.periodMonths
        : checkInt(changes.periodMonths, 'periodMonths', MIN_PERIOD_MONTHS, MAX_PERIOD_MONTHS),
    followUpCadenceWeeks:
      changes.followUpCadenceWeeks === undefined
        ? draft.followUpCadenceWeeks
        : checkInt(changes.followUpCadenceWeeks, 'followUpCadenceWeeks', MIN_CADENCE_WEEKS, MAX_CADENCE_WEEKS),
  };
  Object.assign(draft, next);
  contentChanged(draft);
}

export function addGoal(draft: AgreementState, input: GoalInput): void {
  const id = checkId(input.id, 'id');
  if (draft.goals.some((g) => g.id === id)) throw invalid('idInUse', 'id');
  if (draft.goals.length >= MAX_GOALS) throw invalid('tooMany', 'goals', { min: 1, max: MAX_GOALS });
  draft.goals.push({ id, text: checkGoalText(input.text, 'text'), evidence: checkGoalEvidence(input.evidence, 'evidence') });
  contentChanged(draft);
}

function findGoal(draft: AgreementState, goalId: string): LearningGoalState {
  const goal = draft.goals.find((g) => g.id === goalId);
  if (!goal) throw notFound('goalNotFound');
  return goal;
}

export function updateGoal(draft: AgreementState, goalId: string, changes: GoalChanges): void {
  const goal = findGoal(draft, goalId);
  const text = changes.text === undefined ? goal.text : checkGoalText(changes.text, 'text');
  const evidence = changes.evidence === undefined ? goal.evidence : checkGoalEvidence(changes.evidence, 'evidence');
  goal.text = text;
  goal.evidence = evidence;
  contentChanged(draft);
}

/** Removes the goal and unlinks it from the blocks that pointed at it. */
export function removeGoal(draft: AgreementState, goalId: string): void {
  findGoal(draft, goalId);
  draft.goals = draft.goals.filter((g) => g.id !== goalId);
  for (const block of draft.blocks) block.goalIds = block.goalIds.filter((id) => id !== goalId);
  contentChanged(draft);
}

/**
 * `practice` of a block of this kind: required for practice elements, not allowed on the others.
 * `requireType`: new input must say whether it is a task, process or project; elements stored
 * before the type was recorded still load without it.
 */
function checkPractice(
  kind: BuildingBlockKind,
  practice: PracticeInput | null | undefined,
  field = 'practice',
  requireType = false,
): BuildingBlockState['practice'] {
  if (kind !== 'practiceElement') {
    if (practice) throw invalid('practiceDetailsOnlyForPracticeElements', field);
    return undefined;
  }
  if (!practice) throw invalid('practiceDetailsRequired', field);
  checkObject(practice, field);
  if (requireType && practice.type === undefined) throw invalid('required', `${field}.type`);
  const type = practice.type === undefined ? undefined : checkChoice(practice.type, `${field}.type`, PRACTICE_TYPES);
  const form = checkChoice(practice.form, `${field}.form`, PRACTICE_FORMS);
  // Another form than the seed's examples is written in words; one of theirs needs none.
  const otherForm = form === 'other' ? checkText(practice.otherForm, `${field}.otherForm`, MAX_TITLE, true) : undefined;
  if (form !== 'other' && practice.otherForm !== undefined && practice.otherForm !== '') {
    throw invalid('invalidChoice', `${field}.otherForm`);
  }
  return {
    ...(type ? { type } : {}),
    form,
    ...(otherForm !== undefined ? { otherForm } : {}),
    reach: checkChoice(practice.reach, `${field}.reach`, PRACTICE_REACHES),
    scope: checkText(practice.scope, `${field}.scope`, MAX_SHORT_TEXT, true),
    complexity: checkChoice(practice.complexity, `${field}.complexity`, COMPLEXITIES),
  };
}

function checkPeriod(period: { from?: string; to?: string } | undefined, field = 'period'): { from?: string; to?: string } {
  if (period !== undefined) checkObject(period, field);
  const result: { from?: string; to?: string } = {};
  if (period?.from !== undefined) result.from = checkIsoDate(period.from, `${field}.from`);
  if (period?.to !== undefined) result.to = checkIsoDate(period.to, `${field}.to`);
  if (result.from && result.to && result.to < result.from) throw invalid('invalidDateRange', field);
  return result;
}

function checkGoalLinks(goals: readonly LearningGoalState[], goalIds: unknown, field = 'goalIds'): string[] {
  const ids = checkArray(goalIds ?? [], field, 0, MAX_GOALS) as string[];
  for (const id of ids) {
    if (!goals.some((g) => g.id === id)) throw invalid('unknownGoal', field);
  }
  checkNoDuplicates(ids, field);
  return [...ids];
}

export function addBlock(draft: AgreementState, input: BlockInput): void {
  const id = checkId(input.id, 'id');
  if (draft.blocks.some((b) => b.id === id)) throw invalid('idInUse', 'id');
  if (draft.blocks.length >= MAX_BLOCKS) throw invalid('tooMany', 'blocks', { min: 1, max: MAX_BLOCKS });
  const kind = checkChoice(input.kind, 'kind', BUILDING_BLOCK_KINDS);
  if (kind === MANDATORY_BLOCK_KIND) throw ruleViolation('aspirantCourseAlreadyPresent');
  const block: BuildingBlockState = {
    id,
    kind,
    title: checkText(input.title, 'title', MAX_TITLE, true),
    description: checkText(input.description, 'description', MAX_LONG_TEXT, false),
    goalIds: checkGoalLinks(draft.goals, input.goalIds),
    period: checkPeriod(input.period),
    status: 'planned',
  };
  const practice = checkPractice(kind, input.practice, 'practice', true);
  if (practice) block.practice = practice;
  draft.blocks.push(block);
  contentChanged(draft);
}

function findBlock(agreement: AgreementState, blockId: string): BuildingBlockState {
  const block = agreement.blocks.find((b) => b.id === blockId);
  if (!block) throw notFound('blockNotFound');
  return block;
}

export function updateBlock(draft: AgreementState, blockId: string, changes: BlockChanges): void {
  const block = findBlock(draft, blockId);
  const kind = changes.kind === undefined ? block.kind : checkChoice(changes.kind, 'kind', BUILDING_BLOCK_KINDS);
  if (kind !== block.kind) {
    if (block.kind === MANDATORY_BLOCK_KIND) throw ruleViolation('aspirantCourseMandatory');
    if (kind === MANDATORY_BLOCK_KIND) throw ruleViolation('aspirantCourseAlreadyPresent');
  }
  // Practice details follow the kind: kept when the kind stays a practice element, dropped when it leaves.
  const practiceInput =
    changes.practice !== undefined ? changes.practice : kind === 'practiceElement' ? block.practice : undefined;
  const next: BuildingBlockState = {
    id: block.id,
    kind,
    title: changes.title === undefined ? block.title : checkText(changes.title, 'title', MAX_TITLE, true),
    description:
      changes.description === undefined
        ? block.description
        : checkText(changes.description, 'description', MAX_LONG_TEXT, false),
    goalIds: changes.goalIds === undefined ? block.goalIds : checkGoalLinks(draft.goals, changes.goalIds),
    period: changes.period === undefined ? block.period : checkPeriod(changes.period),
    status: block.status,
  };
  // New practice details must name their type; details kept as they were may predate it.
  const practice = checkPractice(kind, practiceInput, 'practice', changes.practice !== undefined && changes.practice !== null);
  if (practice) next.practice = practice;
  draft.blocks[draft.blocks.indexOf(block)] = next;
  contentChanged(draft);
}

export function removeBlock(draft: AgreementState, blockId: string): void {
  const block = findBlock(draft, blockId);
  if (block.kind === MANDATORY_BLOCK_KIND) throw ruleViolation('aspirantCourseMandatory');
  draft.blocks = draft.blocks.filter((b) => b.id !== blockId);
  contentChanged(draft);
}

// ---------------------------------------------------------------- the rules of one version

/**
 * Every rule one version of the learning agreement must keep, in one place: editing checks the
 * draft with it after each change, approval before anyone signs, and loading every stored version
 * (Programme.fromState). Throws the first broken rule, naming the field relative to the agreement
 * ("blocks[2].goalIds"). Fast: text lengths are segmented only when a text is near its limit.
 *
 * - terms: version, status, period start and length, follow-up cadence within their ranges;
 * - goals: at least one once approved (a draft may be emptied while it is edited), at most
 *   MAX_GOALS, unique ids, text and evidence filled in and within their lengths;
 * - blocks: at most MAX_BLOCKS, unique ids, the lederaspirantforløb exactly once and never dropped,
 *   titles and descriptions within their lengths, links only to goals of this version (each once),
 *   valid periods, practice details on practice elements only and always;
 * - status and stamps agree: approved and superseded versions are signed by both, a draft not by
 *   both, and HR acknowledges only a version that was approved.
 */
export function checkAgreementRules(agreement: AgreementState): void {
  checkObject(agreement, 'agreement');
  checkInt(agreement.version, 'version', 1, MAX_AGREEMENT_VERSION);
  const status = checkChoice(agreement.status, 'status', AGREEMENT_STATUSES);
  checkStamp(agreement.created, 'created');
  checkText(agreement.revisionReason, 'revisionReason', MAX_REVISION_REASON, false);
  checkIsoDate(agreement.periodStart, 'periodStart');
  checkInt(agreement.periodMonths, 'periodMonths', MIN_PERIOD_MONTHS, MAX_PERIOD_MONTHS);
  checkInt(agreement.followUpCadenceWeeks, 'followUpCadenceWeeks', MIN_CADENCE_WEEKS, MAX_CADENCE_WEEKS);

  const goals = checkArray(agreement.goals, 'goals', 0, MAX_GOALS) as LearningGoalState[];
  if (goals.length === 0 && status !== 'draft') throw ruleViolation('agreementHasNoGoals');
  goals.forEach((goal, i) => {
    checkObject(goal, `goals[${i}]`);
    checkId(goal.id, `goals[${i}].id`);
    checkGoalText(goal.text, `goals[${i}].text`);
    checkGoalEvidence(goal.evidence, `goals[${i}].evidence`);
  });
  checkNoDuplicates(
    goals.map((g) => g.id),
    'goals',
  );

  const blocks = checkArray(agreement.blocks, 'blocks', 0, MAX_BLOCKS) as BuildingBlockState[];
  let aspirantCourses = 0;
  blocks.forEach((block, i) => {
    const field = `blocks[${i}]`;
    checkObject(block, field);
    checkId(block.id, `${field}.id`);
    const kind = checkChoice(block.kind, `${field}.kind`, BUILDING_BLOCK_KINDS);
    checkText(block.title, `${field}.title`, MAX_TITLE, true);
    checkText(block.description, `${field}.description`, MAX_LONG_TEXT, false);
    checkGoalLinks(goals, block.goalIds, `${field}.goalIds`);
    checkPeriod(block.period, `${field}.period`);
    checkPractice(kind, block.practice, `${field}.practice`);
    const blockStatus = checkChoice(block.status, `${field}.status`, BLOCK_STATUSES);
    if (kind === MANDATORY_BLOCK_KIND) {
      aspirantCourses += 1;
      if (blockStatus === 'dropped') throw ruleViolation('aspirantCourseMandatory');
    }
  });
  if (aspirantCourses === 0) throw ruleViolation('aspirantCourseMissing');
  if (aspirantCourses > 1) throw ruleViolation('aspirantCourseAlreadyPresent');
  checkNoDuplicates(
    blocks.map((b) => b.id),
    'blocks',
  );

  checkOptionalStamp(agreement.acceptedByTrainee, 'acceptedByTrainee');
  checkOptionalStamp(agreement.acceptedByLeader, 'acceptedByLeader');
  checkOptionalStamp(agreement.acknowledgedByHr, 'acknowledgedByHr');
  if (agreement.hrComment !== undefined) {
    checkStamp(agreement.hrComment, 'hrComment');
    checkText(agreement.hrComment.text, 'hrComment', MAX_TEXT, true);
  }
  const signedByBoth = agreement.acceptedByTrainee !== undefined && agreement.acceptedByLeader !== undefined;
  if (status === 'draft' ? signedByBoth || agreement.acknowledgedByHr !== undefined : !signedByBoth) {
    throw ruleViolation('agreementStatusMismatch');
  }
}

// ---------------------------------------------------------------- acceptance and progress

export type AcceptanceResult = 'waitingForOther' | 'accepted';

/**
 * Records one side's acceptance. When both have accepted, the draft comes into force and the
 * version it replaces becomes superseded.
 */
export function acceptDraft(
  agreements: AgreementState[],
  side: 'trainee' | 'leader',
  stamp: Stamp,
): AcceptanceResult {
  const draft = requireDraft(agreements);
  if (draft.goals.length === 0) throw ruleViolation('agreementHasNoGoals');
  // What both sign must keep every rule, however the draft came to be (edited, revised or loaded).
  checkAgreementRules(draft);
  const field = side === 'trainee' ? 'acceptedByTrainee' : 'acceptedByLeader';
  if (draft[field]) throw ruleViolation('agreementAlreadyAcceptedByYou');
  draft[field] = { ...stamp };
  if (!draft.acceptedByTrainee || !draft.acceptedByLeader) return 'waitingForOther';
  for (const a of agreements) if (a.status === 'accepted') a.status = 'superseded';
  draft.status = 'accepted';
  return 'accepted';
}

export function acknowledgeEffective(agreements: AgreementState[], stamp: Stamp): void {
  const effective = effectiveAgreement(agreements);
  if (!effective) throw ruleViolation('noAcceptedAgreement');
  if (effective.acknowledgedByHr) throw ruleViolation('agreementAlreadyAcknowledged');
  effective.acknowledgedByHr = { ...stamp };
}

/**
 * The HR consultant's remark on the newest version; an empty text removes it. A remark is not
 * content of the agreement, so it voids no approval.
 */
export function setHrComment(agreements: AgreementState[], text: string, stamp: Stamp): void {
  const latest = latestAgreement(agreements);
  if (!latest) throw ruleViolation('noAgreement');
  const checked = checkText(text, 'hrComment', MAX_TEXT, false);
  if (checked === '') delete latest.hrComment;
  else latest.hrComment = { ...stamp, text: checked };
}

export function canMoveBlock(from: BlockStatus, to: BlockStatus): boolean {
  return BLOCK_STATUS_MOVES[from].includes(to);
}

/**
 * Progress on a block of the agreement in force. It is not a content change, so no new version;
 * an open draft copied from it gets the same progress so accepting the draft loses nothing.
 */
export function moveBlock(agreements: AgreementState[], blockId: string, to: BlockStatus): void {
  const effective = effectiveAgreement(agreements);
  if (!effective) throw ruleViolation('noAcceptedAgreement');
  const status = checkChoice(to, 'status', BLOCK_STATUSES);
  const block = findBlock(effective, blockId);
  if (block.kind === MANDATORY_BLOCK_KIND && status === 'dropped') throw ruleViolation('aspirantCourseMandatory');
  if (!canMoveBlock(block.status, status)) {
    throw ruleViolation('invalidBlockStatusTransition', { from: block.status, to: status });
  }
  block.status = status;
  const draft = draftAgreement(agreements);
  const copy = draft?.blocks.find((b) => b.id === blockId);
  if (copy && canMoveBlock(copy.status, status)) copy.status = status;
}

/**
 * Complexity should grow over the period: warns for each practice element that starts later
 * than a more complex one. Dropped elements and elements without a start date are not compared.
 */
export function complexityWarnings(agreement: Pick<AgreementState, 'blocks'>): ComplexityWarning[] {
  const practice = agreement.blocks
    .filter((b) => b.kind === 'practiceElement' && b.practice && b.period.from && b.status !== 'dropped')
    .map((b) => ({ block: b, from: b.period.from as string, complexity: b.practice!.complexity }));
  const warnings: ComplexityWarning[] = [];
  for (const later of practice) {
    const earlier = practice
      .filter((e) => e.from < later.from)
      .reduce<(typeof practice)[number] | undefined>(
        (max, e) => (max === undefined || e.complexity > max.complexity ? e : max),
        undefined,
      );
    if (earlier && earlier.complexity > later.complexity) {
      warnings.push({
        code: 'complexityDecreases',
        blockId: later.block.id,
        earlierBlockId: earlier.block.id,
        text: message('complexityDecreases', {
          later: later.block.title,
          laterComplexity: later.complexity,
          earlier: earlier.block.title,
          earlierComplexity: earlier.complexity,
        }),
      });
    }
  }
  return warnings;
}
