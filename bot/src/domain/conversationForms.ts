/**
 * The interview templates as forms: what each conversation's card asks, who writes each answer,
 * who sees it, and how the card's answers (input id → text, as a card sends them) become the
 * template's record. Trainee, leader and HR consultant fill one card together, so answers are
 * saved as a draft in between and merged: each person writes only the answers that are theirs
 * (HR's own notes, the trainee's and the leader's feedback on the programme, the leader's sparring
 * on practice elements), and a save never erases what someone else wrote.
 *
 * Pure: the aggregate (programme.ts) calls these inside its changes.
 */
import { addMonths, calendarDate, isIsoDate } from './calendar';
import { FRAME_ITEMS, GOAL_PROGRESS, MAX_HOURS_PER_WEEK, READINESS, STARTUP_FORMATS } from './conversation';
import { KIND_ROLES } from './conversationKinds';
import { effectiveAgreement, MAX_GOALS } from './agreement';
import { ValidationError } from './errors';
import { LocalizedText } from './localizedText';
import { message, MessageCode } from './messages';
import { ProgrammeRole } from './people';
import { personalityTestRequired } from './gates';
import {
  BuildingBlockState,
  ConversationKind,
  ConversationRecord,
  ConversationState,
  FollowUpEntryState,
  LearningGoalState,
  ProgrammeState,
} from './state';
import { exceedsLength, MAX_LONG_TEXT, MAX_SHORT_TEXT, MAX_TEXT } from './validation';

export type AnswerType = 'text' | 'choice' | 'choices' | 'toggle' | 'number' | 'date';

export interface FormField {
  /** The answer's key: the id of the card's input. */
  key: string;
  type: AnswerType;
  /** A key of FIELD_LABELS: the field's name in messages and on the card. */
  label: string;
  required: boolean;
  /** Texts: most characters. Numbers: the largest value. */
  max?: number;
  /** Numbers: the smallest value. */
  min?: number;
  /** Integers only (numbers). */
  integer?: boolean;
  /** The values a choice may take. */
  choices?: readonly string[];
  /** Dates: the first and last day allowed (YYYY-MM-DD). */
  range?: { from: string; to: string };
  /** Who may write the answer; the others see it without an input. */
  writers: readonly ProgrammeRole[];
  /** Who sees the answer at all. */
  readers: readonly ProgrammeRole[];
  /** Long texts get a multi-line input. */
  multiline?: boolean;
  /** The answer before anyone wrote one (e.g. the default period of 12 months). */
  initial?: string;
  /** Per-goal and per-block lines name theirs. */
  goalId?: string;
  blockId?: string;
}

/** Card answers as a card sends them: input id → value. */
export type Answers = Readonly<Record<string, string>>;

/** What a conversation's form depends on. */
export interface FormContext {
  kind: ConversationKind;
  personalityTestRequired: boolean;
  /** The learning goals the midway and transition interviews go through, one line each. */
  goals: readonly Pick<LearningGoalState, 'id' | 'text'>[];
  /** The building blocks a follow-up meeting can discuss. */
  blocks: readonly Pick<BuildingBlockState, 'id' | 'kind' | 'title'>[];
  /** The conversation's day in Denmark (YYYY-MM-DD). */
  day: string;
  /** Start-up part 1: the format it was booked with. */
  format?: ConversationState['format'];
}

/** How many first learning goals start-up part 2 offers (more are added on the learning agreement). */
export const FIRST_GOAL_ROWS = 5;
/** The latest part 2 may be agreed for, counted from part 1. */
export const PART2_WITHIN_MONTHS = 3;
/** Answer keys a draft may hold at most (every form stays well below). */
export const MAX_DRAFT_ANSWERS = 100;
export const MAX_ANSWER_KEY = 300;

const HR_ONLY: readonly ProgrammeRole[] = ['hrConsultant'];

/** Keys of per-line answers. */
export const answerKey = {
  firstGoalText: (n: number) => `goal${n}Text`,
  firstGoalEvidence: (n: number) => `goal${n}Evidence`,
  goalStatus: (goalId: string) => `goal:${goalId}:status`,
  goalComment: (goalId: string) => `goal:${goalId}:comment`,
  goalEffect: (goalId: string) => `goal:${goalId}:effect`,
  goalResult: (goalId: string) => `goal:${goalId}:result`,
  supervision: (blockId: string) => `supervision:${blockId}`,
};

/** The form of a conversation: its fields in the order the card shows them. */
export function formFor(context: FormContext): FormField[] {
  const roles = KIND_ROLES[context.kind];
  const field = (key: string, type: AnswerType, options: Partial<FormField> = {}): FormField => ({
    key,
    type,
    label: key,
    required: false,
    writers: roles,
    readers: roles,
    ...options,
  });
  const longText = (key: string, required: boolean, options: Partial<FormField> = {}) =>
    field(key, 'text', { required, max: MAX_LONG_TEXT, multiline: true, ...options });
  const hrNotes = () => longText('hrNotes', false, { writers: HR_ONLY, readers: HR_ONLY });

  switch (context.kind) {
    case 'startupPart1':
      return [
        field('format', 'choice', { required: true, choices: STARTUP_FORMATS, initial: context.format ?? 'individual' }),
        field('frameIntroduced', 'choices', { required: true, choices: FRAME_ITEMS }),
        ...(context.personalityTestRequired
          ? [field('personalityFeedbackGiven', 'toggle', { required: true, writers: HR_ONLY, initial: 'false' })]
          : []),
        field('periodMonths', 'number', { required: true, min: 1, max: 24, integer: true, initial: '12' }),
        field('hoursPerWeek', 'number', { required: true, min: 0.5, max: MAX_HOURS_PER_WEEK }),
        field('part2Date', 'date', { range: { from: context.day, to: addMonths(context.day, PART2_WITHIN_MONTHS) } }),
        hrNotes(),
      ];
    case 'startupPart2':
      return [
        longText('motivation', true),
        longText('strengths', true),
        longText('developmentAreas', true),
        longText('traineeExpectations', true),
        longText('leaderExpectations', true),
        longText('commitments', true),
        ...Array.from({ length: FIRST_GOAL_ROWS }, (_, i) => [
          field(answerKey.firstGoalText(i + 1), 'text', { label: 'text', required: i === 0, max: MAX_SHORT_TEXT }),
          field(answerKey.firstGoalEvidence(i + 1), 'text', { label: 'evidence', required: i === 0, max: MAX_TEXT }),
        ]).flat(),
      ];
    case 'followUp':
      return [
        field('blocksDiscussed', 'choices', { choices: context.blocks.map((b) => b.id) }),
        longText('learned', true),
        longText('experiences', false),
        ...context.blocks
          .filter((b) => b.kind === 'practiceElement')
          .map((b) =>
            field(answerKey.supervision(b.id), 'text', {
              label: 'supervision',
              max: MAX_TEXT,
              multiline: true,
              writers: ['leader'],
              blockId: b.id,
            }),
          ),
        longText('leaderFeedback', false, { writers: ['leader'] }),
        longText('nextActions', true),
        longText('nextComplexityStep', false),
      ];
    case 'midway':
      return [
        ...context.goals.flatMap((g) => [
          field(answerKey.goalStatus(g.id), 'choice', { label: 'status', required: true, choices: GOAL_PROGRESS, goalId: g.id }),
          field(answerKey.goalComment(g.id), 'text', { label: 'comment', max: MAX_TEXT, goalId: g.id }),
        ]),
        longText('whatWorks', true),
        longText('whatToAdjust', true),
        longText('network', false),
        field('reviseAgreement', 'toggle', { required: true, initial: 'false' }),
        hrNotes(),
      ];
    case 'transition':
      return [
        ...context.goals.flatMap((g) => [
          field(answerKey.goalEffect(g.id), 'text', { label: 'effect', required: true, max: MAX_TEXT, goalId: g.id }),
          field(answerKey.goalResult(g.id), 'text', { label: 'result', required: true, max: MAX_TEXT, goalId: g.id }),
        ]),
        longText('learning', true),
        longText('nextStep', true),
        field('readiness', 'choice', { required: true, choices: READINESS }),
        longText('traineeFeedback', true, { writers: ['trainee'] }),
        longText('leaderFeedback', true, { label: 'programmeLeaderFeedback', writers: ['leader'] }),
        hrNotes(),
      ];
  }
}

/** The form's context for a conversation of a programme, as it stands. */
export function formContextOf(state: ProgrammeState, conversation: ConversationState): FormContext {
  const effective = effectiveAgreement(state.agreements);
  const part1 = state.conversations.find((c) => c.kind === 'startupPart1' && c.status !== 'cancelled');
  const dayOf = (c: ConversationState | undefined) => (c ? calendarDate(new Date(c.scheduledAt)) : '');
  return {
    kind: conversation.kind,
    personalityTestRequired: personalityTestRequired(state),
    goals: goalsOf(state, conversation, effective?.goals ?? []),
    blocks: blocksOf(state, conversation, effective?.blocks ?? []),
    day: dayOf(conversation.kind === 'startupPart1' ? conversation : part1) || dayOf(conversation),
    ...(conversation.format ? { format: conversation.format } : {}),
  };
}

/** A documented interview goes through the goals it was documented with (the agreement may have moved on since). */
function goalsOf(state: ProgrammeState, c: ConversationState, current: readonly LearningGoalState[]) {
  const record = c.record;
  const lines =
    record?.kind === 'midway' ? record.data.goalStatuses : record?.kind === 'transition' ? record.data.goalResults : undefined;
  if (!lines) return current.map((g) => ({ id: g.id, text: g.text }));
  const everyGoal = [...state.agreements].sort((a, b) => b.version - a.version).flatMap((a) => a.goals);
  return lines.map((l) => ({ id: l.goalId, text: everyGoal.find((g) => g.id === l.goalId)?.text ?? '' }));
}

/** A documented follow-up meeting shows the blocks it discussed, also when they have left the agreement. */
function blocksOf(state: ProgrammeState, c: ConversationState, current: readonly BuildingBlockState[]) {
  const entry = c.status === 'documented' ? state.followUps.find((f) => f.conversationId === c.id) : undefined;
  if (!entry) return current;
  const everyBlock = [...state.agreements].sort((a, b) => b.version - a.version).flatMap((a) => a.blocks);
  const referenced = [...entry.blocksDiscussed, ...(entry.supervision ?? []).map((s) => s.blockId)];
  const extra = [...new Set(referenced)]
    .filter((id) => !current.some((b) => b.id === id))
    .map((id) => everyBlock.find((b) => b.id === id))
    .filter((b): b is BuildingBlockState => b !== undefined);
  return [...current, ...extra];
}

/**
 * The answers after `role` saved `submitted` over `saved`: the role's own answers from what it
 * sent, everyone else's as they were; answers the form no longer asks for are dropped.
 */
export function mergeAnswers(form: readonly FormField[], saved: Answers, submitted: Readonly<Record<string, unknown>>, role: ProgrammeRole): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const f of form) {
    const sent = submitted[f.key];
    const own = f.writers.includes(role) && sent !== undefined && sent !== null;
    const value = own ? answerText(sent) : saved[f.key];
    if (value !== undefined && value !== '') merged[f.key] = value;
  }
  return merged;
}

/** What a card sends as text: numbers and toggles may come as such. */
function answerText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** The answers `role` may see. */
export function visibleAnswers(form: readonly FormField[], answers: Answers, role: ProgrammeRole): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const f of form) if (f.readers.includes(role) && answers[f.key] !== undefined) shown[f.key] = answers[f.key];
  return shown;
}

/** One answer that cannot be kept, with the reason in both languages. */
export interface AnswerProblem {
  key: string;
  text: LocalizedText;
}

/**
 * The answers were refused: every problem at once, so the card can show them all. Nothing was
 * stored. `field` is the first problem's key.
 */
export class AnswersRefused extends ValidationError {
  constructor(readonly problems: readonly AnswerProblem[]) {
    super('answersRefused', problems.length === 1 ? problems[0].text : message('answersRefused', { count: problems.length }), problems[0]?.key);
  }
}

/**
 * What is wrong with the answers: too long, not a choice, not a number or date in range always;
 * with `complete`, also what is required and missing (documenting needs it, a draft does not).
 */
export function answerProblems(form: readonly FormField[], answers: Answers, complete: boolean): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const problem = <C extends MessageCode>(f: FormField, code: C, extra: object = {}) =>
    problems.push({ key: f.key, text: (message as (c: C, p: unknown) => LocalizedText)(code, { field: f.label, ...extra }) });
  for (const f of form) {
    const raw = (answers[f.key] ?? '').trim();
    if (raw === '') {
      // A toggle always sends a value; unsent, it is off.
      if (complete && f.required && f.type !== 'toggle') problem(f, 'required');
      continue;
    }
    switch (f.type) {
      case 'text':
        if (exceedsLength(raw, f.max ?? MAX_TEXT)) problem(f, 'tooLong', { max: f.max ?? MAX_TEXT });
        break;
      case 'choice':
        if (!(f.choices ?? []).includes(raw)) problem(f, 'invalidChoice');
        break;
      case 'choices': {
        const picked = splitChoices(raw);
        if (picked.some((c) => !(f.choices ?? []).includes(c)) || new Set(picked).size !== picked.length) problem(f, 'invalidChoice');
        break;
      }
      case 'toggle':
        if (raw !== 'true' && raw !== 'false') problem(f, 'invalidChoice');
        break;
      case 'number': {
        const n = toNumber(raw);
        const { min = 0, max = Number.MAX_SAFE_INTEGER } = f;
        if (n === undefined || n < min || n > max || (f.integer && !Number.isInteger(n))) problem(f, 'outOfRange', { min, max });
        break;
      }
      case 'date':
        if (!isIsoDate(raw)) problem(f, 'invalidDate');
        else if (f.range && (raw < f.range.from || raw > f.range.to)) problem(f, 'dateOutOfRange', { earliest: f.range.from, latest: f.range.to });
        break;
    }
  }
  // Whatever the rest says, a required toggle that must be confirmed (personality-test feedback) is checked here.
  const feedback = form.find((f) => f.key === 'personalityFeedbackGiven');
  if (complete && feedback && answers[feedback.key] !== 'true') {
    problems.push({ key: feedback.key, text: message('personalityFeedbackNotConfirmed') });
  }
  // A first learning goal written needs its evidence, and the other way round.
  for (let n = 1; n <= FIRST_GOAL_ROWS; n++) {
    const text = form.find((f) => f.key === answerKey.firstGoalText(n));
    const evidence = form.find((f) => f.key === answerKey.firstGoalEvidence(n));
    if (!complete || !text || !evidence || n === 1) continue;
    const hasText = (answers[text.key] ?? '').trim() !== '';
    const hasEvidence = (answers[evidence.key] ?? '').trim() !== '';
    if (hasText && !hasEvidence) problem(evidence, 'required');
    if (hasEvidence && !hasText) problem(text, 'required');
  }
  return problems;
}

/** Refuses the answers with every problem found. */
export function assertAnswers(form: readonly FormField[], answers: Answers, complete: boolean): void {
  const problems = answerProblems(form, answers, complete);
  if (problems.length > 0) throw new AnswersRefused(problems);
}

/** A multi-select ChoiceSet sends its values joined by commas. */
export function splitChoices(raw: string): string[] {
  return raw
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

function toNumber(raw: string): number | undefined {
  const n = Number(raw.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

/** What documenting makes of complete answers: an interview's record, or a follow-up entry's content. */
export type FilledTemplate =
  | { kind: 'record'; record: ConversationRecord }
  | { kind: 'followUp'; entry: Omit<FollowUpEntryState, 'id' | 'recorded' | 'conversationId'> };

/** The record the answers make; refuses them (AnswersRefused) when they are incomplete or invalid. */
export function templateFromAnswers(context: FormContext, answers: Answers): FilledTemplate {
  const form = formFor(context);
  assertAnswers(form, answers, true);
  const text = (key: string) => (answers[key] ?? '').trim();
  switch (context.kind) {
    case 'startupPart1':
      return {
        kind: 'record',
        record: {
          kind: 'startupPart1',
          data: {
            format: text('format') as never,
            frameIntroduced: splitChoices(text('frameIntroduced')) as never,
            ...(context.personalityTestRequired ? { personalityFeedbackGiven: true } : {}),
            periodMonths: toNumber(text('periodMonths')) as number,
            hoursPerWeek: toNumber(text('hoursPerWeek')) as number,
            ...(text('part2Date') ? { part2Date: text('part2Date') } : {}),
            ...(text('hrNotes') ? { hrNotes: text('hrNotes') } : {}),
          },
        },
      };
    case 'startupPart2':
      return {
        kind: 'record',
        record: {
          kind: 'startupPart2',
          data: {
            motivation: text('motivation'),
            strengths: text('strengths'),
            developmentAreas: text('developmentAreas'),
            traineeExpectations: text('traineeExpectations'),
            leaderExpectations: text('leaderExpectations'),
            commitments: text('commitments'),
            firstGoals: Array.from({ length: FIRST_GOAL_ROWS }, (_, i) => ({
              text: text(answerKey.firstGoalText(i + 1)),
              evidence: text(answerKey.firstGoalEvidence(i + 1)),
            }))
              .filter((g) => g.text !== '')
              .slice(0, MAX_GOALS),
          },
        },
      };
    case 'followUp': {
      const supervision = context.blocks
        .filter((b) => b.kind === 'practiceElement' && text(answerKey.supervision(b.id)) !== '')
        .map((b) => ({ blockId: b.id, note: text(answerKey.supervision(b.id)) }));
      return {
        kind: 'followUp',
        entry: {
          blocksDiscussed: splitChoices(text('blocksDiscussed')),
          learned: text('learned'),
          experiences: text('experiences'),
          leaderFeedback: text('leaderFeedback'),
          nextActions: text('nextActions'),
          nextComplexityStep: text('nextComplexityStep'),
          ...(supervision.length > 0 ? { supervision } : {}),
        },
      };
    }
    case 'midway':
      return {
        kind: 'record',
        record: {
          kind: 'midway',
          data: {
            goalStatuses: context.goals.map((g) => ({
              goalId: g.id,
              status: text(answerKey.goalStatus(g.id)) as never,
              comment: text(answerKey.goalComment(g.id)),
            })),
            whatWorks: text('whatWorks'),
            whatToAdjust: text('whatToAdjust'),
            network: text('network'),
            reviseAgreement: text('reviseAgreement') === 'true',
            ...(text('hrNotes') ? { hrNotes: text('hrNotes') } : {}),
          },
        },
      };
    case 'transition':
      return {
        kind: 'record',
        record: {
          kind: 'transition',
          data: {
            goalResults: context.goals.map((g) => ({
              goalId: g.id,
              effect: text(answerKey.goalEffect(g.id)),
              result: text(answerKey.goalResult(g.id)),
            })),
            learning: text('learning'),
            nextStep: text('nextStep'),
            readiness: text('readiness') as never,
            traineeFeedback: text('traineeFeedback'),
            leaderFeedback: text('leaderFeedback'),
            ...(text('hrNotes') ? { hrNotes: text('hrNotes') } : {}),
          },
        },
      };
  }
}

/** The answers of a documented conversation, read back from its record (or follow-up entry), for showing it. */
export function answersOfDocumented(conversation: ConversationState, entry?: FollowUpEntryState): Record<string, string> {
  const answers: Record<string, string> = {};
  const put = (key: string, value: string | number | boolean | undefined) => {
    if (value !== undefined && value !== '') answers[key] = String(value);
  };
  if (conversation.kind === 'followUp') {
    if (!entry) return answers;
    put('blocksDiscussed', entry.blocksDiscussed.join(','));
    put('learned', entry.learned);
    put('experiences', entry.experiences);
    put('leaderFeedback', entry.leaderFeedback);
    put('nextActions', entry.nextActions);
    put('nextComplexityStep', entry.nextComplexityStep);
    for (const s of entry.supervision ?? []) put(answerKey.supervision(s.blockId), s.note);
    return answers;
  }
  const record = conversation.record;
  switch (record?.kind) {
    case 'startupPart1':
      put('format', record.data.format);
      put('frameIntroduced', record.data.frameIntroduced.join(','));
      put('personalityFeedbackGiven', record.data.personalityFeedbackGiven);
      put('periodMonths', record.data.periodMonths);
      put('hoursPerWeek', record.data.hoursPerWeek);
      put('part2Date', record.data.part2Date);
      put('hrNotes', record.data.hrNotes);
      break;
    case 'startupPart2':
      for (const key of ['motivation', 'strengths', 'developmentAreas', 'traineeExpectations', 'leaderExpectations', 'commitments'] as const) {
        put(key, record.data[key]);
      }
      record.data.firstGoals.slice(0, FIRST_GOAL_ROWS).forEach((g, i) => {
        put(answerKey.firstGoalText(i + 1), g.text);
        put(answerKey.firstGoalEvidence(i + 1), g.evidence);
      });
      break;
    case 'midway':
      for (const l of record.data.goalStatuses) {
        put(answerKey.goalStatus(l.goalId), l.status);
        put(answerKey.goalComment(l.goalId), l.comment);
      }
      put('whatWorks', record.data.whatWorks);
      put('whatToAdjust', record.data.whatToAdjust);
      put('network', record.data.network);
      put('reviseAgreement', record.data.reviseAgreement);
      put('hrNotes', record.data.hrNotes);
      break;
    case 'transition':
      for (const l of record.data.goalResults) {
        put(answerKey.goalEffect(l.goalId), l.effect);
        put(answerKey.goalResult(l.goalId), l.result);
      }
      put('learning', record.data.learning);
      put('nextStep', record.data.nextStep);
      put('readiness', record.data.readiness);
      put('traineeFeedback', record.data.traineeFeedback);
      put('leaderFeedback', record.data.leaderFeedback);
      put('hrNotes', record.data.hrNotes);
      break;
  }
  return answers;
}
