/**
 * A conversation's card as one person sees it, built from the stored programme: what the template
 * asks (only the answers this person may see), what is written (the shared draft, or the record
 * once documented), whether the card can still be written on, and the version it shows (sent back
 * with the next change). Part 2 shows, once documented, the draft learning agreement it created.
 */
import { KIND_ROLES } from '../../domain/conversationKinds';
import { answersOfDocumented, FormField, visibleAnswers } from '../../domain/conversationForms';
import { forbidden } from '../../domain/messages';
import { PersonId, ProgrammeRole } from '../../domain/people';
import { Programme } from '../../domain/programme';
import { ConversationKind, ConversationStatus, Phase } from '../../domain/state';

export interface ConversationCardView {
  programmeId: string;
  conversationId: string;
  /** The programme's stored version this view was read at: send it back as expectedVersion. */
  version: number;
  kind: ConversationKind;
  status: ConversationStatus;
  scheduledAt: string;
  durationMinutes: number;
  phase: Phase;
  /** The viewer's role in the conversation. */
  role: ProgrammeRole;
  traineeName: string;
  participants: { id: PersonId; name: string; role: ProgrammeRole }[];
  /** Whether the card can still be written on (open, in its phase, programme not closed). */
  writable: boolean;
  /** The template's fields this person sees, in order. */
  fields: FormField[];
  /** What is written, limited to what this person may see. */
  answers: Record<string, string>;
  /** Learning goals and building blocks the per-line fields name. */
  goals: { id: string; text: string }[];
  blocks: { id: string; title: string; kind: string }[];
  draftSaved?: { at: string; byName: string };
  documented?: { at: string; byName: string };
  /** Start-up part 2, documented: the learning agreement it drafted (newest version). */
  agreement?: { version: number; status: string; goals: { text: string; evidence: string }[] };
}

/** The view for `viewerId`, who must take part in the conversation (HR only where HR is invited). */
export function conversationCardView(programme: Programme, version: number, conversationId: string, viewerId: PersonId): ConversationCardView {
  const conversation = programme.conversation(conversationId);
  const role = programme.roleOf(viewerId);
  if (!role || !KIND_ROLES[conversation.kind].includes(role)) throw forbidden('notConversationParticipant');
  const form = programme.conversationForm(conversationId);
  const people = programme.participants();
  const nameOf = (id: PersonId) => people.find((p) => p.person.id === id)?.person.name ?? '';
  const entry = programme.followUps().find((f) => f.conversationId === conversationId);
  const written = conversation.status === 'documented' ? answersOfDocumented(conversation, entry) : (conversation.draft?.answers ?? {});
  const state = programme.toState();
  const goalIds = new Set(form.map((f) => f.goalId).filter(Boolean));
  const blockIds = new Set(form.map((f) => f.blockId).filter(Boolean));
  const allGoals = state.agreements.flatMap((a) => a.goals);
  const allBlocks = state.agreements.flatMap((a) => a.blocks);
  const documentedStamp = conversation.documented ?? entry?.recorded;
  const agreement = programme.currentAgreement();
  const blockChoices = form.find((f) => f.key === 'blocksDiscussed')?.choices ?? [];

  return {
    programmeId: programme.id,
    conversationId,
    version,
    kind: conversation.kind,
    status: conversation.status,
    scheduledAt: conversation.scheduledAt,
    durationMinutes: conversation.durationMinutes,
    phase: programme.phase,
    role,
    traineeName: programme.trainee.name,
    participants: KIND_ROLES[conversation.kind]
      .map((r) => people.find((p) => p.role === r))
      .filter((p) => p !== undefined)
      .map((p) => ({ id: p.person.id, name: p.person.name, role: p.role })),
    writable: programme.conversationWritable(conversationId),
    fields: form.filter((f) => f.readers.includes(role)),
    answers: visibleAnswers(form, written, role),
    goals: [...goalIds].map((id) => ({ id: id as string, text: allGoals.find((g) => g.id === id)?.text ?? '' })),
    blocks: [...new Set([...blockIds, ...blockChoices])].map((id) => {
      const block = allBlocks.find((b) => b.id === id);
      return { id: id as string, title: block?.title ?? '', kind: block?.kind ?? '' };
    }),
    ...(conversation.draft && conversation.status !== 'documented'
      ? { draftSaved: { at: conversation.draft.saved.at, byName: nameOf(conversation.draft.saved.by) } }
      : {}),
    ...(conversation.status === 'documented' && documentedStamp ? { documented: { at: documentedStamp.at, byName: nameOf(documentedStamp.by) } } : {}),
    ...(conversation.kind === 'startupPart2' && conversation.status === 'documented' && agreement
      ? { agreement: { version: agreement.version, status: agreement.status, goals: agreement.goals.map((g) => ({ text: g.text, evidence: g.evidence })) } }
      : {}),
  };
}
