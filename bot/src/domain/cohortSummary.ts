/**
 * The slimmed state a cohort list is computed from: a programme's state without the free text
 * (interview answers, follow-up notes, goal and block texts, reasons) and without what is over
 * (superseded agreements, cancelled conversations). Every rule the cohort view applies — phase,
 * personality-test gate, agreement status, next conversation, what is overdue — reads only what
 * stays, so the same domain functions give the same answers on it as on the whole state.
 * Storage keeps one per programme beside the department index, so a cohort of a thousand
 * programmes is one query instead of a thousand partitions.
 */
import { ProgrammeState } from './state';

export function cohortSummaryOf(state: ProgrammeState): ProgrammeState {
  return {
    id: state.id,
    departmentId: state.departmentId,
    trainee: { id: state.trainee.id, name: state.trainee.name },
    leader: { id: state.leader.id, name: state.leader.name },
    ...(state.hrConsultant ? { hrConsultant: { id: state.hrConsultant.id, name: state.hrConsultant.name } } : {}),
    phase: state.phase,
    phaseHistory: state.phaseHistory,
    nominated: state.nominated,
    nominationReason: '',
    leaderClarificationCompleted: state.leaderClarificationCompleted,
    ...(state.wishedStart ? { wishedStart: state.wishedStart } : {}),
    // Only whether a question waits for an answer matters (reminders).
    ...(state.nominationQuestions
      ? { nominationQuestions: state.nominationQuestions.map((q) => ({ asked: q.asked, question: '', ...(q.answered ? { answered: q.answered, answer: '' } : {}) })) }
      : {}),
    ...(state.declined ? { declined: { ...state.declined, reason: '' } } : {}),
    personalityTest: state.personalityTest,
    agreements: state.agreements
      .filter((a) => a.status !== 'superseded')
      .map((a) => ({ ...a, revisionReason: '', goals: [], blocks: [] })),
    // Neither the documented record nor a draft of answers: free text stays in the programme.
    conversations: state.conversations.filter((c) => c.status !== 'cancelled').map(({ record: _record, draft: _draft, ...c }) => c),
    followUps: state.followUps.map((f) => ({
      id: f.id,
      ...(f.conversationId ? { conversationId: f.conversationId } : {}),
      recorded: f.recorded,
      blocksDiscussed: [],
      learned: '',
      experiences: '',
      leaderFeedback: '',
      nextActions: '',
      nextComplexityStep: '',
    })),
    ...(state.outcome ? { outcome: state.outcome } : {}),
    ...(state.remindersPaused ? { remindersPaused: state.remindersPaused } : {}),
  };
}
