/**
 * The conversation cards: each interview template (start-up part 1 and 2, the midway and the
 * transition interview) and the referat af opfølgningsmødet, as one person sees it. Inputs only for
 * the answers that person writes, on a card that can still be written on; everything else is shown
 * as text. HR-only answers never reach a card for anyone else (the view holds only what the person
 * may see). Each card shows what its phase should give (the seed's effects) and links its aids.
 *
 * Buttons are Action.Execute (with an Action.Submit fallback) carrying only the programme, the
 * conversation and the version the card shows; who acts is taken from the activity.
 *
 * Size: a card stays under TEAMS' 28 KB whatever was written. When it would not, the longest
 * answers are shown shortened as text instead of in an input; as an input that is not sent is
 * kept as stored, nothing is lost (the whole text is in the tab).
 */
import template from './conversationCard.json';
import { formatDateTime } from '../domain/calendar';
import { KIND_PHASE } from '../domain/conversationKinds';
import { FormField, splitChoices } from '../domain/conversationForms';
import { CONVERSATION_KIND_LABELS } from '../domain/labels';
import { inLanguage } from '../domain/localizedText';
import { conversationAids, PHASE_EFFECTS } from '../domain/phaseGuide';
import { ProgrammeRole } from '../domain/people';
import { ConversationKind, ConversationStatus } from '../domain/state';
import { AdaptiveCard, expandCard } from './adaptiveCard';
import { AidLink, aidViews } from './aids';
import { CARD_VERBS } from './cardVerbs';
import { choiceLabel, CONVERSATION_TEXTS, questionFor } from './conversationTexts';
import { Language } from './language';
import { fieldElements, FieldView } from './conversationFields';
import { formatDate } from './nominationFormat';
import { CardNotice, withNotice, withRefresh } from './universalActions';

/** The view name Universal Actions render this card by (refresh, and after a refused action). */
export const CONVERSATION_VIEW = 'conversation';

/** A conversation as one person sees it; the application's `ConversationCardView` fits as it is. */
export interface ConversationCardView {
  programmeId: string;
  conversationId: string;
  version: number;
  kind: ConversationKind;
  status: ConversationStatus;
  scheduledAt: string;
  role: ProgrammeRole;
  traineeName: string;
  participants: readonly { name: string; role: ProgrammeRole }[];
  writable: boolean;
  /** The fields this person sees (never another role's private ones). */
  fields: readonly FormField[];
  answers: Readonly<Record<string, string>>;
  goals: readonly { id: string; text: string }[];
  blocks: readonly { id: string; title: string }[];
  draftSaved?: { at: string; byName: string };
  documented?: { at: string; byName: string };
  agreement?: { version: number; status: string; goals: readonly { text: string; evidence: string }[] };
}

export interface ConversationCardViewModel {
  language: Language;
  view: ConversationCardView;
  /** The configured aids; the card links those of its conversation. */
  aids: readonly AidLink[];
  /** Said on top: saved, refused (with the reason) or changed by someone else. */
  notice?: CardNotice;
  /** Answers refused, by input key, with the reason. */
  problems?: readonly { key: string; text: string }[];
  /** The person's own input to show instead of what is stored (after a refusal: nothing is lost). */
  input?: Readonly<Record<string, unknown>>;
  /** Teams user ids ('29:…') whose clients fetch the current card for themselves (refresh). */
  refreshUserIds?: readonly string[];
  /** For someone not in this conversation: when and with whom, what the phase gives, no answers. */
  infoOnly?: boolean;
}

/** Bytes a conversation card may take (Teams refuses messages over 28 KB; the activity needs some). */
export const CONVERSATION_CARD_BUDGET_BYTES = 26_000;
/** Characters of an answer shown when it is shortened to make the card fit. */
const SHORTENED_CHARS = 400;

export function renderConversationCard(vm: ConversationCardViewModel): AdaptiveCard {
  const collapsed = new Set<string>();
  let card = render(vm, collapsed);
  // Longest answers first, until the card fits.
  const long = vm.view.fields
    .map((f) => ({ key: f.key, length: valueOf(vm, f).length }))
    .filter((f) => f.length > SHORTENED_CHARS)
    .sort((a, b) => b.length - a.length);
  for (const field of long) {
    if (sizeOf(card) <= CONVERSATION_CARD_BUDGET_BYTES) break;
    collapsed.add(field.key);
    card = render(vm, collapsed);
  }
  return card;
}

function render(vm: ConversationCardViewModel, collapsed: ReadonlySet<string>): AdaptiveCard {
  const { view, language } = vm;
  const texts = inLanguage(CONVERSATION_TEXTS, language);
  const kind = CONVERSATION_KIND_LABELS[view.kind];
  const subject = { programmeId: view.programmeId, conversationId: view.conversationId };
  // `kind` only routes a follow-up's button to its referat; the use case checks it against what is stored.
  const data = { view: CONVERSATION_VIEW, ...subject, kind: view.kind, version: view.version };
  const problems = vm.problems ?? [];
  const isFollowUp = view.kind === 'followUp';

  const seenGoals = new Set<string>();
  const seenBlocks = new Set<string>();
  const fields = (vm.infoOnly ? [] : view.fields).map((f): FieldView => {
    let heading = '';
    if (f.goalId && !seenGoals.has(f.goalId)) {
      seenGoals.add(f.goalId);
      heading = texts.goalHeading({ goal: view.goals.find((g) => g.id === f.goalId)?.text ?? '' });
    }
    if (f.blockId && !seenBlocks.has(f.blockId)) {
      seenBlocks.add(f.blockId);
      heading = texts.blockHeading({ block: view.blocks.find((b) => b.id === f.blockId)?.title ?? '' });
    }
    if (f.key === 'goal1Text') heading = texts.firstGoalsHeading;
    const rowNumber = /^goal(\d+)(Text|Evidence)$/.exec(f.key)?.[1];
    const writes = view.writable && f.writers.includes(view.role);
    const value = valueOf(vm, f);
    const shortened = collapsed.has(f.key);
    const input = writes && !shortened ? f.type : 'none';
    const hr = f.readers.length === 1 && f.readers[0] === 'hrConsultant';
    const hint = hr
      ? texts.onlyHr
      : view.writable && !f.writers.includes(view.role) && f.writers.length === 1
        ? texts.writtenBy({ role: f.writers[0] })
        : '';
    return {
      key: f.key,
      heading,
      question: questionFor(f.key, f.label, language, rowNumber ? Number(rowNumber) : undefined),
      hint: shortened ? [hint, texts.shortened].filter(Boolean).join(' ') : hint,
      input,
      value: f.type === 'toggle' ? (value === 'true' ? 'true' : 'false') : value,
      multiline: f.multiline === true,
      maxLength: f.max ?? 2000,
      min: f.min ?? 0,
      max: f.max ?? 0,
      dateMin: f.range?.from ?? '',
      dateMax: f.range?.to ?? '',
      toggleTitle: texts.toggleOn[f.key] ?? texts.yes,
      choices: (f.choices ?? []).map((c) => ({ title: choiceTitle(vm, f, c), value: c })),
      display: shortened ? shorten(value, SHORTENED_CHARS) : displayOf(vm, f, value),
      error: problems.filter((p) => p.key === f.key).map((p) => p.text).join(' '),
    };
  });

  const actions = view.writable && !vm.infoOnly
    ? [
        { title: texts.saveDraft, verb: CARD_VERBS.conversationSaveDraft, style: 'default' },
        { title: isFollowUp ? texts.saveReferat : texts.document, verb: CARD_VERBS.conversationDocument, style: 'positive' },
      ].map((a) => ({ ...a, data, submitData: { verb: a.verb, ...data } }))
    : [];

  const notice = vm.infoOnly ? texts.infoOnly : view.writable ? '' : view.status === 'documented' ? texts.readOnly : texts.readOnlyMovedOn;
  const noticeColor = 'Default';
  const agreement = view.agreement;

  const card = expandCard(template, {
    texts,
    title: isFollowUp ? texts.followUpTitle : kind[language],
    subtitle: texts.subtitle({ kind, trainee: view.traineeName }),
    when: formatDateTime(view.scheduledAt, language),
    participants: view.participants.map((p) => p.name).join(', '),
    status: statusOf(vm),
    notice,
    noticeColor,
    problems: problems.map((p) => p.text),
    effects: PHASE_EFFECTS[KIND_PHASE[view.kind]].map((e) => e[language]),
    aids: aidsOf(view.kind, vm.aids, language),
    hasAgreement: agreement !== undefined,
    agreement: agreement
      ? {
          summary: (agreement.status === 'draft' ? texts.agreementDraft : texts.agreementApproved)({ version: agreement.version }),
          goals: agreement.goals.map((g) => `**${g.text}** – ${g.evidence}`),
        }
      : { summary: '', goals: [] },
    fieldElements: fields.flatMap(fieldElements),
    actions,
  });
  const userIds = (vm.refreshUserIds ?? []).filter((id) => id !== '');
  const refreshed = userIds.length > 0 ? withRefresh(card, { view: CONVERSATION_VIEW, subject, userIds }) : card;
  return withNotice(refreshed, vm.notice);
}

/** What the field shows: the person's own unsaved input when given, else what is stored. */
function valueOf(vm: ConversationCardViewModel, f: FormField): string {
  const own = vm.input?.[f.key];
  if (own !== undefined && own !== null && f.writers.includes(vm.view.role)) return String(own);
  // Before anyone wrote it, an open card offers the template's default (the 12 months of the period).
  return vm.view.answers[f.key] ?? (vm.view.writable ? (f.initial ?? '') : '');
}

function choiceTitle(vm: ConversationCardViewModel, f: FormField, value: string): string {
  if (f.key === 'blocksDiscussed') return vm.view.blocks.find((b) => b.id === value)?.title || value;
  return choiceLabel(value, vm.language);
}

function displayOf(vm: ConversationCardViewModel, f: FormField, value: string): string {
  const texts = inLanguage(CONVERSATION_TEXTS, vm.language);
  if (value.trim() === '') return texts.notAnswered;
  switch (f.type) {
    case 'choice':
      return choiceTitle(vm, f, value);
    case 'choices':
      return splitChoices(value)
        .map((c) => choiceTitle(vm, f, c))
        .join(', ');
    case 'toggle':
      return value === 'true' ? texts.yes : texts.no;
    case 'date':
      return formatDate(value, vm.language);
    default:
      return value;
  }
}

function statusOf(vm: ConversationCardViewModel): string {
  const { view, language } = vm;
  const texts = inLanguage(CONVERSATION_TEXTS, language);
  const when = (at: string) => formatDateTime(at, language);
  const base =
    view.status === 'documented' && view.documented
      ? texts.statusDocumented({ date: when(view.documented.at), name: view.documented.byName })
      : view.status === 'cancelled'
        ? texts.statusCancelled
        : view.status === 'held'
          ? texts.statusHeld
          : texts.statusBooked;
  const draft = view.draftSaved ? texts.draftSaved({ date: when(view.draftSaved.at), name: view.draftSaved.byName }) : '';
  return [base, draft].filter(Boolean).join(' · ');
}

function aidsOf(kind: ConversationKind, links: readonly AidLink[], language: Language) {
  const chosen = conversationAids(kind, (keys) => links.filter((l) => keys.includes(l.key)));
  return aidViews(chosen, language).map((a) => ({ title: a.title, url: a.url }));
}

/** A conversation's card as delivered when it is due (application/conversations/deliverConversationCards.ts). */
export function conversationProgrammeCard(
  view: ConversationCardView,
  options: { language: Language; refreshUserIds: readonly string[]; infoOnly: boolean },
  aids: readonly AidLink[],
): { card: Record<string, unknown>; summary: string } {
  const texts = inLanguage(CONVERSATION_TEXTS, options.language);
  const card = renderConversationCard({ language: options.language, view, aids, refreshUserIds: options.refreshUserIds, infoOnly: options.infoOnly });
  return { card, summary: texts.dueSummary({ kind: CONVERSATION_KIND_LABELS[view.kind], trainee: view.traineeName }) };
}

function sizeOf(card: AdaptiveCard): number {
  return new TextEncoder().encode(JSON.stringify(card)).length;
}

/** At most `max` characters (whole code points), with an ellipsis when shortened. */
function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
