/**
 * The rules a whole programme state keeps, checked when a programme is rebuilt from stored state
 * (`Programme.fromState`, which storage calls on every load). The aggregate keeps these rules by
 * construction; this check makes them hold on every path, so a programme that was written by an
 * older version, edited by hand or damaged is refused with a clear reason instead of being worked on.
 *
 * What is checked: the shape and types of every part; ids (including that they are unique where
 * they key something); the phase and its history; the people (distinct trainee, leader and HR);
 * every agreement version by `checkAgreementRules` and the versions together (at most one draft,
 * the newest; at most one approved); conversations (status against their stamps, records against
 * their templates); follow-up entries and the conversations they document; take-off; the outcome.
 *
 * What is deliberately not re-checked: phase gates and who may do what (they guard a change when it
 * is made; a gate added later must not lock existing programmes out), and links that may
 * legitimately go stale (records and follow-ups that name goals or blocks of an earlier version,
 * stamps by an HR consultant who has since been replaced).
 *
 * Cost: one pass over the state; text lengths are counted as graphemes only when a text is near
 * its limit, so a typical programme checks in well under a millisecond.
 */
import { checkAgreementRules, MAX_AGREEMENT_VERSION, MAX_BLOCKS } from './agreement';
import { CONVERSATION_KINDS } from './conversationKinds';
import {
  checkRecord,
  MAX_CANCEL_REASON,
  MAX_DURATION_MINUTES,
  MIN_DURATION_MINUTES,
  READINESS,
  STARTUP_FORMATS,
} from './conversation';
import { DomainError, ValidationError } from './errors';
import { MAX_ANSWER_KEY, MAX_DRAFT_ANSWERS } from './conversationForms';
import { checkStoredNomination } from './nomination';
import { invalid, invalidProgrammeState, notFound, ruleViolation } from './messages';
import {
  AgreementState,
  ConversationState,
  ConversationStatus,
  FollowUpEntryState,
  LearningGoalState,
  PHASES,
  ProgrammeState,
} from './state';
import {
  MAX_ID,
  MAX_LONG_TEXT,
  MAX_TEXT,
  checkArray,
  checkBoolean,
  checkChoice,
  checkId,
  checkInt,
  checkNoDuplicates,
  checkObject,
  checkOptionalStamp,
  checkPersonRef,
  checkStamp,
  checkStoredInstant,
  checkText,
} from './validation';

export const NOMINATION_REASON_MAX = MAX_TEXT;
export const TAKE_OFF_NEEDS_MAX = MAX_TEXT;
/** A Teams join URL is a few hundred characters; this leaves room without letting a row grow. */
export const MAX_JOIN_URL = 2000;

/** A meeting's join URL: an https address without spaces. */
export function checkJoinUrl(value: unknown, field: string): string {
  const url = checkText(value, field, MAX_JOIN_URL, true);
  if (!/^https:\/\/\S+$/.test(url)) throw invalid('invalidChoice', field);
  return url;
}

/** Conversation statuses, in the order a conversation goes through them. */
export const CONVERSATION_STATUSES: readonly ConversationStatus[] = ['booked', 'held', 'documented', 'cancelled'];

/**
 * Throws InvalidProgrammeStateError naming the programme, the path of the first fault
 * ("conversations[2].held") and the rule it breaks, when the state breaks a rule.
 */
export function assertValidProgrammeState(state: ProgrammeState): void {
  try {
    checkProgrammeState(state);
  } catch (error) {
    if (error instanceof Located) throw invalidProgrammeState(nameOf(state), error.field, error.reason);
    if (error instanceof DomainError) {
      throw invalidProgrammeState(nameOf(state), (error as Partial<ValidationError>).field || 'programme', error);
    }
    throw error;
  }
}

/** A fault found under a path; turned into InvalidProgrammeStateError at the top. */
class Located extends Error {
  constructor(
    readonly field: string,
    readonly reason: DomainError,
  ) {
    super(reason.message);
  }
}

/** Runs checks whose errors name fields relative to `path` (or none), and places them under it. */
function within<T>(path: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof DomainError) {
      const field = (error as Partial<ValidationError>).field;
      throw new Located(field ? `${path}.${field}` : path, error);
    }
    throw error;
  }
}

/** A list of any length (storage bounds how many rows a programme can have). */
function checkList<T>(value: unknown, field: string): T[] {
  if (!Array.isArray(value)) throw invalid('required', field);
  return value as T[];
}

function fault(path: string, reason: DomainError): Located {
  return new Located(path, reason);
}

/** The programme's id as given, or a readable stand-in when the id itself is broken. */
function nameOf(state: ProgrammeState): string {
  const id = (state as Partial<ProgrammeState> | null | undefined)?.id;
  if (typeof id !== 'string' || id === '') return '?';
  return JSON.stringify(id.length > MAX_ID ? `${id.slice(0, MAX_ID)}…` : id).slice(1, -1);
}

/** The checks themselves; field names in the errors are full paths into the state. */
export function checkProgrammeState(state: ProgrammeState): void {
  checkObject(state, 'programme');
  checkId(state.id, 'id');
  checkId(state.departmentId, 'departmentId');
  checkPeople(state);
  checkPhases(state);
  checkStamp(state.nominated, 'nominated');
  checkText(state.nominationReason, 'nominationReason', NOMINATION_REASON_MAX, true);
  checkBoolean(state.leaderClarificationCompleted, 'leaderClarificationCompleted');
  // Wished start, HR's questions and a declined nomination (closed in the nomination phase).
  checkStoredNomination(state);
  checkObject(state.personalityTest, 'personalityTest');
  checkOptionalStamp(state.personalityTest.taken, 'personalityTest.taken');
  checkOptionalStamp(state.personalityTest.feedbackGiven, 'personalityTest.feedbackGiven');
  if (state.personalityTest.feedbackGiven && !state.personalityTest.taken) {
    throw fault('personalityTest', ruleViolation('personalityTestNotYetTaken'));
  }
  checkAgreements(state.agreements);
  checkConversations(state.conversations);
  checkFollowUps(state.followUps, state.conversations);
  checkTakeOff(state);
  checkOutcome(state);
  checkOptionalStamp(state.remindersPaused, 'remindersPaused');
}

function checkPeople(state: ProgrammeState): void {
  const trainee = checkPersonRef(state.trainee, 'trainee');
  const leader = checkPersonRef(state.leader, 'leader');
  if (trainee.id === leader.id) throw fault('leader', ruleViolation('traineeIsLeader'));
  if (state.hrConsultant !== undefined) {
    const hr = checkPersonRef(state.hrConsultant, 'hrConsultant');
    if (hr.id === trainee.id || hr.id === leader.id) throw fault('hrConsultant', ruleViolation('hrIsParticipant'));
  }
}

/** The history starts with nomination, takes the phases in order, never goes back in time, and ends in `phase`. */
function checkPhases(state: ProgrammeState): void {
  const phase = checkChoice(state.phase, 'phase', PHASES);
  const history = checkArray(state.phaseHistory, 'phaseHistory', 1, PHASES.length) as ProgrammeState['phaseHistory'];
  let previous = '';
  history.forEach((entry, i) => {
    checkObject(entry, `phaseHistory[${i}]`);
    const entered = checkStoredInstant(entry.enteredAt, `phaseHistory[${i}].enteredAt`);
    if (entry.phase !== PHASES[i] || Date.parse(entered) < Date.parse(previous || entered)) {
      throw fault(`phaseHistory[${i}]`, ruleViolation('phaseHistoryMismatch'));
    }
    previous = entered;
  });
  if (history[history.length - 1].phase !== phase) throw fault('phaseHistory', ruleViolation('phaseHistoryMismatch'));
}

/** Each version by the agreement's own rules; together: unique versions, one draft at most (the newest), one approved at most. */
function checkAgreements(value: AgreementState[]): void {
  const agreements = checkArray(value, 'agreements', 0, MAX_AGREEMENT_VERSION) as AgreementState[];
  agreements.forEach((agreement, i) => within(`agreements[${i}]`, () => checkAgreementRules(agreement)));
  checkNoDuplicates(
    agreements.map((a) => String(a.version)),
    'agreements',
  );
  const newest = Math.max(0, ...agreements.map((a) => a.version));
  const drafts = agreements.filter((a) => a.status === 'draft');
  const approved = agreements.filter((a) => a.status === 'accepted');
  const superseded = agreements.filter((a) => a.status === 'superseded');
  if (
    drafts.length > 1 ||
    drafts.some((d) => d.version !== newest) ||
    approved.length > 1 ||
    // A version is superseded only by a newer approved one.
    superseded.some((s) => approved.length === 0 || s.version > approved[0].version)
  ) {
    throw fault('agreements', ruleViolation('agreementVersionsInconsistent'));
  }
}

function checkConversations(value: ConversationState[]): void {
  const conversations = checkList<ConversationState>(value, 'conversations');
  conversations.forEach((c, i) => checkConversation(c, `conversations[${i}]`));
  checkNoDuplicates(
    conversations.map((c) => c.id),
    'conversations',
  );
}

function checkConversation(c: ConversationState, path: string): void {
  checkObject(c, path);
  checkId(c.id, `${path}.id`);
  const kind = checkChoice(c.kind, `${path}.kind`, CONVERSATION_KINDS);
  const status = checkChoice(c.status, `${path}.status`, CONVERSATION_STATUSES);
  checkStoredInstant(c.scheduledAt, `${path}.scheduledAt`);
  checkInt(c.durationMinutes, `${path}.durationMinutes`, MIN_DURATION_MINUTES, MAX_DURATION_MINUTES);
  if (c.format !== undefined) {
    if (kind !== 'startupPart1') throw invalid('invalidChoice', `${path}.format`);
    checkChoice(c.format, `${path}.format`, STARTUP_FORMATS);
  }
  const participants = checkArray(c.participants, `${path}.participants`, 1, 3) as string[];
  participants.forEach((id, i) => checkId(id, `${path}.participants[${i}]`));
  checkNoDuplicates(participants, `${path}.participants`);
  if (c.joinUrl !== undefined) checkJoinUrl(c.joinUrl, `${path}.joinUrl`);
  checkStamp(c.booked, `${path}.booked`);
  checkOptionalStamp(c.held, `${path}.held`);
  checkOptionalStamp(c.documented, `${path}.documented`);
  if (c.cancelled !== undefined) {
    checkStamp(c.cancelled, `${path}.cancelled`);
    checkText(c.cancelled.reason, `${path}.cancelled.reason`, MAX_CANCEL_REASON, true);
  }

  // The stamps say what happened; the status must agree. (A documented conversation's own stamps
  // are not required: follow-up meetings are documented by an entry that carries the stamp.)
  const agrees =
    status === 'booked'
      ? !c.held && !c.documented && !c.cancelled
      : status === 'held'
        ? c.held !== undefined && !c.documented && !c.cancelled
        : status === 'documented'
          ? !c.cancelled
          : c.cancelled !== undefined && !c.held && !c.documented;
  if (!agrees) throw fault(path, ruleViolation('conversationStatusMismatch'));

  // Answers written on the card before it is documented: only while the conversation is open.
  if (c.draft !== undefined) {
    if (status !== 'booked' && status !== 'held') throw fault(`${path}.draft`, ruleViolation('conversationStatusMismatch'));
    checkDraft(c.draft, `${path}.draft`);
  }

  // Interviews are documented with their template's record; follow-up meetings with an entry.
  const wantsRecord = status === 'documented' && kind !== 'followUp';
  if (wantsRecord !== (c.record !== undefined)) throw fault(`${path}.record`, ruleViolation('conversationStatusMismatch'));
  if (c.record !== undefined) {
    checkObject(c.record, `${path}.record`);
    if (c.record.kind !== kind) throw invalid('recordKindMismatch', `${path}.record.kind`);
    within(`${path}.record.data`, () => checkRecord(c.record!, storedRecordContext(c.record!)));
  }
}

/**
 * A record was checked against the agreement in force when it was written; that version may since
 * have been revised. So a stored record is checked against its template and against itself (each
 * goal once), not against today's goals; the personality-test line is not re-required.
 */
function storedRecordContext(record: NonNullable<ConversationState['record']>) {
  const [lines, field]: [{ goalId?: unknown }[], string] =
    record.kind === 'midway' && Array.isArray(record.data?.goalStatuses)
      ? [record.data.goalStatuses, 'goalStatuses']
      : record.kind === 'transition' && Array.isArray(record.data?.goalResults)
        ? [record.data.goalResults, 'goalResults']
        : [[], ''];
  const goals: LearningGoalState[] = lines.map((line, i) => ({
    id: checkId(line?.goalId, `${field}[${i}].goalId`),
    text: '',
    evidence: '',
  }));
  return { personalityTestRequired: false, goals };
}

/** A draft: who saved it, and at most MAX_DRAFT_ANSWERS answers, each a text within the longest a template allows. */
function checkDraft(draft: NonNullable<ConversationState['draft']>, path: string): void {
  checkObject(draft, path);
  checkStamp(draft.saved, `${path}.saved`);
  const answers = checkObject(draft.answers, `${path}.answers`);
  const keys = Object.keys(answers);
  if (keys.length > MAX_DRAFT_ANSWERS) throw invalid('tooMany', `${path}.answers`, { min: 0, max: MAX_DRAFT_ANSWERS });
  for (const key of keys) {
    if (key.length > MAX_ANSWER_KEY || key.trim() === '') throw invalid('invalidId', `${path}.answers`);
    checkText(answers[key], `${path}.answers`, MAX_LONG_TEXT, false);
  }
}

function checkFollowUps(value: FollowUpEntryState[], conversations: readonly ConversationState[]): void {
  const entries = checkList<FollowUpEntryState>(value, 'followUps');
  entries.forEach((entry, i) => {
    const path = `followUps[${i}]`;
    checkObject(entry, path);
    checkId(entry.id, `${path}.id`);
    checkStamp(entry.recorded, `${path}.recorded`);
    const discussed = checkArray(entry.blocksDiscussed, `${path}.blocksDiscussed`, 0, MAX_BLOCKS) as string[];
    discussed.forEach((id, j) => checkId(id, `${path}.blocksDiscussed[${j}]`));
    checkNoDuplicates(discussed, `${path}.blocksDiscussed`);
    checkText(entry.learned, `${path}.learned`, MAX_LONG_TEXT, true);
    checkText(entry.experiences, `${path}.experiences`, MAX_LONG_TEXT, false);
    checkText(entry.leaderFeedback, `${path}.leaderFeedback`, MAX_LONG_TEXT, false);
    checkText(entry.nextActions, `${path}.nextActions`, MAX_LONG_TEXT, true);
    checkText(entry.nextComplexityStep, `${path}.nextComplexityStep`, MAX_LONG_TEXT, false);
    if (entry.supervision !== undefined) {
      const lines = checkArray(entry.supervision, `${path}.supervision`, 0, MAX_BLOCKS) as { blockId: string; note: string }[];
      lines.forEach((line, j) => {
        checkObject(line, `${path}.supervision[${j}]`);
        checkId(line.blockId, `${path}.supervision[${j}].blockId`);
        checkText(line.note, `${path}.supervision[${j}].note`, MAX_TEXT, true);
      });
      checkNoDuplicates(
        lines.map((l) => l.blockId),
        `${path}.supervision`,
      );
    }
    if (entry.conversationId !== undefined) {
      const field = `${path}.conversationId`;
      const meeting = conversations.find((c) => c.id === checkId(entry.conversationId, field));
      if (!meeting) throw fault(field, notFound('conversationNotFound'));
      if (meeting.kind !== 'followUp') throw fault(field, ruleViolation('conversationNotFollowUp'));
      if (meeting.status !== 'documented') throw fault(field, ruleViolation('conversationStatusMismatch'));
    }
  });
  checkNoDuplicates(
    entries.map((e) => e.id),
    'followUps',
  );
  const linked = entries.filter((e) => e.conversationId !== undefined).map((e) => e.conversationId as string);
  checkNoDuplicates(linked, 'followUps.conversationId');
}

function checkTakeOff(state: ProgrammeState): void {
  if (state.takeOff === undefined) return;
  const takeOff = checkObject(state.takeOff, 'takeOff');
  checkStamp(takeOff.registered, 'takeOff.registered');
  checkText(takeOff.needsNow, 'takeOff.needsNow', TAKE_OFF_NEEDS_MAX, false);
  checkBoolean(takeOff.wantsApplicationGuidance, 'takeOff.wantsApplicationGuidance');
  checkBoolean(takeOff.joinNetwork, 'takeOff.joinNetwork');
}

/** Only the documented transition interview closes a programme, and only in completion. */
function checkOutcome(state: ProgrammeState): void {
  if (state.outcome === undefined) return;
  const outcome = checkObject(state.outcome, 'outcome');
  checkChoice(outcome.readiness, 'outcome.readiness', READINESS);
  checkStoredInstant(outcome.closedAt, 'outcome.closedAt');
  const transitionDocumented = state.conversations.some((c) => c.kind === 'transition' && c.status === 'documented');
  if (state.phase !== 'completion' || !transitionDocumented) throw fault('outcome', ruleViolation('outcomeWithoutTransition'));
}
