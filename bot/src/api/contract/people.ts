/**
 * GET /api/v1/me — who the caller is, and GET /api/v1/my-trainees — a leader's own trainees.
 * GET /api/v1/local/personas — local mode only: the demo people the persona switcher offers.
 */
import { z } from 'zod';
import { department, language, localizedText, nextConversationSummary, overdueItem, personRef, phase, programmeRole } from './common';

export const myProgramme = z.object({
  programmeId: z.string(),
  role: programmeRole,
  trainee: personRef,
  leader: personRef,
  hrConsultant: personRef.optional(),
  phase,
  phaseLabel: localizedText,
  closed: z.boolean(),
});
export type MyProgramme = z.infer<typeof myProgramme>;

export const meResponse = z.object({
  person: personRef,
  /** The language to show: the person's own choice, else their Teams locale, else Danish. */
  language,
  isProgrammeAdmin: z.boolean(),
  /** Departments the person is HR consultant for. */
  hrDepartments: z.array(department),
  /** Programmes the person is part of (as trainee, leader or HR consultant). */
  programmes: z.array(myProgramme),
  /** `local`: the local preview (a persona switcher, no Teams sign-in); `production`: Teams SSO. */
  mode: z.enum(['local', 'production']),
});
export type MeResponse = z.infer<typeof meResponse>;

export const myTrainee = z.object({
  programmeId: z.string(),
  trainee: personRef,
  hrConsultant: personRef.optional(),
  phase,
  phaseLabel: localizedText,
  closed: z.boolean(),
  nextConversation: nextConversationSummary.optional(),
  overdue: z.array(overdueItem),
});
export type MyTrainee = z.infer<typeof myTrainee>;

export const myTraineesResponse = z.object({ trainees: z.array(myTrainee) });
export type MyTraineesResponse = z.infer<typeof myTraineesResponse>;

export const persona = z.object({
  id: z.string(),
  name: z.string(),
  /** Which view the persona mainly shows. */
  roleHint: z.enum(['trainee', 'leader', 'hr', 'admin', 'employee']),
  /** What the persona is in the demo, e.g. "Nærmeste leder, Sundhed og Omsorg". */
  description: localizedText,
});
export const personasResponse = z.object({ personas: z.array(persona) });
export type PersonasResponse = z.infer<typeof personasResponse>;
