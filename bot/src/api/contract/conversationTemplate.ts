/**
 * GET /api/v1/programmes/:programmeId/conversations/:conversationId/template — one conversation's
 * template as its card asks it (the meeting side panel): the title, what the phase should give and its
 * aids, and the fields in the card's order with the card's questions, plus what is written so far
 * where the caller may see it (participants only; HR's own notes to HR only).
 */
import { z } from 'zod';
import { conversationKind, conversationStatus, instant, localizedText, personRef, phase, programmeRole } from './common';
import { aid } from './programme';

export const templateFieldType = z.enum(['text', 'choice', 'choices', 'toggle', 'number', 'date']);

export const templateField = z.object({
  /** The answer's key on the card. */
  key: z.string(),
  type: templateFieldType,
  /** The question the conversation's card asks. */
  question: localizedText,
  /** The field's short name (as in the documented answers and in messages). */
  label: localizedText,
  /** A per-line field: the learning goal or practice element it is about. */
  about: z.object({ label: localizedText, title: z.string() }).optional(),
  required: z.boolean(),
  /** Only the HR consultant sees this field (their own notes). */
  onlyHr: z.boolean(),
  /** Who writes the answer; the others read it. */
  writers: z.array(programmeRole),
  /** What is written so far (the shared draft, or the record once documented), as the card shows it. */
  answer: localizedText.optional(),
});
export type TemplateFieldView = z.infer<typeof templateField>;

export const conversationTemplateView = z.object({
  programmeId: z.string(),
  conversationId: z.string(),
  kind: conversationKind,
  title: localizedText,
  status: conversationStatus,
  statusLabel: localizedText,
  scheduledAt: instant,
  durationMinutes: z.number().int(),
  trainee: personRef,
  /** The phase the conversation belongs to, what it should give and its aids. */
  phase,
  phaseLabel: localizedText,
  effects: z.array(localizedText),
  aids: z.array(aid),
  /** Whether the caller is in the conversation: only participants see what is written. */
  takesPart: z.boolean(),
  fields: z.array(templateField),
});
export type ConversationTemplateView = z.infer<typeof conversationTemplateView>;
