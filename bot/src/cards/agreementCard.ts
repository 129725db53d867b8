/**
 * The learning agreement card (læringsaftale) and its two forms (a learning goal, a building block).
 * Every view is rendered for one person from stored state: their role decides what they may do,
 * and every Action.Execute carries the version the card shows. The view model mirrors the
 * application's AgreementView structurally (cards do not import the application).
 */
import { BuildingBlockKind, BlockStatus, Complexity, Phase, PracticeForm, PracticeType, AgreementStatus } from '../domain/state';
import { LocalizedText } from '../domain/localizedText';
import { AGREEMENT_STATUS_LABELS, BLOCK_KIND_LABELS, BLOCK_STATUS_LABELS, FIELD_LABELS, PRACTICE_FORM_LABELS, PRACTICE_REACH_LABELS, PRACTICE_TYPE_LABELS } from '../domain/labels';
import { PHASE_AIDS, PHASE_EFFECTS } from '../domain/phaseGuide';
import { MAX_LONG_TEXT, MAX_SHORT_TEXT, MAX_TEXT, MAX_TITLE } from '../domain/validation';
import { canMoveBlock } from '../domain/agreement';
import { calendarDateText } from '../domain/calendarDateText';
import mainTemplate from './agreement.json';
import goalTemplate from './agreementGoal.json';
import blockTemplate from './agreementBlock.json';
import { AdaptiveCard, expandCard } from './adaptiveCard';
import { AidLink, aidViews } from './aids';
import { AgreementTexts, agreementTextsFor } from './agreementTexts';
import { Language } from './language';
import { CardNotice, withNotice, withRefresh } from './universalActions';

/** The card's views, as named in `data.view`. */
export const AGREEMENT_VIEWS = { agreement: 'agreement', goal: 'agreement.goal', block: 'agreement.block' } as const;

/** The verbs of the agreement's buttons. */
export const AGREEMENT_VERBS = {
  approve: 'agreement.approve',
  acknowledge: 'agreement.acknowledge',
  revise: 'agreement.revise',
  setTerms: 'agreement.setTerms',
  addGoal: 'agreement.addGoal',
  updateGoal: 'agreement.updateGoal',
  removeGoal: 'agreement.removeGoal',
  addBlock: 'agreement.addBlock',
  updateBlock: 'agreement.updateBlock',
  removeBlock: 'agreement.removeBlock',
  setBlockStatus: 'agreement.setBlockStatus',
  setHrComment: 'agreement.setHrComment',
} as const;

/** Building blocks per page of the card: with 10 goals and 30 blocks it stays far below 28 KB. */
export const BLOCKS_PER_PAGE = 10;
/** Longer texts are cut on the overview (the form and the tab show them whole). */
const OVERVIEW_TEXT = 160;
const OVERVIEW_DESCRIPTION = 120;

export interface AgreementPracticeView {
  type?: PracticeType;
  form: PracticeForm;
  otherForm?: string;
  reach: 'local' | 'crossCutting';
  scope: string;
  complexity: Complexity;
}

export interface AgreementBlockView {
  id: string;
  kind: BuildingBlockKind;
  title: string;
  description: string;
  goalIds: string[];
  period: { from?: string; to?: string };
  practice?: AgreementPracticeView;
  status: BlockStatus;
}

export interface AgreementCardViewModel {
  programmeId: string;
  version: number;
  role: 'trainee' | 'leader' | 'hrConsultant' | 'observer';
  traineeName: string;
  phase: Phase;
  closed: boolean;
  shown?: {
    version: number;
    status: AgreementStatus;
    revisionReason: string;
    periodStart: string;
    periodMonths: number;
    periodEnd: string;
    followUpCadenceWeeks: number;
    goals: { id: string; text: string; evidence: string }[];
    blocks: AgreementBlockView[];
    approvedByTrainee?: { at: string; name: string };
    approvedByLeader?: { at: string; name: string };
    acknowledgedByHr?: { at: string; name: string };
    hrComment?: { at: string; name: string; text: string };
  };
  inForceVersion?: number;
  may: { edit: boolean; approve: boolean; acknowledge: boolean; revise: boolean; setStatus: boolean; comment: boolean };
  complexityWarnings: LocalizedText[];
}

export interface AgreementRenderOptions {
  language: Language;
  aids: readonly AidLink[];
  /** Teams user ids whose card refreshes by itself. */
  refreshUserIds: readonly string[];
  notice?: CardNotice;
  /** What the person typed, put back into the fields (a refused change). */
  input?: Readonly<Record<string, unknown>>;
  /** Page of the building blocks, from 1. */
  page?: number;
}

// ---------------------------------------------------------------- the overview

export function renderAgreementCard(vm: AgreementCardViewModel, options: AgreementRenderOptions): AdaptiveCard {
  const lang = options.language;
  const texts = agreementTextsFor(lang);
  const shown = vm.shown;
  const subject = { programmeId: vm.programmeId };
  const act = (extra: Record<string, unknown> = {}, view: string = AGREEMENT_VIEWS.agreement) => ({ view, ...subject, version: vm.version, ...extra });
  const open = (view: string, extra: Record<string, string> = {}) => ({ view, ...subject, ...extra });
  const editable = vm.may.edit && shown?.status === 'draft';
  const pageCount = shown ? Math.max(1, Math.ceil(shown.blocks.length / BLOCKS_PER_PAGE)) : 1;
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCount);
  const blocks = shown ? shown.blocks.slice((page - 1) * BLOCKS_PER_PAGE, page * BLOCKS_PER_PAGE) : [];
  const goalNumber = new Map(shown?.goals.map((g, i) => [g.id, i + 1]) ?? []);
  const aids = aidsOfPhase(vm.phase, options.aids, lang);

  const card = expandCard(mainTemplate, {
    texts,
    labels: labels(lang),
    limits: LIMITS,
    title: texts.title({ trainee: vm.traineeName }),
    versionLine: shown
      ? texts.versionLine({ version: shown.version, status: AGREEMENT_STATUS_LABELS[shown.status] })
      : '',
    inForce: vm.inForceVersion !== undefined ? texts.inForce({ version: vm.inForceVersion }) : '',
    note: !shown
      ? texts.noAgreement
      : vm.role === 'observer'
        ? texts.observer
        : shown.status === 'accepted' && !vm.may.edit && vm.may.revise
          ? texts.readOnly
          : '',
    facts: shown ? facts(shown, texts, lang) : [],
    effects: PHASE_EFFECTS[vm.phase].map((e) => e[lang]),
    aids,
    aidsLine: `${texts.aidsHeading}: ${aids.map((a) => `[${a.title}](${a.url})`).join(' · ')}`,
    goals: (shown?.goals ?? []).map((g, i) => ({
      text: `${i + 1}. ${cut(g.text, OVERVIEW_TEXT)}`,
      evidence: cut(g.evidence, OVERVIEW_TEXT),
      edit: editable ? open(AGREEMENT_VIEWS.goal, { goalId: g.id }) : null,
    })),
    blocks: blocks.map((b) => ({
      title: b.title,
      line: blockLine(b, goalNumber, texts, lang),
      description: cut(b.description, OVERVIEW_DESCRIPTION),
      edit: editable || vm.may.setStatus ? open(AGREEMENT_VIEWS.block, { blockId: b.id }) : null,
    })),
    more: pageCount > 1 ? `${page}/${pageCount}` : '',
    pages:
      pageCount > 1
        ? Array.from({ length: pageCount }, (_, i) => i + 1)
            .filter((n) => n !== page)
            .map((n) => ({ title: `${texts.blocksHeading} ${n}/${pageCount}`, data: open(AGREEMENT_VIEWS.agreement, { page: String(n) }) }))
        : [],
    warnings: vm.complexityWarnings.map((w) => w[lang]),
    approve: vm.may.approve ? act() : null,
    acknowledge: vm.may.acknowledge ? act() : null,
    addGoal: editable ? act({}, AGREEMENT_VIEWS.goal) : null,
    addBlock: editable ? open(AGREEMENT_VIEWS.block) : null,
    terms:
      editable && shown
        ? {
            periodStart: inputOr(options.input, 'periodStart', shown.periodStart),
            periodMonths: numberOr(options.input, 'periodMonths', shown.periodMonths),
            followUpCadenceWeeks: numberOr(options.input, 'followUpCadenceWeeks', shown.followUpCadenceWeeks),
            data: act(),
          }
        : null,
    revise: vm.may.revise ? act() : null,
    hrComment: shown?.hrComment ? `${cut(shown.hrComment.text, OVERVIEW_TEXT * 2)} (${shown.hrComment.name})` : '',
    // The remark's field is HR's alone: nobody else's card has it.
    comment: vm.may.comment ? { value: inputOr(options.input, 'hrComment', shown?.hrComment?.text ?? ''), data: act() } : null,
  });
  const refreshed = withRefresh(card, {
    view: AGREEMENT_VIEWS.agreement,
    subject: page > 1 ? { ...subject, page: String(page) } : subject,
    userIds: options.refreshUserIds,
  });
  return withNotice(refreshed, options.notice);
}

// ---------------------------------------------------------------- a learning goal

export function renderAgreementGoalCard(vm: AgreementCardViewModel, goalId: string | undefined, options: AgreementRenderOptions): AdaptiveCard {
  const lang = options.language;
  const texts = agreementTextsFor(lang);
  const goal = goalId ? vm.shown?.goals.find((g) => g.id === goalId) : undefined;
  const editable = vm.may.edit && vm.shown?.status === 'draft';
  if (!vm.shown || !editable || (goalId && !goal)) return renderAgreementCard(vm, options);
  const subject = { programmeId: vm.programmeId };
  const act = (extra: Record<string, string> = {}) => ({ view: AGREEMENT_VIEWS.goal, ...subject, version: vm.version, ...extra });
  const card = expandCard(goalTemplate, {
    texts,
    labels: labels(lang),
    limits: LIMITS,
    title: goal ? texts.editGoalTitle : texts.newGoalTitle,
    subtitle: texts.title({ trainee: vm.traineeName }),
    values: {
      text: inputOr(options.input, 'text', goal?.text ?? ''),
      evidence: inputOr(options.input, 'evidence', goal?.evidence ?? ''),
    },
    saveVerb: goal ? AGREEMENT_VERBS.updateGoal : AGREEMENT_VERBS.addGoal,
    save: goal ? act({ goalId: goal.id }) : act(),
    remove: goal ? { view: AGREEMENT_VIEWS.agreement, ...subject, version: vm.version, goalId: goal.id } : null,
    back: { view: AGREEMENT_VIEWS.agreement, ...subject },
  });
  return withNotice(withRefresh(card, { view: AGREEMENT_VIEWS.agreement, subject, userIds: options.refreshUserIds }), options.notice);
}

// ---------------------------------------------------------------- a building block

export function renderAgreementBlockCard(vm: AgreementCardViewModel, blockId: string | undefined, options: AgreementRenderOptions): AdaptiveCard {
  const lang = options.language;
  const texts = agreementTextsFor(lang);
  const shown = vm.shown;
  const block = blockId ? shown?.blocks.find((b) => b.id === blockId) : undefined;
  const editable = vm.may.edit && shown?.status === 'draft';
  const statusChoices = block ? nextStatuses(block.status) : [];
  const canSetStatus = Boolean(block && vm.may.setStatus && statusChoices.length > 0);
  if (!shown || (blockId && !block) || (!editable && !canSetStatus) || (!block && !editable)) return renderAgreementCard(vm, options);
  const subject = { programmeId: vm.programmeId };
  const act = (extra: Record<string, string> = {}) => ({ view: AGREEMENT_VIEWS.block, ...subject, version: vm.version, ...extra });
  const input = options.input;
  const kinds = (block?.kind === 'leaderAspirantCourse' ? (['leaderAspirantCourse'] as const) : (['leaderRoleIntroduction', 'practiceElement', 'course'] as const)).map(
    (k) => ({ title: BLOCK_KIND_LABELS[k][lang], value: k }),
  );
  const numberOf = new Map(shown.goals.map((g, i) => [g.id, i + 1]));
  const card = expandCard(blockTemplate, {
    texts,
    labels: labels(lang),
    limits: LIMITS,
    title: block ? (editable ? texts.editBlockTitle : block.title) : texts.newBlockTitle,
    subtitle: block ? blockLine(block, numberOf, texts, lang) : texts.title({ trainee: vm.traineeName }),
    statusLine: '',
    editable,
    kinds,
    goals: shown.goals.map((g, i) => ({ title: `${i + 1}. ${cut(g.text, 80)}`, value: g.id })),
    types: choices(PRACTICE_TYPE_LABELS, lang),
    reaches: choices(PRACTICE_REACH_LABELS, lang),
    forms: choices(PRACTICE_FORM_LABELS, lang),
    complexities: ([1, 2, 3] as const).map((c) => ({ title: String(c), value: String(c) })),
    statuses: statusChoices.map((s) => ({ title: BLOCK_STATUS_LABELS[s][lang], value: s })),
    values: {
      kind: inputOr(input, 'kind', block?.kind ?? 'practiceElement'),
      title: inputOr(input, 'title', block?.title ?? ''),
      description: inputOr(input, 'description', block?.description ?? ''),
      goalIds: inputOr(input, 'goalIds', block?.goalIds.join(',') ?? ''),
      from: inputOr(input, 'from', block?.period.from ?? ''),
      to: inputOr(input, 'to', block?.period.to ?? ''),
      practiceType: inputOr(input, 'practiceType', block?.practice?.type ?? ''),
      practiceReach: inputOr(input, 'practiceReach', block?.practice?.reach ?? ''),
      practiceForm: inputOr(input, 'practiceForm', block?.practice?.form ?? ''),
      practiceOtherForm: inputOr(input, 'practiceOtherForm', block?.practice?.otherForm ?? ''),
      practiceScope: inputOr(input, 'practiceScope', block?.practice?.scope ?? ''),
      practiceComplexity: inputOr(input, 'practiceComplexity', block?.practice ? String(block.practice.complexity) : ''),
      status: inputOr(input, 'status', statusChoices[0] ?? ''),
    },
    saveVerb: block ? AGREEMENT_VERBS.updateBlock : AGREEMENT_VERBS.addBlock,
    save: block ? act({ blockId: block.id }) : act(),
    remove: block && block.kind !== 'leaderAspirantCourse' ? { view: AGREEMENT_VIEWS.agreement, ...subject, version: vm.version, blockId: block.id } : null,
    setStatus: canSetStatus && block ? act({ blockId: block.id }) : null,
    back: { view: AGREEMENT_VIEWS.agreement, ...subject },
  });
  return withNotice(withRefresh(card, { view: AGREEMENT_VIEWS.agreement, subject, userIds: options.refreshUserIds }), options.notice);
}

// ---------------------------------------------------------------- choosing a programme

export interface AgreementChoice {
  programmeId: string;
  traineeName: string;
}

/** `læringsaftale` with several programmes: one button each, opening that programme's agreement in place. */
export function renderAgreementChoiceCard(language: Language, programmes: readonly AgreementChoice[]): AdaptiveCard {
  const texts = agreementTextsFor(language);
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [{ type: 'TextBlock', text: programmes.length > 0 ? texts.choiceTitle : texts.choiceNone, weight: 'Bolder', wrap: true }],
    actions: programmes.slice(0, 6).map((p) => ({
      type: 'Action.Execute',
      title: p.traineeName,
      verb: 'refresh',
      data: { view: AGREEMENT_VIEWS.agreement, programmeId: p.programmeId },
    })),
  };
}

// ---------------------------------------------------------------- pieces

const LIMITS = {
  goalText: MAX_SHORT_TEXT,
  goalEvidence: MAX_TEXT,
  title: MAX_TITLE,
  description: MAX_LONG_TEXT,
  scope: MAX_SHORT_TEXT,
  reason: MAX_TEXT,
};

function labels(lang: Language) {
  const label = (key: string) => FIELD_LABELS[key][lang];
  return {
    text: label('text'),
    evidence: label('evidence'),
    kind: label('kind'),
    title: label('title'),
    description: label('description'),
    type: label('practice.type'),
    reach: label('practice.reach'),
    form: label('practice.form'),
    otherForm: label('practice.otherForm'),
    scope: label('practice.scope'),
    complexity: label('practice.complexity'),
    cadence: label('followUpCadenceWeeks'),
    hrComment: label('hrComment'),
  };
}

function choices<K extends string>(labelsOf: Readonly<Record<K, LocalizedText>>, lang: Language): { title: string; value: K }[] {
  return (Object.keys(labelsOf) as K[]).map((value) => ({ title: labelsOf[value][lang], value }));
}

function nextStatuses(from: BlockStatus): BlockStatus[] {
  return (['inProgress', 'done', 'dropped'] as const).filter((to) => canMoveBlock(from, to));
}

function facts(shown: NonNullable<AgreementCardViewModel['shown']>, texts: AgreementTexts, lang: Language): { title: string; value: string }[] {
  const signed = (s: { at: string; name: string } | undefined) => (s ? `${s.name}, ${formatDate(s.at.slice(0, 10), lang)}` : texts.notYet);
  return [
    { title: texts.period, value: `${formatDate(shown.periodStart, lang)} – ${formatDate(shown.periodEnd, lang)} (${texts.months({ months: shown.periodMonths })})` },
    { title: texts.cadence, value: texts.cadenceValue({ weeks: shown.followUpCadenceWeeks }) },
    ...(shown.revisionReason ? [{ title: texts.revisionReason, value: cut(shown.revisionReason, OVERVIEW_TEXT) }] : []),
    { title: texts.approvedByTrainee, value: signed(shown.approvedByTrainee) },
    { title: texts.approvedByLeader, value: signed(shown.approvedByLeader) },
    { title: texts.acknowledgedByHr, value: signed(shown.acknowledgedByHr) },
  ];
}

/** "Praksiselement · Projekt · Tværgående · Praktik · kompleksitet 2 · 1.3.2025–30.6.2025 · i gang · mål 1, 2" */
function blockLine(b: AgreementBlockView, goalNumber: ReadonlyMap<string, number>, texts: AgreementTexts, lang: Language): string {
  const parts = [BLOCK_KIND_LABELS[b.kind][lang]];
  if (b.practice) {
    if (b.practice.type) parts.push(PRACTICE_TYPE_LABELS[b.practice.type][lang]);
    parts.push(PRACTICE_REACH_LABELS[b.practice.reach][lang]);
    parts.push(b.practice.form === 'other' && b.practice.otherForm ? cut(b.practice.otherForm, 60) : PRACTICE_FORM_LABELS[b.practice.form][lang]);
    parts.push(texts.complexity({ level: b.practice.complexity }));
  }
  if (b.period.from || b.period.to) parts.push(`${b.period.from ? formatDate(b.period.from, lang) : '…'}–${b.period.to ? formatDate(b.period.to, lang) : '…'}`);
  parts.push(BLOCK_STATUS_LABELS[b.status][lang]);
  const goals = b.goalIds.map((id) => goalNumber.get(id)).filter((n): n is number => n !== undefined);
  if (goals.length > 0) parts.push(`${texts.goalsHeading.toLowerCase()} ${goals.join(', ')}`);
  return parts.join(' · ');
}

function aidsOfPhase(phase: Phase, links: readonly AidLink[], lang: Language): { title: string; url: string }[] {
  const keys = new Set<string>(['skabelonLaeringsaftale', ...PHASE_AIDS[phase]]);
  return aidViews(
    links.filter((l) => keys.has(l.key)),
    lang,
  ).map((a) => ({ title: a.title, url: a.url }));
}

function inputOr(input: Readonly<Record<string, unknown>> | undefined, key: string, fallback: string): string {
  const value = input?.[key];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : fallback;
}

/** An Input.Number's value must be a number (schema 1.5): the person's own number if it is one, else the stored one. */
function numberOr(input: Readonly<Record<string, unknown>> | undefined, key: string, fallback: number): number {
  const own = inputOr(input, key, '').trim();
  return own !== '' && Number.isFinite(Number(own)) ? Number(own) : fallback;
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** A calendar date (YYYY-MM-DD) as people read it: "1. februar 2025", "1 February 2025". */
function formatDate(date: string, lang: Language): string {
  return calendarDateText(date)[lang];
}
