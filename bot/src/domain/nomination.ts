/**
 * The nomination (indstilling) and the department's decision on it: an HR consultant of the
 * programme's department accepts it (and is attached: start-up begins), asks the nearest leader
 * for more information, or declines it with a reason (the programme is then closed as declined).
 *
 * The bodies live here; `Programme` stays the facade that guards who acts and owns the change.
 * Who serves a department is read from the `Department` the caller passes: the application loads
 * it from storage, never from what a client sent.
 */
import { calendarDate } from './calendar';
import { Department } from './department';
import { invalid, ruleViolation } from './messages';
import { PersonRef } from './people';
import { NominationQuestionState, ProgrammeState, Stamp } from './state';
import {
  MAX_TEXT,
  checkArray,
  checkIsoDate,
  checkObject,
  checkStamp,
  checkText,
} from './validation';

/** Longest question, answer and reason for declining. */
export const NOMINATION_DECISION_TEXT_MAX = MAX_TEXT;
/** Questions back and forth before a decision; a conversation, not a chat log. */
export const MAX_NOMINATION_QUESTIONS = 20;

/** What HR decides on a nomination. */
export type NominationDecision = 'accept' | 'ask' | 'decline';
export const NOMINATION_DECISIONS: readonly NominationDecision[] = ['accept', 'ask', 'decline'];

/** A nomination as HR and the leader see it on their cards (a plain read model). */
export interface NominationSummary {
  programmeId: string;
  trainee: PersonRef;
  leader: PersonRef;
  departmentId: string;
  departmentName: string;
  reason: string;
  leaderClarificationCompleted: boolean;
  wishedStart?: string;
  nominatedAt: string;
  questions: { question: string; answer?: string }[];
}

export function nominationSummary(state: ProgrammeState, department: Pick<Department, 'id' | 'name'>): NominationSummary {
  return {
    programmeId: state.id,
    trainee: { ...state.trainee },
    leader: { ...state.leader },
    departmentId: state.departmentId,
    departmentName: department.name,
    reason: state.nominationReason,
    leaderClarificationCompleted: state.leaderClarificationCompleted,
    ...(state.wishedStart ? { wishedStart: state.wishedStart } : {}),
    nominatedAt: state.nominated.at,
    questions: (state.nominationQuestions ?? []).map((q) => ({ question: q.question, ...(q.answer !== undefined ? { answer: q.answer } : {}) })),
  };
}

/** The HR consultant as the department lists them, or undefined when `personId` does not serve it. */
export function departmentHr(department: Department | undefined, personId: string): PersonRef | undefined {
  const found = department?.hrConsultants?.find((p) => p.id === personId);
  return found && { ...found };
}

/** Optional wished start: a calendar date, not before the day of the nomination. */
export function checkWishedStart(value: unknown, nominatedAt: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const date = checkIsoDate(value, 'wishedStart');
  if (date < calendarDate(new Date(nominatedAt))) throw invalid('wishedStartInPast', 'wishedStart');
  return date;
}

/** Still waiting for the department's decision: in nomination, not declined. */
export function awaitsDecision(state: ProgrammeState): boolean {
  return state.phase === 'nomination' && state.declined === undefined && state.outcome === undefined;
}

export function requireAwaitingDecision(state: ProgrammeState): void {
  if (!awaitsDecision(state)) throw ruleViolation('nominationAlreadyDecided');
}

export function openQuestion(state: ProgrammeState): NominationQuestionState | undefined {
  return (state.nominationQuestions ?? []).find((q) => q.answered === undefined);
}

export function askQuestion(state: ProgrammeState, question: string, stamp: Stamp): void {
  requireAwaitingDecision(state);
  const text = checkText(question, 'question', NOMINATION_DECISION_TEXT_MAX, true);
  if (openQuestion(state)) throw ruleViolation('nominationQuestionOpen');
  const questions = state.nominationQuestions ?? [];
  if (questions.length >= MAX_NOMINATION_QUESTIONS) throw invalid('tooMany', 'nominationQuestions', { min: 0, max: MAX_NOMINATION_QUESTIONS });
  state.nominationQuestions = [...questions, { asked: stamp, question: text }];
}

export function answerQuestion(state: ProgrammeState, answer: string, stamp: Stamp): void {
  requireAwaitingDecision(state);
  const text = checkText(answer, 'answer', NOMINATION_DECISION_TEXT_MAX, true);
  const open = openQuestion(state);
  if (!open) throw ruleViolation('noOpenNominationQuestion');
  open.answered = stamp;
  open.answer = text;
}

export function decline(state: ProgrammeState, reason: string, stamp: Stamp): void {
  requireAwaitingDecision(state);
  state.declined = { ...stamp, reason: checkText(reason, 'declineReason', NOMINATION_DECISION_TEXT_MAX, true) };
}

/** The rules a stored nomination keeps (called by stateRules on every load). */
export function checkStoredNomination(state: ProgrammeState): void {
  if (state.wishedStart !== undefined) checkIsoDate(state.wishedStart, 'wishedStart');
  if (state.nominationQuestions !== undefined) {
    const questions = checkArray(state.nominationQuestions, 'nominationQuestions', 0, MAX_NOMINATION_QUESTIONS) as NominationQuestionState[];
    questions.forEach((q, i) => {
      const path = `nominationQuestions[${i}]`;
      checkObject(q, path);
      checkStamp(q.asked, `${path}.asked`);
      checkText(q.question, `${path}.question`, NOMINATION_DECISION_TEXT_MAX, true);
      if ((q.answered === undefined) !== (q.answer === undefined)) throw ruleViolation('nominationQuestionMismatch');
      if (q.answered !== undefined) {
        checkStamp(q.answered, `${path}.answered`);
        checkText(q.answer, `${path}.answer`, NOMINATION_DECISION_TEXT_MAX, true);
      }
      // Only the newest question may still be open.
      if (q.answered === undefined && i !== questions.length - 1) throw ruleViolation('nominationQuestionMismatch');
    });
  }
  if (state.declined !== undefined) {
    checkStamp(state.declined, 'declined');
    checkText(state.declined.reason, 'declined.reason', NOMINATION_DECISION_TEXT_MAX, true);
    if (state.phase !== 'nomination' || state.outcome !== undefined) throw ruleViolation('declinedOutsideNomination');
  }
}
