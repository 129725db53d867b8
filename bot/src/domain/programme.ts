/**
 * The Programme aggregate: one trainee's leader-trainee programme, from nomination to the
 * transition interview. All changes go through intent-named methods that guard the rules.
 *
 * Every change is made on a working copy that replaces the state only when all checks passed,
 * so a refused call leaves the programme exactly as it was. Dates come in as `at`, ids of new
 * things from the caller, so the same calls always give the same state.
 */
import {
  Actor,
  Participant,
  assertCanViewProgramme,
  canViewProgramme,
  participantsOf,
  personWithRole,
  roleIn,
} from './access';
import {
  AcceptanceResult,
  AgreementTermsChanges,
  BlockChanges,
  BlockInput,
  ComplexityWarning,
  DEFAULT_PERIOD_MONTHS,
  GoalChanges,
  GoalInput,
  MAX_BLOCKS,
  acceptDraft,
  acknowledgeEffective,
  checkAgreementRules,
  addBlock,
  addGoal,
  complexityWarnings,
  draftAgreement,
  effectiveAgreement,
  firstAgreement,
  latestAgreement,
  moveBlock,
  openRevision,
  removeBlock,
  removeGoal,
  requireDraft,
  setHrComment,
  setTerms,
  updateBlock,
  updateGoal,
} from './agreement';
import { calendarDate } from './calendar';
import { assertValidProgrammeState, checkJoinUrl, NOMINATION_REASON_MAX, TAKE_OFF_NEEDS_MAX } from './stateRules';
import {
  CONVERSATION_KINDS,
  KIND_PHASE,
  KIND_ROLES,
  isOneOff,
} from './conversationKinds';
import {
  MAX_CANCEL_REASON,
  MAX_DURATION_MINUTES,
  MIN_DURATION_MINUTES,
  STARTUP_FORMATS,
  checkRecord,
  isOpen,
  requireStatus,
} from './conversation';
import { Answers, assertAnswers, formContextOf, FormField, formFor, mergeAnswers, templateFromAnswers } from './conversationForms';
import { Department } from './department';
import {
  answerQuestion,
  askQuestion,
  checkWishedStart,
  decline,
  departmentHr,
  requireAwaitingDecision,
} from './nomination';
import { eventsBetween, ProgrammeEvent } from './events';
import { takeOffOpenTo } from './takeOffEligibility';
import {
  GateNotMet,
  GateStatus,
  GateTarget,
  gateStatus,
  missingFor,
  nextTarget,
  personalityGateHolds,
  personalityTestRequired,
} from './gates';
import { FixedMessageCode, forbidden, invalid, notFound, ruleViolation } from './messages';
import { PersonId, PersonRef, ProgrammeRole } from './people';
import {
  AgreementState,
  BlockStatus,
  ConversationKind,
  ConversationRecord,
  ConversationState,
  FollowUpEntryState,
  Phase,
  ProgrammeState,
  Stamp,
  StartupFormat,
  TakeOffRegistrationState,
} from './state';
import {
  MAX_LONG_TEXT,
  MAX_TEXT,
  checkArray,
  checkBoolean,
  checkChoice,
  checkId,
  checkInstant,
  checkInt,
  checkNoDuplicates,
  checkPersonRef,
  checkText,
} from './validation';

export interface NominationInput {
  id: string;
  department: Department;
  trainee: PersonRef;
  leader: PersonRef;
  /** Why the leader nominates this employee (shown to HR). */
  reason: string;
  /** Has the trainee taken part in lederafklaringsforløbet? If not, the personality-test gate applies. */
  leaderClarificationCompleted: boolean;
  hrConsultant?: PersonRef;
  /** The start the leader wishes for (YYYY-MM-DD), not before the day of the nomination. */
  wishedStart?: string;
}

export interface BookingOptions {
  /** Start-up part 1 only. */
  format?: StartupFormat;
}

/** Ids for what documenting start-up part 2 creates; derived from the conversation id when left out. */
export interface DocumentIds {
  /** One per first goal, in order. */
  goalIds?: string[];
  aspirantBlockId?: string;
}

export interface FollowUpInput {
  id: string;
  /** The held follow-up meeting this documents, if it was booked. */
  conversationId?: string;
  blocksDiscussed: string[];
  learned: string;
  experiences?: string;
  leaderFeedback?: string;
  nextActions: string;
  nextComplexityStep?: string;
  /** The leader's sparring and supervision per practice element of the agreement in force. */
  supervision?: { blockId: string; note: string }[];
}

export interface TakeOffInput {
  needsNow: string;
  wantsApplicationGuidance: boolean;
  joinNetwork: boolean;
}

export interface PersonalityTestStatus {
  /** False when the trainee has done lederafklaringsforløb: then there is no test. */
  required: boolean;
  taken?: Stamp;
  feedbackGiven?: Stamp;
}

export { NOMINATION_REASON_MAX, TAKE_OFF_NEEDS_MAX };

const BEFORE: Readonly<Record<Exclude<Phase, 'nomination'>, Phase>> = {
  startup: 'nomination',
  development: 'startup',
  completion: 'development',
};

/** A programme is over once it has an outcome, or when HR declined the nomination (it ended before it began). */
export function isClosed(state: ProgrammeState): boolean {
  return state.outcome !== undefined || state.declined !== undefined;
}

export class Programme {
  /** Events of the changes made since the programme was loaded or its events were last taken. */
  private readonly happened: ProgrammeEvent[] = [];

  private constructor(private state: ProgrammeState) {}

  /**
   * Rebuilds a programme from stored state (a deep copy: the caller's object is never shared).
   * The state is checked against every rule of the programme first (stateRules.ts): a state that
   * breaks one is refused with InvalidProgrammeStateError, naming the programme, where and why.
   */
  static fromState(state: ProgrammeState): Programme {
    const copy = structuredClone(state);
    assertValidProgrammeState(copy);
    return new Programme(copy);
  }

  /** The state to store (a deep copy). */
  toState(): ProgrammeState {
    return structuredClone(this.state);
  }

  get id(): string {
    return this.state.id;
  }

  // ============================================================== nomination

  /** The nearest leader nominates an employee. The programme starts in the nomination phase. */
  static nominate(input: NominationInput, at: Date, by: PersonId): Programme {
    const when = checkInstant(at, 'at');
    const id = checkId(input.id, 'id');
    const trainee = checkPersonRef(input.trainee, 'trainee');
    const leader = checkPersonRef(input.leader, 'leader');
    if (by !== leader.id) throw forbidden('onlyLeaderNominates');
    if (trainee.id === leader.id) throw ruleViolation('traineeIsLeader');
    const reason = checkText(input.reason, 'reason', NOMINATION_REASON_MAX, true);
    const leaderClarificationCompleted = checkBoolean(input.leaderClarificationCompleted, 'leaderClarificationCompleted');
    const department = input.department;
    if (!department || typeof department !== 'object') throw invalid('required', 'department');
    checkId(department.id, 'department');
    const wishedStart = checkWishedStart(input.wishedStart, when);

    const state: ProgrammeState = {
      id,
      departmentId: department.id,
      trainee,
      leader,
      phase: 'nomination',
      phaseHistory: [{ phase: 'nomination', enteredAt: when }],
      nominated: { at: when, by },
      nominationReason: reason,
      leaderClarificationCompleted,
      ...(wishedStart ? { wishedStart } : {}),
      personalityTest: {},
      agreements: [],
      conversations: [],
      followUps: [],
    };
    if (input.hrConsultant) state.hrConsultant = Programme.checkHr(state, input.hrConsultant, department);
    return new Programme(state);
  }

  /** Attaches (or replaces) the HR consultant; open conversations that include HR move to the new one. */
  attachHrConsultant(hr: PersonRef, department: Department, at: Date, by: PersonId): void {
    const servesDepartment = department?.hrConsultants?.some((p) => p.id === by) ?? false;
    const role = this.roleOf(by);
    if (role !== 'leader' && role !== 'hrConsultant' && !servesDepartment) {
      throw forbidden('onlyLeaderOrDepartmentHrAttachesHr');
    }
    this.change(at, (s) => {
      this.requireOpen();
      const person = Programme.checkHr(s, hr, department);
      const previous = s.hrConsultant?.id;
      if (previous === person.id) throw ruleViolation('hrAlreadyAttached');
      s.hrConsultant = person;
      if (previous !== undefined) {
        for (const c of s.conversations) {
          if (c.status === 'booked') c.participants = c.participants.map((p) => (p === previous ? person.id : p));
        }
      }
    });
  }

  private static checkHr(state: ProgrammeState, hr: PersonRef, department: Department): PersonRef {
    if (!department || department.id !== state.departmentId) throw ruleViolation('departmentMismatch');
    const person = checkPersonRef(hr, 'hrConsultant');
    if (person.id === state.trainee.id || person.id === state.leader.id) throw ruleViolation('hrIsParticipant');
    if (!(department.hrConsultants ?? []).some((p) => p.id === person.id)) throw ruleViolation('hrNotInDepartment');
    return person;
  }

  // ============================================================== the department's decision

  /**
   * An HR consultant of the programme's department accepts the nomination: they are attached (in
   * place of one the leader may have named) and, as the seed says, start-up begins once HR is
   * attached. `department` is the programme's department as stored.
   */
  acceptNomination(department: Department, at: Date, by: PersonId): void {
    const hr = this.requireDepartmentHr(department, by);
    this.change(at, (s, when) => {
      requireAwaitingDecision(s);
      if (s.hrConsultant?.id !== hr.id) s.hrConsultant = Programme.checkHr(s, hr, department);
      const missing = missingFor(s, 'startup');
      if (missing.length > 0) throw new GateNotMet('startup', missing);
      s.phase = 'startup';
      s.phaseHistory.push({ phase: 'startup', enteredAt: when });
    });
  }

  /** An HR consultant of the department asks the nearest leader for more information (one open question at a time). */
  askAboutNomination(question: string, department: Department, at: Date, by: PersonId): void {
    this.requireDepartmentHr(department, by);
    this.change(at, (s, when) => askQuestion(s, question, { at: when, by }));
  }

  /** The nearest leader answers the open question about the nomination. */
  answerNominationQuestion(answer: string, at: Date, by: PersonId): void {
    this.requireRole(by, ['leader'], 'onlyLeaderAnswersNominationQuestion');
    this.change(at, (s, when) => answerQuestion(s, answer, { at: when, by }));
  }

  /** An HR consultant of the department declines the nomination with a reason: the programme is closed as declined. */
  declineNomination(reason: string, department: Department, at: Date, by: PersonId): void {
    this.requireDepartmentHr(department, by);
    this.change(at, (s, when) => decline(s, reason, { at: when, by }));
  }

  /** Only an HR consultant who serves the programme's own department (as stored) decides on its nomination. */
  private requireDepartmentHr(department: Department, by: PersonId): PersonRef {
    const hr = department?.id === this.state.departmentId ? departmentHr(department, by) : undefined;
    if (!hr) throw forbidden('onlyDepartmentHrDecides');
    return hr;
  }

  // ============================================================== phases

  /** Start-up begins once an HR consultant is attached. */
  beginStartup(at: Date, by: PersonId): void {
    this.advance('startup', at, by);
  }

  /** Development begins after the personality-test gate, both parts of the start-up interview and an accepted agreement. */
  beginDevelopment(at: Date, by: PersonId): void {
    this.advance('development', at, by);
  }

  /** Completion begins once the midway interview is documented. */
  beginCompletion(at: Date, by: PersonId): void {
    this.advance('completion', at, by);
  }

  private advance(phase: Exclude<Phase, 'nomination'>, at: Date, by: PersonId): void {
    this.requireParticipant(by);
    this.change(at, (s, when) => {
      this.requireOpen();
      this.requirePhase(BEFORE[phase]);
      const missing = missingFor(s, phase);
      if (missing.length > 0) throw new GateNotMet(phase, missing);
      s.phase = phase;
      s.phaseHistory.push({ phase, enteredAt: when });
    });
  }

  /** What must still happen before the programme may enter `target` (empty when it may). */
  gate(target: GateTarget): GateStatus {
    return gateStatus(this.state, target);
  }

  /** The next step: entering the next phase, or closing after the transition interview. Undefined once closed. */
  nextPhaseGate(): GateStatus | undefined {
    return this.isClosed ? undefined : gateStatus(this.state, nextTarget(this.state.phase));
  }

  // ============================================================== personality test

  /** The trainee (or HR) records that the test was taken. Results are never stored. */
  recordPersonalityTestTaken(at: Date, by: PersonId): void {
    this.requireRole(by, ['trainee', 'hrConsultant'], 'onlyTraineeOrHrRecordsPersonalityTest');
    this.change(at, (s, when) => {
      this.requireOpen();
      this.requirePhase('nomination', 'startup');
      if (!personalityTestRequired(s)) throw ruleViolation('personalityTestNotRequired');
      if (s.personalityTest.taken) throw ruleViolation('personalityTestAlreadyRecorded');
      s.personalityTest.taken = { at: when, by };
    });
  }

  /** HR records that feedback on the test was given to the trainee. */
  recordPersonalityTestFeedback(at: Date, by: PersonId): void {
    this.requireRole(by, ['hrConsultant'], 'onlyHrGivesPersonalityFeedback');
    this.change(at, (s, when) => {
      this.requireOpen();
      this.requirePhase('nomination', 'startup');
      if (!personalityTestRequired(s)) throw ruleViolation('personalityTestNotRequired');
      if (!s.personalityTest.taken) throw ruleViolation('personalityTestNotYetTaken');
      if (s.personalityTest.feedbackGiven) throw ruleViolation('personalityFeedbackAlreadyRecorded');
      s.personalityTest.feedbackGiven = { at: when, by };
    });
  }

  // ============================================================== conversations

  /** Books a conversation with the participants its kind has; only they may book it. */
  book(
    kind: ConversationKind,
    id: string,
    scheduledAt: Date,
    durationMinutes: number,
    at: Date,
    by: PersonId,
    options: BookingOptions = {},
  ): void {
    const checkedKind = checkChoice(kind, 'kind', CONVERSATION_KINDS);
    const role = this.roleOf(by);
    if (!role || !KIND_ROLES[checkedKind].includes(role)) throw forbidden('notConversationParticipant');
    this.change(at, (s, when) => {
      this.requireOpen();
      const conversationId = checkId(id, 'id');
      if (s.conversations.some((c) => c.id === conversationId)) throw invalid('idInUse', 'id');
      const start = checkInstant(scheduledAt, 'scheduledAt');
      const duration = checkInt(durationMinutes, 'durationMinutes', MIN_DURATION_MINUTES, MAX_DURATION_MINUTES);
      if (options.format !== undefined && checkedKind !== 'startupPart1') throw invalid('invalidChoice', 'format');
      const format = options.format === undefined ? undefined : checkChoice(options.format, 'format', STARTUP_FORMATS);

      if (s.phase !== KIND_PHASE[checkedKind]) {
        throw ruleViolation('conversationNotInPhase', { kind: checkedKind, current: s.phase });
      }
      if (isOneOff(checkedKind)) {
        const same = s.conversations.filter((c) => c.kind === checkedKind);
        if (same.some((c) => c.status === 'documented')) {
          throw ruleViolation('conversationAlreadyDocumented', { kind: checkedKind });
        }
        if (same.some(isOpen)) throw ruleViolation('conversationAlreadyOpen', { kind: checkedKind });
      }
      if (
        checkedKind === 'startupPart2' &&
        !s.conversations.some((c) => c.kind === 'startupPart1' && (c.status === 'held' || c.status === 'documented'))
      ) {
        throw ruleViolation('startupPart1NotHeld');
      }

      const conversation: ConversationState = {
        id: conversationId,
        kind: checkedKind,
        status: 'booked',
        scheduledAt: start,
        durationMinutes: duration,
        participants: KIND_ROLES[checkedKind].map((r) => participantId(s, r)),
        booked: { at: when, by },
      };
      if (format) conversation.format = format;
      s.conversations.push(conversation);
    });
  }

  /** Moves a booked conversation; the duration stays unless a new one is given. */
  reschedule(conversationId: string, scheduledAt: Date, durationMinutes: number | undefined, at: Date, by: PersonId): void {
    this.requireConversationParticipant(conversationId, by);
    this.change(at, (s) => {
      this.requireOpen();
      const c = this.findConversation(s, conversationId);
      requireStatus(c, 'booked');
      c.scheduledAt = checkInstant(scheduledAt, 'scheduledAt');
      if (durationMinutes !== undefined) {
        c.durationMinutes = checkInt(durationMinutes, 'durationMinutes', MIN_DURATION_MINUTES, MAX_DURATION_MINUTES);
      }
    });
  }

  /** The Teams meeting made for a booked conversation: its join URL, by which meeting events find it. */
  recordMeetingLink(conversationId: string, joinUrl: string, at: Date, by: PersonId): void {
    this.requireConversationParticipant(conversationId, by);
    const url = checkJoinUrl(joinUrl, 'joinUrl');
    this.change(at, (s) => {
      this.requireOpen();
      const c = this.findConversation(s, conversationId);
      requireStatus(c, 'booked');
      c.joinUrl = url;
    });
  }

  /**
   * The conversation took place: from its booked start on, not before. Part 1 of the start-up
   * interview waits for the personality-test feedback.
   */
  markHeld(conversationId: string, at: Date, by: PersonId): void {
    this.requireConversationParticipant(conversationId, by);
    this.change(at, (s, when) => {
      this.requireOpen();
      const c = this.findConversation(s, conversationId);
      requireStatus(c, 'booked');
      if (Date.parse(when) < Date.parse(c.scheduledAt)) throw ruleViolation('conversationNotYetStarted', { start: c.scheduledAt });
      if (c.kind === 'startupPart1' && !personalityGateHolds(s)) {
        throw ruleViolation('startupBeforePersonalityFeedback');
      }
      c.status = 'held';
      c.held = { at: when, by };
    });
  }

  /**
   * Documents a held interview with its template's record, and applies what the record decides:
   * part 2 drafts the learning agreement, the midway interview may open a new version of it, the
   * transition interview closes the programme. Follow-up meetings are documented with recordFollowUp.
   */
  document(conversationId: string, record: ConversationRecord, at: Date, by: PersonId, ids: DocumentIds = {}): void {
    this.requireConversationParticipant(conversationId, by);
    this.change(at, (s, when) => {
      this.requireOpen();
      const c = this.findConversation(s, conversationId);
      if (c.kind === 'followUp') throw ruleViolation('followUpDocumentedAsEntry');
      requireStatus(c, 'held');
      if (!record || record.kind !== c.kind) throw invalid('recordKindMismatch', 'record.kind');
      const effective = effectiveAgreement(s.agreements);
      const clean = checkRecord(record, {
        personalityTestRequired: personalityTestRequired(s),
        goals: effective?.goals ?? [],
      });
      const stamp = { at: when, by };

      switch (clean.kind) {
        case 'startupPart1':
          c.format = clean.data.format;
          break;
        case 'startupPart2':
          if (s.agreements.length === 0) {
            s.agreements.push(
              firstAgreement({
                created: stamp,
                periodStart: calendarDate(new Date(c.scheduledAt)),
                periodMonths: this.agreedPeriodMonths(s),
                goals: this.firstGoals(c.id, clean.data.firstGoals, ids),
                aspirantBlockId: checkId(ids.aspirantBlockId ?? `${c.id}-lederaspirant`, 'aspirantBlockId'),
              }),
            );
            checkAgreementRules(s.agreements[0]);
          }
          break;
        case 'midway':
          if (clean.data.reviseAgreement && !draftAgreement(s.agreements)) {
            openRevision(s.agreements, clean.data.whatToAdjust, stamp);
          }
          break;
        case 'transition':
          s.outcome = { readiness: clean.data.readiness, closedAt: when };
          break;
      }
      c.status = 'documented';
      c.documented = stamp;
      c.record = clean;
      delete c.draft;
    });
  }

  /** Cancels a booked conversation, with a reason. */
  cancel(conversationId: string, reason: string, at: Date, by: PersonId): void {
    this.requireConversationParticipant(conversationId, by);
    this.change(at, (s, when) => {
      this.requireOpen();
      const c = this.findConversation(s, conversationId);
      requireStatus(c, 'booked');
      c.status = 'cancelled';
      c.cancelled = { at: when, by, reason: checkText(reason, 'reason', MAX_CANCEL_REASON, true) };
      // Answers written ahead on its card go with it: a cancelled conversation is not filled in.
      delete c.draft;
    });
  }

  private agreedPeriodMonths(s: ProgrammeState): number {
    const part1 = s.conversations.find((c) => c.kind === 'startupPart1' && c.record?.kind === 'startupPart1');
    return part1?.record?.kind === 'startupPart1' ? part1.record.data.periodMonths : DEFAULT_PERIOD_MONTHS;
  }

  private firstGoals(conversationId: string, goals: { text: string; evidence: string }[], ids: DocumentIds): GoalInput[] {
    if (ids.goalIds !== undefined && ids.goalIds.length !== goals.length) throw invalid('invalidId', 'goalIds');
    const goalIds = goals.map((_, i) => checkId(ids.goalIds?.[i] ?? `${conversationId}-goal-${i + 1}`, 'goalIds'));
    checkNoDuplicates(goalIds, 'goalIds');
    return goals.map((g, i) => ({ id: goalIds[i], text: g.text, evidence: g.evidence }));
  }

  // ============================================================== the conversation's card (conversationForms.ts)

  /** What the conversation's card asks, and who writes and sees each answer. */
  conversationForm(conversationId: string): FormField[] {
    return formFor(formContextOf(this.state, this.findConversation(this.state, conversationId)));
  }

  /**
   * Whether the conversation's card can still be written on: booked or held, in its own phase, and
   * the programme not closed. Otherwise the card is read-only.
   */
  conversationWritable(conversationId: string): boolean {
    const c = this.findConversation(this.state, conversationId);
    return isOpen(c) && !this.isClosed && this.state.phase === KIND_PHASE[c.kind];
  }

  /**
   * A participant saves what is written on the card so far. Each person's own answers replace
   * theirs; the others' stay (the HR consultant's notes, the other party's feedback). Incomplete is
   * fine; too long, out of range or not a choice is refused with every problem.
   */
  saveConversationDraft(conversationId: string, answers: Readonly<Record<string, unknown>>, at: Date, by: PersonId): void {
    this.requireConversationParticipant(conversationId, by);
    const role = this.roleOf(by) as ProgrammeRole;
    this.change(at, (s, when) => {
      const c = this.findConversation(s, conversationId);
      this.requireWritable(c);
      const form = formFor(formContextOf(s, c));
      const merged = mergeAnswers(form, c.draft?.answers ?? {}, answers ?? {}, role);
      assertAnswers(form, merged, false);
      c.draft = { answers: merged, saved: { at: when, by } };
    });
  }

  /**
   * Documents the conversation from its card: the draft with the person's own answers on top must
   * be complete. A booked conversation is marked held first (from its start on; part 1 after the
   * personality-test feedback). Follow-up meetings become the referat af opfølgningsmødet; the
   * interviews their record (part 2 drafts the learning agreement). All or nothing.
   */
  documentFromCard(conversationId: string, answers: Readonly<Record<string, unknown>>, at: Date, by: PersonId, ids: DocumentIds = {}): void {
    this.requireConversationParticipant(conversationId, by);
    const role = this.roleOf(by) as ProgrammeRole;
    const c = this.findConversation(this.state, conversationId);
    this.requireWritable(c);
    const context = formContextOf(this.state, c);
    const merged: Answers = mergeAnswers(formFor(context), c.draft?.answers ?? {}, answers ?? {}, role);
    const filled = templateFromAnswers(context, merged);

    const before = this.state;
    const eventsBefore = this.happened.length;
    try {
      if (c.status === 'booked') this.markHeld(conversationId, at, by);
      if (filled.kind === 'followUp') {
        this.recordFollowUp({ id: `${conversationId}-referat`, conversationId, ...filled.entry }, at, by);
      } else {
        this.document(conversationId, filled.record, at, by, ids);
      }
    } catch (error) {
      this.state = before;
      this.happened.splice(eventsBefore);
      throw error;
    }
  }

  private requireWritable(c: ConversationState): void {
    if (!isOpen(c) || this.isClosed || this.state.phase !== KIND_PHASE[c.kind]) throw ruleViolation('conversationReadOnly');
  }

  // ============================================================== follow-up meetings (referat af opfølgningsmødet)

  /** Trainee or leader writes down a follow-up meeting; a linked held meeting becomes documented. */
  recordFollowUp(input: FollowUpInput, at: Date, by: PersonId): void {
    this.requireRole(by, ['trainee', 'leader'], 'onlyTraineeOrLeaderRecordsFollowUp');
    this.change(at, (s, when) => {
      this.requireOpen();
      this.requirePhase('development');
      const id = checkId(input.id, 'id');
      if (s.followUps.some((f) => f.id === id)) throw invalid('idInUse', 'id');
      const blockIds = effectiveAgreement(s.agreements)?.blocks.map((b) => b.id) ?? [];
      const discussed = checkArray(input.blocksDiscussed ?? [], 'blocksDiscussed', 0, MAX_BLOCKS) as string[];
      for (const blockId of discussed) if (!blockIds.includes(blockId)) throw invalid('unknownBlock', 'blocksDiscussed');
      checkNoDuplicates(discussed, 'blocksDiscussed');

      const entry: FollowUpEntryState = {
        id,
        recorded: { at: when, by },
        blocksDiscussed: [...discussed],
        learned: checkText(input.learned, 'learned', MAX_LONG_TEXT, true),
        experiences: checkText(input.experiences, 'experiences', MAX_LONG_TEXT, false),
        leaderFeedback: checkText(input.leaderFeedback, 'leaderFeedback', MAX_LONG_TEXT, false),
        nextActions: checkText(input.nextActions, 'nextActions', MAX_LONG_TEXT, true),
        nextComplexityStep: checkText(input.nextComplexityStep, 'nextComplexityStep', MAX_LONG_TEXT, false),
      };
      const supervision = checkSupervision(input.supervision, effectiveAgreement(s.agreements)?.blocks ?? []);
      if (supervision.length > 0) entry.supervision = supervision;
      if (input.conversationId !== undefined) {
        const c = this.findConversation(s, input.conversationId);
        if (c.kind !== 'followUp') throw ruleViolation('conversationNotFollowUp');
        requireStatus(c, 'held');
        c.status = 'documented';
        c.documented = { at: when, by };
        delete c.draft;
        entry.conversationId = c.id;
      }
      s.followUps.push(entry);
    });
  }

  // ============================================================== learning agreement

  /** Period and follow-up cadence of the draft. */
  setAgreementTerms(changes: AgreementTermsChanges, at: Date, by: PersonId): void {
    this.editDraft(at, by, (draft) => setTerms(draft, changes));
  }

  addGoal(goal: GoalInput, at: Date, by: PersonId): void {
    this.editDraft(at, by, (draft) => addGoal(draft, goal));
  }

  updateGoal(goalId: string, changes: GoalChanges, at: Date, by: PersonId): void {
    this.editDraft(at, by, (draft) => updateGoal(draft, goalId, changes));
  }

  removeGoal(goalId: string, at: Date, by: PersonId): void {
    this.editDraft(at, by, (draft) => removeGoal(draft, goalId));
  }

  addBuildingBlock(block: BlockInput, at: Date, by: PersonId): void {
    this.editDraft(at, by, (draft) => addBlock(draft, block));
  }

  updateBuildingBlock(blockId: string, changes: BlockChanges, at: Date, by: PersonId): void {
    this.editDraft(at, by, (draft) => updateBlock(draft, blockId, changes));
  }

  removeBuildingBlock(blockId: string, at: Date, by: PersonId): void {
    this.editDraft(at, by, (draft) => removeBlock(draft, blockId));
  }

  /**
   * The trainee or the leader accepts the draft for themselves. When both have, it comes into
   * force (and the version it replaces is superseded).
   */
  acceptAgreement(at: Date, by: PersonId): AcceptanceResult {
    const role = this.requireRole(by, ['trainee', 'leader'], 'onlyTraineeOrLeaderAccepts');
    return this.change(at, (s, when) => {
      this.requireOpen();
      this.requirePhase('startup', 'development');
      return acceptDraft(s.agreements, role as 'trainee' | 'leader', { at: when, by });
    });
  }

  /** HR acknowledges the agreement in force. */
  acknowledgeAgreement(at: Date, by: PersonId): void {
    this.requireRole(by, ['hrConsultant'], 'onlyHrAcknowledges');
    this.change(at, (s, when) => {
      this.requireOpen();
      this.requirePhase('startup', 'development', 'completion');
      acknowledgeEffective(s.agreements, { at: when, by });
    });
  }

  /** The HR consultant writes (or, with an empty text, removes) their remark on the newest version. */
  setAgreementHrComment(text: string, at: Date, by: PersonId): void {
    this.requireRole(by, ['hrConsultant'], 'onlyHrComments');
    this.change(at, (s, when) => {
      this.requireOpen();
      this.requirePhase('startup', 'development', 'completion');
      setHrComment(s.agreements, text, { at: when, by });
    });
  }

  /** Opens a new draft version of an accepted agreement; the accepted one stays in force until the new one is accepted. */
  reviseAgreement(reason: string, at: Date, by: PersonId): void {
    this.requireParticipant(by);
    this.change(at, (s, when) => {
      this.requireOpen();
      this.requirePhase('startup', 'development');
      openRevision(s.agreements, reason, { at: when, by });
    });
  }

  /** Progress on a building block of the agreement in force: planned → in progress → done, or dropped. */
  setBuildingBlockStatus(blockId: string, status: BlockStatus, at: Date, by: PersonId): void {
    this.requireRole(by, ['trainee', 'leader'], 'onlyTraineeOrLeaderReportsProgress');
    this.change(at, (s) => {
      this.requireOpen();
      this.requirePhase('development', 'completion');
      moveBlock(s.agreements, blockId, status);
    });
  }

  private editDraft(at: Date, by: PersonId, edit: (draft: AgreementState) => void): void {
    this.requireRole(by, ['trainee', 'leader'], 'onlyTraineeOrLeaderEditsAgreement');
    this.change(at, (s) => {
      this.requireOpen();
      this.requirePhase('startup', 'development');
      const draft = requireDraft(s.agreements);
      edit(draft);
      // Each edit checks its own input; the whole draft must still keep every rule afterwards.
      checkAgreementRules(draft);
    });
  }

  // ============================================================== take-off

  /**
   * The trainee registers for the take-off event (again to change the answers), also after closing.
   * In the development part only when the agreed period ends by `periodEndingBy` (YYYY-MM-DD): such
   * trainees are invited too.
   */
  registerTakeOff(input: TakeOffInput, at: Date, by: PersonId, options: { periodEndingBy?: string } = {}): void {
    this.requireRole(by, ['trainee'], 'onlyTraineeRegistersTakeOff');
    this.change(at, (s, when) => {
      if (!takeOffOpenTo(s, options.periodEndingBy)) this.requirePhase('completion');
      s.takeOff = {
        registered: { at: when, by },
        needsNow: checkText(input?.needsNow, 'needsNow', TAKE_OFF_NEEDS_MAX, false),
        wantsApplicationGuidance: checkBoolean(input?.wantsApplicationGuidance, 'wantsApplicationGuidance'),
        joinNetwork: checkBoolean(input?.joinNetwork, 'joinNetwork'),
      };
    });
  }

  // ============================================================== reminders

  /**
   * The leader or the HR consultant pauses the programme's reminders (true) or resumes them
   * (false). Setting what already holds changes nothing.
   */
  setRemindersPaused(paused: boolean, at: Date, by: PersonId): void {
    this.requireRole(by, ['leader', 'hrConsultant'], 'onlyLeaderOrHrPausesReminders');
    const wanted = checkBoolean(paused, 'paused');
    this.change(at, (s, when) => {
      this.requireOpen();
      if (wanted && !s.remindersPaused) s.remindersPaused = { at: when, by };
      if (!wanted) delete s.remindersPaused;
    });
  }

  /** Whether the programme's reminders are paused, and by whom. */
  remindersPaused(): Stamp | undefined {
    return copy(this.state.remindersPaused);
  }

  // ============================================================== roles and access

  roleOf(personId: PersonId): ProgrammeRole | undefined {
    return roleIn(this.state, personId);
  }

  /** Participants see their programme, HR its department's programmes, admins all. */
  canView(actor: Actor): boolean {
    return canViewProgramme(this.state, actor);
  }

  /** Throws ForbiddenError when the actor may not see this programme. */
  assertCanView(actor: Actor): void {
    assertCanViewProgramme(this.state, actor);
  }

  // ============================================================== reads (copies, never internal state)

  get departmentId(): string {
    return this.state.departmentId;
  }

  get phase(): Phase {
    return this.state.phase;
  }

  /**
   * Closed once the transition interview is documented (the phase stays completion), or when the
   * nomination was declined (the phase stays nomination). A closed programme is not active.
   */
  get isClosed(): boolean {
    return isClosed(this.state);
  }

  /** Declined by the department's HR consultant, with the reason; undefined otherwise. */
  declined(): (Stamp & { reason: string }) | undefined {
    return this.state.declined && { ...this.state.declined };
  }

  /** Waiting for the department's decision on the nomination. */
  get awaitsNominationDecision(): boolean {
    return this.state.phase === 'nomination' && !this.isClosed;
  }

  get wishedStart(): string | undefined {
    return this.state.wishedStart;
  }

  get trainee(): PersonRef {
    return { ...this.state.trainee };
  }

  get leader(): PersonRef {
    return { ...this.state.leader };
  }

  get hrConsultant(): PersonRef | undefined {
    return this.state.hrConsultant && { ...this.state.hrConsultant };
  }

  participants(): Participant[] {
    return participantsOf(this.state);
  }

  get nominated(): Stamp {
    return { ...this.state.nominated };
  }

  get nominationReason(): string {
    return this.state.nominationReason;
  }

  get leaderClarificationCompleted(): boolean {
    return this.state.leaderClarificationCompleted;
  }

  phaseHistory(): { phase: Phase; enteredAt: string }[] {
    return structuredClone(this.state.phaseHistory);
  }

  personalityTest(): PersonalityTestStatus {
    return { required: personalityTestRequired(this.state), ...structuredClone(this.state.personalityTest) };
  }

  outcome(): ProgrammeState['outcome'] {
    return this.state.outcome && { ...this.state.outcome };
  }

  /** Every version, oldest first; old versions stay readable. */
  agreements(): AgreementState[] {
    return structuredClone([...this.state.agreements].sort((a, b) => a.version - b.version));
  }

  agreement(version: number): AgreementState {
    const found = this.state.agreements.find((a) => a.version === version);
    if (!found) throw notFound('agreementVersionNotFound');
    return structuredClone(found);
  }

  /** The newest version, draft or accepted. */
  currentAgreement(): AgreementState | undefined {
    return copy(latestAgreement(this.state.agreements));
  }

  /** The accepted version in force. */
  effectiveAgreement(): AgreementState | undefined {
    return copy(effectiveAgreement(this.state.agreements));
  }

  /** The version being drafted, if any. */
  draftAgreement(): AgreementState | undefined {
    return copy(draftAgreement(this.state.agreements));
  }

  /** Warnings (not errors) about practice elements whose complexity falls over time; newest version by default. */
  complexityWarnings(version?: number): ComplexityWarning[] {
    const agreement = version === undefined ? latestAgreement(this.state.agreements) : this.agreement(version);
    return agreement ? complexityWarnings(agreement) : [];
  }

  /** All conversations, in booking order. */
  conversations(): ConversationState[] {
    return structuredClone(this.state.conversations);
  }

  conversation(conversationId: string): ConversationState {
    return structuredClone(this.findConversation(this.state, conversationId));
  }

  followUps(): FollowUpEntryState[] {
    return structuredClone(this.state.followUps);
  }

  takeOff(): TakeOffRegistrationState | undefined {
    return copy(this.state.takeOff);
  }

  // ============================================================== guards

  /** Runs a change on a working copy and keeps it only if nothing was refused. */
  private change<T>(at: Date, fn: (working: ProgrammeState, when: string) => T): T {
    const when = checkInstant(at, 'at');
    const original = this.state;
    const working = structuredClone(original);
    this.state = working;
    let result: T;
    try {
      result = fn(working, when);
    } catch (error) {
      this.state = original;
      throw error;
    }
    this.happened.push(...eventsBetween(original, working));
    return result;
  }

  /**
   * What the changes since the last call did (booked, held, approved …), oldest first, and forgets
   * them: the application reads them once, after a change, to decide who is told.
   */
  takeEvents(): ProgrammeEvent[] {
    return this.happened.splice(0);
  }

  private requireOpen(): void {
    if (this.isClosed) throw ruleViolation('programmeClosed');
  }

  private requirePhase(...allowed: Phase[]): void {
    if (!allowed.includes(this.state.phase)) throw ruleViolation('wrongPhase', { allowed, current: this.state.phase });
  }

  private requireParticipant(by: PersonId): ProgrammeRole {
    const role = this.roleOf(by);
    if (!role) throw forbidden('notParticipant');
    return role;
  }

  private requireRole(by: PersonId, roles: readonly ProgrammeRole[], code: FixedMessageCode): ProgrammeRole {
    const role = this.roleOf(by);
    if (!role || !roles.includes(role)) throw forbidden(code);
    return role;
  }

  /** Decided by the actor's current role, so an HR consultant who took over can finish what the previous one booked. */
  private requireConversationParticipant(conversationId: string, by: PersonId): void {
    const c = this.findConversation(this.state, conversationId);
    const role = this.roleOf(by);
    if (!role || !KIND_ROLES[c.kind].includes(role)) throw forbidden('notConversationParticipant');
  }

  private findConversation(s: ProgrammeState, conversationId: string): ConversationState {
    const c = s.conversations.find((x) => x.id === conversationId);
    if (!c) throw notFound('conversationNotFound');
    return c;
  }

}

function participantId(s: ProgrammeState, role: ProgrammeRole): PersonId {
  const person = personWithRole(s, role);
  // Kinds with HR are booked from start-up on, and start-up cannot begin without HR.
  if (!person) throw ruleViolation('hrConsultantNotAttached');
  return person.id;
}

/** The leader's notes per practice element: blocks of the agreement in force, each once, empty notes left out. */
function checkSupervision(value: FollowUpInput['supervision'], blocks: readonly { id: string; kind: string }[]): { blockId: string; note: string }[] {
  if (value === undefined) return [];
  const lines = checkArray(value, 'supervision', 0, MAX_BLOCKS) as { blockId?: unknown; note?: unknown }[];
  const clean = lines
    .map((line, i) => {
      const blockId = checkId(line?.blockId, `supervision[${i}].blockId`);
      const block = blocks.find((b) => b.id === blockId);
      if (!block || block.kind !== 'practiceElement') throw invalid('unknownBlock', 'supervision');
      return { blockId, note: checkText(line?.note, `supervision[${i}].note`, MAX_TEXT, false) };
    })
    .filter((line) => line.note !== '');
  checkNoDuplicates(
    clean.map((l) => l.blockId),
    'supervision',
  );
  return clean;
}

function copy<T>(value: T | undefined): T | undefined {
  return value === undefined ? undefined : structuredClone(value);
}
