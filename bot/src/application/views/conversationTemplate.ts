/**
 * The tab's view of one conversation's template (the meeting side panel): what the conversation's
 * card asks, in the card's order and wording, and what is written so far. It is the card's own view
 * (conversations/conversationCardView.ts), so the tab shows exactly the fields and answers the card
 * shows the same person: HR's own notes to HR only, answers to the conversation's participants only.
 * Someone who may see the programme but is not in the conversation (the department's HR, a programme
 * admin, HR at a follow-up meeting) sees the questions every participant sees and no answers, as on
 * the card's info-only view. A programme the caller may not see answers like one that does not exist.
 */
import { KIND_PHASE, KIND_ROLES } from '../../domain/conversationKinds';
import { FormField, splitChoices } from '../../domain/conversationForms';
import { calendarDateText } from '../../domain/calendarDateText';
import { BLOCK_KIND_LABELS, CONVERSATION_KIND_LABELS, CONVERSATION_STATUS_LABELS, FIELD_LABELS, PHASE_LABELS } from '../../domain/labels';
import { LocalizedText } from '../../domain/localizedText';
import { PersonId, ProgrammeRole } from '../../domain/people';
import { conversationAids, PHASE_EFFECTS } from '../../domain/phaseGuide';
import { ConversationKind, ConversationStatus, Phase } from '../../domain/state';
import { actorFacts } from '../actorFacts';
import { conversationCardView, ConversationCardView } from '../conversations/conversationCardView';
import { programmeNotFound } from './notFound';
import { AidLinkView, AidResolver } from './programmeView';
import { ViewDeps } from './viewDeps';
import { PersonView } from './viewTypes';

/**
 * How the card words its fields, given by the edge (the cards' texts), so the tab asks exactly what
 * the card asks.
 */
export interface TemplateWording {
  /** The question the card asks for `field`; `row` numbers a first learning goal's row. */
  question(field: FormField, row?: number): LocalizedText;
  /** How a choice's value reads on the card. */
  choice(value: string): LocalizedText;
  yes: LocalizedText;
  no: LocalizedText;
}

export interface TemplateFieldView {
  key: string;
  type: FormField['type'];
  question: LocalizedText;
  label: LocalizedText;
  /** The learning goal or practice element a per-line field is about. */
  about?: { label: LocalizedText; title: string };
  required: boolean;
  onlyHr: boolean;
  writers: ProgrammeRole[];
  /** What is written so far, shown as the card shows it; absent when nothing is or the caller may not see it. */
  answer?: LocalizedText;
}

export interface ConversationTemplateViewModel {
  programmeId: string;
  conversationId: string;
  kind: ConversationKind;
  title: LocalizedText;
  status: ConversationStatus;
  statusLabel: LocalizedText;
  scheduledAt: string;
  durationMinutes: number;
  trainee: PersonView;
  phase: Phase;
  phaseLabel: LocalizedText;
  effects: LocalizedText[];
  aids: AidLinkView[];
  takesPart: boolean;
  fields: TemplateFieldView[];
}

export interface ConversationTemplateRequest {
  actorId: PersonId;
  programmeId: string;
  conversationId: string;
}

export async function conversationTemplate(
  deps: ViewDeps,
  request: ConversationTemplateRequest,
  aids: AidResolver,
  wording: TemplateWording,
): Promise<ConversationTemplateViewModel> {
  const [actor, loaded] = await Promise.all([
    actorFacts(deps.people, request.actorId),
    deps.programmes.load(request.programmeId).catch((error: unknown) => {
      throw isNotFound(error) ? programmeNotFound() : error;
    }),
  ]);
  const { programme, version } = loaded;
  // Not allowed answers exactly like not there: nobody learns which programmes exist.
  if (!programme.canView(actor)) throw programmeNotFound();
  const conversation = programme.conversation(request.conversationId);
  const roles = KIND_ROLES[conversation.kind];
  const role = programme.roleOf(actor.id);
  const takesPart = role !== undefined && roles.includes(role);
  // The trainee takes part in every conversation: their card holds the fields every participant sees.
  const card = conversationCardView(programme, version, conversation.id, takesPart ? actor.id : programme.trainee.id);
  const fields = takesPart ? card.fields : card.fields.filter((f) => roles.every((r) => f.readers.includes(r)));
  const answers = takesPart ? card.answers : {};
  const phase = KIND_PHASE[conversation.kind];

  return {
    programmeId: programme.id,
    conversationId: conversation.id,
    kind: conversation.kind,
    title: CONVERSATION_KIND_LABELS[conversation.kind],
    status: conversation.status,
    statusLabel: CONVERSATION_STATUS_LABELS[conversation.status],
    scheduledAt: conversation.scheduledAt,
    durationMinutes: conversation.durationMinutes,
    trainee: { id: programme.trainee.id, name: programme.trainee.name },
    phase,
    phaseLabel: PHASE_LABELS[phase],
    effects: [...PHASE_EFFECTS[phase]],
    aids: conversationAids(conversation.kind, aids),
    takesPart,
    fields: fields.map((f) => fieldView(f, answers[f.key], card, wording)),
  };
}

function fieldView(f: FormField, written: string | undefined, card: ConversationCardView, wording: TemplateWording): TemplateFieldView {
  const row = /^goal(\d+)(Text|Evidence)$/.exec(f.key)?.[1];
  const goal = f.goalId ? card.goals.find((g) => g.id === f.goalId) : undefined;
  const block = f.blockId ? card.blocks.find((b) => b.id === f.blockId) : undefined;
  const answer = written === undefined || written.trim() === '' ? undefined : answerText(f, written, card, wording);
  return {
    key: f.key,
    type: f.type,
    question: wording.question(f, row ? Number(row) : undefined),
    label: FIELD_LABELS[f.label] ?? { da: f.label, en: f.label },
    ...(goal ? { about: { label: FIELD_LABELS.text, title: goal.text } } : {}),
    ...(block ? { about: { label: BLOCK_KIND_LABELS.practiceElement, title: block.title } } : {}),
    required: f.required,
    onlyHr: f.readers.length === 1 && f.readers[0] === 'hrConsultant',
    writers: [...f.writers],
    ...(answer ? { answer } : {}),
  };
}

/** An answer as the card shows it: choices by their names, building blocks by their titles, dates in words. */
function answerText(f: FormField, value: string, card: ConversationCardView, wording: TemplateWording): LocalizedText {
  const choice = (v: string): LocalizedText => {
    if (f.key !== 'blocksDiscussed') return wording.choice(v);
    const title = card.blocks.find((b) => b.id === v)?.title || v;
    return { da: title, en: title };
  };
  switch (f.type) {
    case 'choice':
      return choice(value);
    case 'choices': {
      const picked = splitChoices(value).map(choice);
      return { da: picked.map((c) => c.da).join(', '), en: picked.map((c) => c.en).join(', ') };
    }
    case 'toggle':
      return value === 'true' ? wording.yes : wording.no;
    case 'date':
      return calendarDateText(value);
    default:
      return { da: value, en: value };
  }
}

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { category?: string }).category === 'notFound';
}
