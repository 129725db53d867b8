/**
 * Conversations (samtaler) and their records: the lifecycle booked → held → documented (or
 * cancelled while booked), and the validation of each interview template's record.
 */
import { MAX_GOALS } from './agreement';
import { invalid, ruleViolation } from './messages';
import {
  ConversationRecord,
  ConversationState,
  ConversationStatus,
  FrameItem,
  GoalProgress,
  LearningGoalState,
  MidwayRecord,
  Readiness,
  StartupFormat,
  StartupPart1Record,
  StartupPart2Record,
  TransitionRecord,
} from './state';
import {
  MAX_LONG_TEXT,
  MAX_SHORT_TEXT,
  MAX_TEXT,
  checkArray,
  checkBoolean,
  checkChoice,
  checkInt,
  checkIsoDate,
  checkNoDuplicates,
  checkNumber,
  checkText,
} from './validation';

export const STARTUP_FORMATS: readonly StartupFormat[] = ['individual', 'jointDepartmentMeeting'];
export const FRAME_ITEMS: readonly FrameItem[] = [
  'purposeAndEffects',
  'phases',
  'buildingBlocks',
  'roles',
  'learningAgreement',
  'conversations',
  'takeOff',
];
export const GOAL_PROGRESS: readonly GoalProgress[] = ['onTrack', 'behind', 'reached'];
export const READINESS: readonly Readiness[] = ['inLeaderJob', 'leaderReady', 'notYet'];

export const MIN_DURATION_MINUTES = 5;
export const MAX_DURATION_MINUTES = 480;
export const MAX_HOURS_PER_WEEK = 37;
export const MAX_CANCEL_REASON = MAX_SHORT_TEXT;

/** Booked or held: not yet documented or cancelled. */
export function isOpen(conversation: Pick<ConversationState, 'status'>): boolean {
  return conversation.status === 'booked' || conversation.status === 'held';
}

export function requireStatus(conversation: ConversationState, status: ConversationStatus): void {
  if (conversation.status === status) return;
  if (status === 'booked') throw ruleViolation('conversationNotBooked', { status: conversation.status });
  throw ruleViolation('conversationNotHeld', { status: conversation.status });
}

/** What a record is checked against. */
export interface RecordContext {
  /** Whether the personality-test gate applies to this trainee. */
  personalityTestRequired: boolean;
  /** The goals of the learning agreement in force (for the midway and transition interviews). */
  goals: readonly LearningGoalState[];
}

/** Validates a record against its template and returns a clean copy (trimmed texts, no stray fields). */
export function checkRecord(record: ConversationRecord, context: RecordContext): ConversationRecord {
  switch (record.kind) {
    case 'startupPart1':
      return { kind: record.kind, data: checkStartupPart1(record.data, context) };
    case 'startupPart2':
      return { kind: record.kind, data: checkStartupPart2(record.data) };
    case 'midway':
      return { kind: record.kind, data: checkMidway(record.data, context) };
    case 'transition':
      return { kind: record.kind, data: checkTransition(record.data, context) };
    default:
      throw invalid('invalidChoice', 'record.kind');
  }
}

function requireData<T>(data: T | undefined): T {
  if (!data || typeof data !== 'object') throw invalid('required', 'record');
  return data;
}

function checkStartupPart1(input: StartupPart1Record, context: RecordContext): StartupPart1Record {
  const data = requireData(input);
  const frame = checkArray(data.frameIntroduced, 'frameIntroduced', 1, FRAME_ITEMS.length).map((item) =>
    checkChoice(item, 'frameIntroduced', FRAME_ITEMS),
  );
  checkNoDuplicates(frame, 'frameIntroduced');
  const record: StartupPart1Record = {
    format: checkChoice(data.format, 'format', STARTUP_FORMATS),
    frameIntroduced: frame,
    periodMonths: checkInt(data.periodMonths, 'periodMonths', 1, 24),
    hoursPerWeek: checkNumber(data.hoursPerWeek, 'hoursPerWeek', 0.5, MAX_HOURS_PER_WEEK),
  };
  // The feedback line belongs on the record only when the test was required; then it must be confirmed.
  if (context.personalityTestRequired) {
    if (data.personalityFeedbackGiven !== true) throw ruleViolation('personalityFeedbackNotConfirmed');
    record.personalityFeedbackGiven = true;
  }
  if (data.part2Date !== undefined && data.part2Date !== '') record.part2Date = checkIsoDate(data.part2Date, 'part2Date');
  return withHrNotes(record, data.hrNotes);
}

/** HR's own notes are kept only when written (an empty note is no note). */
function withHrNotes<T extends { hrNotes?: string }>(record: T, value: unknown): T {
  const notes = checkText(value, 'hrNotes', MAX_LONG_TEXT, false);
  if (notes !== '') record.hrNotes = notes;
  return record;
}

function checkStartupPart2(input: StartupPart2Record): StartupPart2Record {
  const data = requireData(input);
  const text = (field: keyof StartupPart2Record): string => checkText(data[field], field, MAX_LONG_TEXT, true);
  return {
    motivation: text('motivation'),
    strengths: text('strengths'),
    developmentAreas: text('developmentAreas'),
    traineeExpectations: text('traineeExpectations'),
    leaderExpectations: text('leaderExpectations'),
    commitments: text('commitments'),
    firstGoals: checkArray(data.firstGoals, 'firstGoals', 1, MAX_GOALS).map((goal, i) => {
      const g = (goal ?? {}) as { text?: unknown; evidence?: unknown };
      return {
        text: checkText(g.text, `firstGoals[${i}].text`, MAX_SHORT_TEXT, true),
        evidence: checkText(g.evidence, `firstGoals[${i}].evidence`, MAX_TEXT, true),
      };
    }),
  };
}

/** Per-goal lines must cover each goal of the agreement exactly once. */
function checkGoalCoverage(goalIds: string[], field: string, goals: readonly LearningGoalState[]): void {
  for (const id of goalIds) if (!goals.some((g) => g.id === id)) throw invalid('unknownGoal', field);
  checkNoDuplicates(goalIds, field);
  if (goals.some((g) => !goalIds.includes(g.id))) throw invalid('goalMissing', field);
}

function checkMidway(input: MidwayRecord, context: RecordContext): MidwayRecord {
  const data = requireData(input);
  const statuses = checkArray(data.goalStatuses, 'goalStatuses', 0, MAX_GOALS).map((line, i) => {
    const l = (line ?? {}) as Partial<MidwayRecord['goalStatuses'][number]>;
    return {
      goalId: String(l.goalId ?? ''),
      status: checkChoice(l.status, `goalStatuses[${i}].status`, GOAL_PROGRESS),
      comment: checkText(l.comment, `goalStatuses[${i}].comment`, MAX_TEXT, false),
    };
  });
  checkGoalCoverage(
    statuses.map((s) => s.goalId),
    'goalStatuses',
    context.goals,
  );
  const record: MidwayRecord = {
    goalStatuses: statuses,
    whatWorks: checkText(data.whatWorks, 'whatWorks', MAX_LONG_TEXT, true),
    whatToAdjust: checkText(data.whatToAdjust, 'whatToAdjust', MAX_LONG_TEXT, true),
    network: checkText(data.network, 'network', MAX_LONG_TEXT, false),
    reviseAgreement: checkBoolean(data.reviseAgreement, 'reviseAgreement'),
  };
  return withHrNotes(record, data.hrNotes);
}

function checkTransition(input: TransitionRecord, context: RecordContext): TransitionRecord {
  const data = requireData(input);
  const results = checkArray(data.goalResults, 'goalResults', 0, MAX_GOALS).map((line, i) => {
    const l = (line ?? {}) as Partial<TransitionRecord['goalResults'][number]>;
    return {
      goalId: String(l.goalId ?? ''),
      effect: checkText(l.effect, `goalResults[${i}].effect`, MAX_TEXT, true),
      result: checkText(l.result, `goalResults[${i}].result`, MAX_TEXT, true),
    };
  });
  checkGoalCoverage(
    results.map((r) => r.goalId),
    'goalResults',
    context.goals,
  );
  const record: TransitionRecord = {
    goalResults: results,
    learning: checkText(data.learning, 'learning', MAX_LONG_TEXT, true),
    nextStep: checkText(data.nextStep, 'nextStep', MAX_LONG_TEXT, true),
    readiness: checkChoice(data.readiness, 'readiness', READINESS),
    traineeFeedback: checkText(data.traineeFeedback, 'traineeFeedback', MAX_LONG_TEXT, true),
    leaderFeedback: checkText(data.leaderFeedback, 'leaderFeedback', MAX_LONG_TEXT, true),
  };
  return withHrNotes(record, data.hrNotes);
}
