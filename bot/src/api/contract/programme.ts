/**
 * GET /api/v1/programmes/:programmeId — one programme as the tab shows it (Mit forløb, and a
 * leader's or HR's view of one trainee): the phase timeline, progress, the learning agreement with
 * its versions, the conversations, the follow-up log, and each phase's effects and aids.
 */
import { z } from 'zod';
import {
  conversationKind,
  conversationStatus,
  instant,
  isoDate,
  localizedText,
  overdueItem,
  personRef,
  phase,
  programmeStanding,
  stamp,
  viewerRole,
} from './common';

export const aid = z.object({ title: localizedText, text: localizedText, url: z.string() });
export type AidView = z.infer<typeof aid>;

/** One phase on the timeline, with the effects the seed says it should give and its aids. */
export const timelinePhase = z.object({
  phase,
  label: localizedText,
  status: z.enum(['done', 'current', 'upcoming']),
  /** When the programme entered it (absent for phases not reached). */
  enteredAt: instant.optional(),
  effects: z.array(localizedText),
  aids: z.array(aid),
});
export type TimelinePhase = z.infer<typeof timelinePhase>;

export const progress = z.object({
  /** Building blocks of the agreement in force (or the draft) that are done, and all not dropped. */
  blocksDone: z.number().int(),
  blocksTotal: z.number().int(),
  /** The agreed period, when there is a learning agreement. */
  periodStart: isoDate.optional(),
  /** Last day of the period. */
  periodEnd: isoDate.optional(),
  periodMonths: z.number().int().optional(),
  /** How much of the period has passed, 0–100 (0 before it starts, 100 after its end). */
  elapsedPercent: z.number().min(0).max(100).optional(),
});
export type ProgressView = z.infer<typeof progress>;

export const blockKind = z.enum(['leaderAspirantCourse', 'leaderRoleIntroduction', 'practiceElement', 'course']);
export const blockStatus = z.enum(['planned', 'inProgress', 'done', 'dropped']);
export type BlockStatusName = z.infer<typeof blockStatus>;
export const practiceReach = z.enum(['local', 'crossCutting']);
/** Opgave, proces or projekt. */
export const practiceType = z.enum(['task', 'process', 'project']);
/** Følg lederen, sidemandsoplæring, praktik, bisidder, or another form written in. */
export const practiceForm = z.enum(['followTheLeader', 'sideBySide', 'placement', 'observer', 'other']);
export const complexity = z.union([z.literal(1), z.literal(2), z.literal(3)]);

export const goalView = z.object({ id: z.string(), text: z.string(), evidence: z.string() });
export type GoalView = z.infer<typeof goalView>;

export const blockView = z.object({
  id: z.string(),
  kind: blockKind,
  kindLabel: localizedText,
  title: z.string(),
  description: z.string(),
  goalIds: z.array(z.string()),
  period: z.object({ from: isoDate.optional(), to: isoDate.optional() }),
  /** Practice elements only: how it is trained, local or cross-cutting, the scope, complexity 1–3. */
  practice: z
    .object({
      /** Absent on elements written before the type was asked for. */
      type: practiceType.optional(),
      typeLabel: localizedText.optional(),
      form: practiceForm,
      /** The form in words when `form` is `other`. */
      otherForm: z.string().optional(),
      /** The form to show (for `other`: the words written in, in both languages). */
      formLabel: localizedText,
      reach: practiceReach,
      reachLabel: localizedText,
      scope: z.string(),
      complexity,
    })
    .optional(),
  status: blockStatus,
  statusLabel: localizedText,
});
export type BlockView = z.infer<typeof blockView>;

export const agreementView = z.object({
  version: z.number().int(),
  status: z.enum(['draft', 'accepted', 'superseded']),
  statusLabel: localizedText,
  created: stamp,
  revisionReason: z.string(),
  periodStart: isoDate,
  periodEnd: isoDate,
  periodMonths: z.number().int(),
  followUpCadenceWeeks: z.number().int(),
  goals: z.array(goalView),
  blocks: z.array(blockView),
  /** Who has godkendt this version (trainee and leader), and HR's acknowledgement. */
  approvedByTrainee: stamp.optional(),
  approvedByLeader: stamp.optional(),
  acknowledgedByHr: stamp.optional(),
  /** A later practice element less complex than an earlier one. */
  complexityWarnings: z.array(z.object({ blockId: z.string(), earlierBlockId: z.string(), text: localizedText })),
});
export type AgreementView = z.infer<typeof agreementView>;

/** A documented answer of an interview: the question or label, and the answer in both languages. */
export const answer = z.object({ label: localizedText, value: localizedText });
export type AnswerView = z.infer<typeof answer>;

export const conversationView = z.object({
  id: z.string(),
  kind: conversationKind,
  label: localizedText,
  status: conversationStatus,
  statusLabel: localizedText,
  scheduledAt: instant,
  durationMinutes: z.number().int(),
  participants: z.array(personRef),
  /** Upcoming: a link to the calendar file (.ics), when calendar links are on. */
  calendarUrl: z.string().optional(),
  /** Upcoming: the Teams meeting's join link, when the scheduler made one. */
  joinUrl: z.string().optional(),
  held: stamp.optional(),
  documented: stamp.optional(),
  cancelled: stamp.extend({ reason: z.string() }).optional(),
  /** Documented ones: the answers recorded from the interview's template. */
  answers: z.array(answer),
});
export type ConversationView = z.infer<typeof conversationView>;

export const followUpView = z.object({
  id: z.string(),
  recorded: stamp,
  conversationId: z.string().optional(),
  /** Titles of the building blocks discussed. */
  blocksDiscussed: z.array(z.string()),
  learned: z.string(),
  experiences: z.string(),
  leaderFeedback: z.string(),
  nextActions: z.string(),
  nextComplexityStep: z.string(),
});
export type FollowUpView = z.infer<typeof followUpView>;

export const programmeView = z.object({
  id: z.string(),
  /**
   * The programme's stored revision as read: send it back as `expectedVersion` with every change, so a
   * change made meanwhile by someone else is answered with 409 instead of being overwritten.
   */
  version: z.number().int(),
  viewerRole,
  ...programmeStanding.shape,
  outcome: z.object({ readiness: z.enum(['inLeaderJob', 'leaderReady', 'notYet']), label: localizedText, closedAt: instant }).optional(),
  timeline: z.array(timelinePhase),
  progress,
  /** What must happen before the next phase (empty once closed). */
  dueBeforeNextPhase: z.array(z.object({ code: z.string(), text: localizedText })),
  personalityTest: z.object({ required: z.boolean(), taken: stamp.optional(), feedbackGiven: stamp.optional() }),
  /** Every version of the learning agreement, newest first; old versions stay readable. */
  agreements: z.array(agreementView),
  /** The version in force (godkendt), if any. */
  agreementInForce: z.number().int().optional(),
  /** The version being drafted, if any: the only one that can be edited. */
  draftVersion: z.number().int().optional(),
  conversations: z.object({
    upcoming: z.array(conversationView),
    /** Held or documented, newest first. */
    held: z.array(conversationView),
    cancelled: z.array(conversationView),
  }),
  /** Referater af opfølgningsmøderne, newest first. */
  followUps: z.array(followUpView),
  overdue: z.array(overdueItem),
  /** What waits for the caller in this programme. */
  waitingForYou: z.array(z.object({ code: z.string(), text: localizedText })),
  /** What the caller may do here; the server checks again on every change. */
  can: z.object({
    editAgreement: z.boolean(),
    approveAgreement: z.boolean(),
    acknowledgeAgreement: z.boolean(),
    reviseAgreement: z.boolean(),
    setBlockStatus: z.boolean(),
  }),
});
export type ProgrammeView = z.infer<typeof programmeView>;
