/**
 * GET /api/v1/overview — the cohort (Oversigt): an HR consultant sees the programmes of their
 * departments, a programme admin all. Filters and sorting are query parameters; the same query
 * on GET /api/v1/overview.csv gives the rows as CSV (UTF-8 with BOM, semicolon-separated, the
 * headings in the caller's language). GET /api/v1/feedback — programme admins: the programme
 * feedback given in transition interviews.
 */
import { z } from 'zod';
import { department, instant, isoDate, localizedText, nextConversationSummary, overdueItem, phase, programmeStanding } from './common';

export const overviewSort = z.enum(['trainee', 'leader', 'department', 'phase', 'periodStart', 'nextConversation', 'overdue']);

/** Query parameters (all optional). Unknown values are refused with 400. */
export const overviewQuery = z.object({
  department: z.string().min(1).max(100).optional(),
  phase: phase.optional(),
  /** `true`: only programmes that are behind on something. */
  overdue: z.enum(['true', 'false']).optional(),
  /** `true`: also completed and declined programmes (left out by default). */
  includeClosed: z.enum(['true', 'false']).optional(),
  /** Part of the trainee's, leader's or HR consultant's name. */
  q: z.string().max(100).optional(),
  sort: overviewSort.optional(),
  order: z.enum(['asc', 'desc']).optional(),
  /** CSV only: the language of the headings and labels (default Danish; the tab sends its own). */
  lang: z.enum(['da', 'en']).optional(),
});
export type OverviewQuery = z.infer<typeof overviewQuery>;

export const personalityGate = z.enum(['notRequired', 'notTaken', 'awaitingFeedback', 'feedbackGiven']);
export const agreementStatusSummary = z.enum(['none', 'draft', 'awaitingApproval', 'approved', 'revising']);

export const overviewRow = z.object({
  programmeId: z.string(),
  ...programmeStanding.shape,
  period: z.object({ start: isoDate.optional(), end: isoDate.optional(), months: z.number().int().optional() }),
  personalityTest: personalityGate,
  personalityTestLabel: localizedText,
  /**
   * none: no learning agreement yet; draft: being written; awaitingApproval: one of trainee and
   * leader has godkendt; approved: in force; revising: in force with a new version being written.
   */
  agreement: agreementStatusSummary,
  agreementLabel: localizedText,
  agreementVersion: z.number().int().optional(),
  nextConversation: nextConversationSummary.optional(),
  overdue: z.array(overdueItem),
});
export type OverviewRow = z.infer<typeof overviewRow>;

export const overviewResponse = z.object({
  /** department: the HR consultant's departments; all: a programme admin's view. */
  scope: z.enum(['department', 'all']),
  /** The departments the caller may filter by. */
  departments: z.array(department),
  /** How many of the rows (after filters) are in each phase: the chart of the phase distribution. */
  phaseCounts: z.object({ nomination: z.number().int(), startup: z.number().int(), development: z.number().int(), completion: z.number().int() }),
  rows: z.array(overviewRow),
  /** When the rows were computed (overdue depends on the time). */
  asOf: instant,
});
export type OverviewResponse = z.infer<typeof overviewResponse>;

export const feedbackItem = z.object({
  programmeId: z.string(),
  ...programmeStanding.pick({ trainee: true, leader: true, department: true }).shape,
  /** When the transition interview was documented. */
  documentedAt: instant,
  readiness: z.enum(['inLeaderJob', 'leaderReady', 'notYet']),
  readinessLabel: localizedText,
  traineeFeedback: z.string(),
  leaderFeedback: z.string(),
});
export type FeedbackItem = z.infer<typeof feedbackItem>;

export const feedbackResponse = z.object({ items: z.array(feedbackItem) });
export type FeedbackResponse = z.infer<typeof feedbackResponse>;
