/**
 * Changing the learning agreement from the tab. Every change carries `expectedVersion` (the
 * `version` of the programme view it was made on): when someone changed the programme since, the
 * answer is 409 with who changed it and the programme as it is now, and nothing is written — the
 * tab keeps the user's input and shows both. A successful change answers 200 with the new view.
 *
 *   PUT    /api/v1/programmes/:programmeId/agreement/terms               agreementTermsRequest
 *   POST   /api/v1/programmes/:programmeId/agreement/goals               addGoalRequest
 *   PUT    /api/v1/programmes/:programmeId/agreement/goals/:goalId       updateGoalRequest
 *   DELETE /api/v1/programmes/:programmeId/agreement/goals/:goalId?expectedVersion=…
 *   POST   /api/v1/programmes/:programmeId/agreement/blocks              addBlockRequest
 *   PUT    /api/v1/programmes/:programmeId/agreement/blocks/:blockId     updateBlockRequest
 *   DELETE /api/v1/programmes/:programmeId/agreement/blocks/:blockId?expectedVersion=…
 *   PUT    /api/v1/programmes/:programmeId/agreement/blocks/:blockId/status  blockStatusRequest
 *   POST   /api/v1/programmes/:programmeId/agreement/approve             versionedRequest  (godkend)
 *   POST   /api/v1/programmes/:programmeId/agreement/acknowledge         versionedRequest  (HR)
 *   POST   /api/v1/programmes/:programmeId/agreement/revise              reviseRequest
 */
import { z } from 'zod';
import { apiError, instant, isoDate, personRef } from './common';
import { blockStatus, complexity, practiceForm, practiceReach, practiceType, programmeView } from './programme';

/** The programme's stored revision the change was made on (`version` of the view). */
const expectedVersion = z.number().int().min(0);

export const versionedRequest = z.object({ expectedVersion });
export type VersionedRequest = z.infer<typeof versionedRequest>;

export const agreementTermsRequest = z.object({
  expectedVersion,
  periodStart: isoDate.optional(),
  periodMonths: z.number().int().optional(),
  followUpCadenceWeeks: z.number().int().optional(),
});
export type AgreementTermsRequest = z.infer<typeof agreementTermsRequest>;

export const addGoalRequest = z.object({ expectedVersion, text: z.string(), evidence: z.string() });
export type AddGoalRequest = z.infer<typeof addGoalRequest>;

export const updateGoalRequest = z.object({ expectedVersion, text: z.string().optional(), evidence: z.string().optional() });
export type UpdateGoalRequest = z.infer<typeof updateGoalRequest>;

export const practiceInput = z.object({
  /** opgave / proces / projekt */
  type: practiceType,
  reach: practiceReach,
  /** følg lederen, sidemandsoplæring, praktik, bisidder — or `other`, written in `otherForm`. */
  form: practiceForm,
  otherForm: z.string().optional(),
  scope: z.string(),
  complexity,
});

/** The kinds a block can be added as: the lederaspirantforløb is in every agreement once already. */
export const addableBlockKind = z.enum(['leaderRoleIntroduction', 'practiceElement', 'course']);

export const addBlockRequest = z.object({
  expectedVersion,
  kind: addableBlockKind,
  title: z.string(),
  description: z.string().optional(),
  goalIds: z.array(z.string()).optional(),
  period: z.object({ from: isoDate.optional(), to: isoDate.optional() }).optional(),
  practice: practiceInput.nullable().optional(),
});
export type AddBlockRequest = z.infer<typeof addBlockRequest>;

export const updateBlockRequest = z.object({
  expectedVersion,
  kind: addableBlockKind.optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  goalIds: z.array(z.string()).optional(),
  period: z.object({ from: isoDate.optional(), to: isoDate.optional() }).optional(),
  /** `null` removes the practice details (when the kind changes away from practice element). */
  practice: practiceInput.nullable().optional(),
});
export type UpdateBlockRequest = z.infer<typeof updateBlockRequest>;

export const blockStatusRequest = z.object({ expectedVersion, status: blockStatus });
export type BlockStatusRequest = z.infer<typeof blockStatusRequest>;

export const reviseRequest = z.object({ expectedVersion, reason: z.string() });
export type ReviseRequest = z.infer<typeof reviseRequest>;

/** 409: someone changed the programme since `expectedVersion`; nothing was written. */
export const conflictResponse = apiError.extend({
  /** versionConflict: changed since the version shown; concurrentChange: saved by someone at the same moment. */
  error: z.enum(['versionConflict', 'concurrentChange']),
  /** The last change recorded on the programme, when known. */
  changedBy: personRef.optional(),
  changedAt: instant.optional(),
  /** The programme's version now (= current.version). */
  currentVersion: z.number().int(),
  /** The programme as it is now. */
  current: programmeView,
});
export type ConflictResponse = z.infer<typeof conflictResponse>;
