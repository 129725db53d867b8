/**
 * Shapes every part of the tab API shares: texts in Danish and English, people, phases, errors.
 * This folder is the contract between the tab and the server: it imports nothing but zod, so the
 * tab can bundle it without pulling anything else of the server into the browser.
 */
import { z } from 'zod';

/** One text in both languages; the tab shows `da` unless the user's language is English. */
export const localizedText = z.object({ da: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof localizedText>;

export const language = z.enum(['da', 'en']);
export type Language = z.infer<typeof language>;

/** A person as a view shows them: the Entra object id and the name. */
export const personRef = z.object({ id: z.string(), name: z.string() });
export type PersonRefView = z.infer<typeof personRef>;

export const phase = z.enum(['nomination', 'startup', 'development', 'completion']);
export type PhaseName = z.infer<typeof phase>;

export const programmeRole = z.enum(['trainee', 'leader', 'hrConsultant']);
export type ProgrammeRoleName = z.infer<typeof programmeRole>;

/**
 * How the caller sees a programme: as one of its three people, as an HR consultant of its
 * department who is not attached to it, or as a programme admin.
 */
export const viewerRole = z.enum(['trainee', 'leader', 'hrConsultant', 'departmentHr', 'programmeAdmin']);
export type ViewerRole = z.infer<typeof viewerRole>;

export const conversationKind = z.enum(['startupPart1', 'startupPart2', 'followUp', 'midway', 'transition']);
export type ConversationKindName = z.infer<typeof conversationKind>;

export const conversationStatus = z.enum(['booked', 'held', 'documented', 'cancelled']);
export type ConversationStatusName = z.infer<typeof conversationStatus>;

export const department = z.object({ id: z.string(), name: z.string() });
export type DepartmentView = z.infer<typeof department>;

/**
 * Whose programme it is, where, and how far it has come: the same fields on the programme page and in
 * the cohort's rows. Spread its `shape` into an object (rather than nesting it), so the wire format
 * keeps these fields at the top level.
 */
export const programmeStanding = z.object({
  trainee: personRef,
  leader: personRef,
  hrConsultant: personRef.optional(),
  department,
  phase,
  phaseLabel: localizedText,
  /** Completed (transition interview documented) or declined at nomination. */
  closed: z.boolean(),
  declined: z.boolean(),
});
export type ProgrammeStanding = z.infer<typeof programmeStanding>;

/** An instant, ISO 8601 in UTC (e.g. 2026-09-08T07:00:00.000Z); the tab shows it in Europe/Copenhagen. */
export const instant = z.string();
/** A calendar date, YYYY-MM-DD. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Who did something, and when. */
export const stamp = z.object({ at: instant, by: personRef });
export type StampView = z.infer<typeof stamp>;

/** Something the programme is behind on (the same situations the reminders are about). */
export const overdueItem = z.object({
  kind: z.enum([
    'nominationWaitingForHr',
    'personalityFeedbackPending',
    'agreementNotApproved',
    'followUpDue',
    'midwayDue',
    'transitionDue',
    'conversationNotDocumented',
  ]),
  /** Since when (a working morning, ISO instant). */
  since: instant,
  text: localizedText,
});
export type OverdueItem = z.infer<typeof overdueItem>;

/** The next booked conversation of a programme that has not ended yet. */
export const nextConversationSummary = z.object({
  id: z.string(),
  kind: conversationKind,
  label: localizedText,
  scheduledAt: instant,
  durationMinutes: z.number().int(),
});
export type NextConversationSummary = z.infer<typeof nextConversationSummary>;

/**
 * Every refusal of the API: a stable code, the message in Danish and English, and the field when
 * one input was wrong. A programme the caller may not see answers exactly like one that does not
 * exist (404, code `programmeNotFound`).
 */
export const apiError = z.object({
  error: z.string(),
  message: localizedText,
  field: z.string().optional(),
});
export type ApiError = z.infer<typeof apiError>;
