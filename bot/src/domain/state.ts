/**
 * The plain, serialisable state of a programme and everything in it.
 *
 * This is the contract between the domain and storage: entities are rebuilt from it
 * (`Programme.fromState`) and written back from it (`programme.toState()`). Dates are ISO 8601
 * strings (instants in UTC, calendar dates as YYYY-MM-DD) so the state survives JSON unchanged.
 *
 * Privacy: there is deliberately no field for personality-test results. Only that the test was
 * taken and that feedback was given (when, by whom) is ever stored.
 */
import { PersonId, PersonRef } from './people';

/** The four phases of the programme, in order. */
export type Phase = 'nomination' | 'startup' | 'development' | 'completion';
export const PHASES: readonly Phase[] = ['nomination', 'startup', 'development', 'completion'];

/** How the programme ended: the transition interview's readiness verdict. */
export type Readiness = 'inLeaderJob' | 'leaderReady' | 'notYet';

export interface Stamp {
  at: string;
  by: PersonId;
}

export interface ProgrammeState {
  id: string;
  departmentId: string;
  trainee: PersonRef;
  leader: PersonRef;
  hrConsultant?: PersonRef;
  phase: Phase;
  /** When each phase was entered, oldest first. */
  phaseHistory: { phase: Phase; enteredAt: string }[];
  nominated: Stamp;
  /** The leader's reason for the nomination, shown to HR. */
  nominationReason: string;
  /** Has the trainee taken part in Aarhus Kommune's lederafklaringsforløb? If not, the personality-test gate applies. */
  leaderClarificationCompleted: boolean;
  /** The start the leader wishes for (YYYY-MM-DD), given with the nomination. */
  wishedStart?: string;
  /** What the department's HR consultant asked the leader about the nomination, and the answers, oldest first. */
  nominationQuestions?: NominationQuestionState[];
  /** Set when an HR consultant of the department declined the nomination: the programme is then closed. */
  declined?: Stamp & { reason: string };
  personalityTest: {
    taken?: Stamp;
    feedbackGiven?: Stamp;
  };
  agreements: AgreementState[];
  conversations: ConversationState[];
  followUps: FollowUpEntryState[];
  takeOff?: TakeOffRegistrationState;
  /** Set when the transition interview has been documented: the programme is then closed. */
  outcome?: { readiness: Readiness; closedAt: string };
  /** Set while the leader or HR has paused the programme's reminders (who and when); absent or undefined: reminders run. */
  remindersPaused?: Stamp;
}

/** A question from HR about a nomination, answered by the nearest leader. */
export interface NominationQuestionState {
  asked: Stamp;
  question: string;
  answered?: Stamp;
  answer?: string;
}

/** Where a programme stands with the personality test (worked out, never stored: programmeStanding.ts). */
export type PersonalityTestStanding = 'notRequired' | 'notTaken' | 'awaitingFeedback' | 'feedbackGiven';

// ---------------------------------------------------------------- learning agreement

export type AgreementStatus = 'draft' | 'accepted' | 'superseded';
/** Where a programme stands with its learning agreement over all versions (worked out, never stored: programmeStanding.ts). */
export type AgreementStanding = 'none' | 'draft' | 'awaitingApproval' | 'approved' | 'revising';

export interface LearningGoalState {
  id: string;
  text: string;
  /** "How will we see it": the evidence that the goal is reached. */
  evidence: string;
}

export type BuildingBlockKind =
  | 'leaderAspirantCourse' // Lederaspirantforløb: mandatory
  | 'leaderRoleIntroduction' // Introduktion til lederrollen
  | 'practiceElement' // Praksiselement
  | 'course'; // Kursus / e-læring

/** The seed's forms are examples ("fx"): 'other' is a form described in words (`otherForm`). */
export type PracticeForm = 'followTheLeader' | 'sideBySide' | 'placement' | 'observer' | 'other';
/** What the practice element is: an opgave, proces or projekt with leadership content. */
export type PracticeType = 'task' | 'process' | 'project';
export type Complexity = 1 | 2 | 3;
export type BlockStatus = 'planned' | 'inProgress' | 'done' | 'dropped';

export interface BuildingBlockState {
  id: string;
  kind: BuildingBlockKind;
  title: string;
  description: string;
  goalIds: string[];
  /** Calendar dates (YYYY-MM-DD); open ends are allowed while planning. */
  period: { from?: string; to?: string };
  /** Only for practice elements. */
  practice?: {
    /** Opgave, proces or projekt. Absent on elements stored before it was recorded. */
    type?: PracticeType;
    form: PracticeForm;
    /** The form in words, when `form` is 'other'. */
    otherForm?: string;
    /** Local or cross-cutting, and the scope in words (e.g. "2 timer om ugen i 3 måneder"). */
    reach: 'local' | 'crossCutting';
    scope: string;
    complexity: Complexity;
  };
  status: BlockStatus;
}

export interface AgreementState {
  version: number;
  status: AgreementStatus;
  created: Stamp;
  /** Why this version was opened (empty for the first). */
  revisionReason: string;
  /** First day of the programme period (YYYY-MM-DD). */
  periodStart: string;
  periodMonths: number;
  /** How often trainee and leader hold follow-up meetings, in weeks. */
  followUpCadenceWeeks: number;
  goals: LearningGoalState[];
  blocks: BuildingBlockState[];
  acceptedByTrainee?: Stamp;
  acceptedByLeader?: Stamp;
  acknowledgedByHr?: Stamp;
  /** The HR consultant's remark on this version (only HR writes it; it is no content, so approvals stand). */
  hrComment?: Stamp & { text: string };
}

// ---------------------------------------------------------------- conversations

export type ConversationKind = 'startupPart1' | 'startupPart2' | 'followUp' | 'midway' | 'transition';
export type ConversationStatus = 'booked' | 'held' | 'documented' | 'cancelled';

export type StartupFormat = 'individual' | 'jointDepartmentMeeting';
export type FrameItem =
  | 'purposeAndEffects'
  | 'phases'
  | 'buildingBlocks'
  | 'roles'
  | 'learningAgreement'
  | 'conversations'
  | 'takeOff';

export interface StartupPart1Record {
  format: StartupFormat;
  frameIntroduced: FrameItem[];
  /** Only meaningful when the personality-test gate applies. */
  personalityFeedbackGiven?: boolean;
  periodMonths: number;
  hoursPerWeek: number;
  /** Agreed date for part 2 (YYYY-MM-DD). */
  part2Date?: string;
  /** The HR consultant's own notes: shown to HR only. */
  hrNotes?: string;
}

export interface StartupPart2Record {
  motivation: string;
  strengths: string;
  developmentAreas: string;
  traineeExpectations: string;
  leaderExpectations: string;
  commitments: string;
  firstGoals: { text: string; evidence: string }[];
}

export type GoalProgress = 'onTrack' | 'behind' | 'reached';

export interface MidwayRecord {
  goalStatuses: { goalId: string; status: GoalProgress; comment: string }[];
  whatWorks: string;
  whatToAdjust: string;
  network: string;
  /** When true, documenting the interview opens a new version of the learning agreement. */
  reviseAgreement: boolean;
  /** The HR consultant's own notes: shown to HR only. */
  hrNotes?: string;
}

export interface TransitionRecord {
  goalResults: { goalId: string; effect: string; result: string }[];
  learning: string;
  nextStep: string;
  readiness: Readiness;
  traineeFeedback: string;
  leaderFeedback: string;
  /** The HR consultant's own notes: shown to HR only. */
  hrNotes?: string;
}

export type ConversationRecord =
  | { kind: 'startupPart1'; data: StartupPart1Record }
  | { kind: 'startupPart2'; data: StartupPart2Record }
  | { kind: 'midway'; data: MidwayRecord }
  | { kind: 'transition'; data: TransitionRecord };

export interface ConversationState {
  id: string;
  kind: ConversationKind;
  status: ConversationStatus;
  /** Start instant (ISO, UTC). */
  scheduledAt: string;
  durationMinutes: number;
  /**
   * Start-up part 1 only: held individually or as a joint meeting for the department's trainees
   * and leaders. Set at booking, and from the record when documented. Absent means individual.
   */
  format?: StartupFormat;
  participants: PersonId[];
  /** The Teams meeting's join URL, when a meeting was made for it (Graph scheduler): how meeting events find it. */
  joinUrl?: string;
  booked: Stamp;
  held?: Stamp;
  documented?: Stamp;
  cancelled?: Stamp & { reason: string };
  /** Follow-up meetings are documented as follow-up entries, not here. */
  record?: ConversationRecord;
  /**
   * Answers written on the conversation's card but not yet documented, as the card's inputs hold
   * them (input id → text), with who saved them last. Dropped when the conversation is documented.
   */
  draft?: ConversationDraft;
}

export interface ConversationDraft {
  answers: Record<string, string>;
  saved: Stamp;
}

// ---------------------------------------------------------------- follow-up and take-off

/** Referat af opfølgningsmødet: what trainee and leader wrote down after a follow-up meeting. */
export interface FollowUpEntryState {
  id: string;
  /** The booked follow-up meeting this documents, if it was booked through the bot. */
  conversationId?: string;
  recorded: Stamp;
  blocksDiscussed: string[];
  learned: string;
  experiences: string;
  leaderFeedback: string;
  nextActions: string;
  nextComplexityStep: string;
  /**
   * The nearest leader's sparring and supervision on each practice element discussed (the seed's
   * action learning). Absent on entries written before it was recorded.
   */
  supervision?: { blockId: string; note: string }[];
}

export interface TakeOffRegistrationState {
  registered: Stamp;
  needsNow: string;
  wantsApplicationGuidance: boolean;
  joinNetwork: boolean;
}
