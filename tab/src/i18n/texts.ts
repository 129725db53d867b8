/**
 * Every text of the tab, Danish first and English second, in the product's terms (ledertrainee,
 * nærmeste leder, HR-konsulent, læringsaftale, byggeklodser, godkende, afholdt, opfølgningsmøde …).
 * The names of the programme's things (roles, fields, phases, kinds, statuses) are the domain's labels,
 * the same words the bot uses; texts that come from the server (statuses, effects) arrive in both
 * languages already.
 */
import { createContext, useContext } from 'react';
import type { LocalizedText } from '../../../bot/src/api/contract';
import { FIELD_LABELS, ROLE_LABELS, type LocalizedTemplate } from '../../../bot/src/api/contract/labels';

export type Lang = 'da' | 'en';

export const TAB_TEXTS = {
  appTitle: { da: 'Ledertrainee', en: 'Leader trainee' },
  localBanner: {
    da: 'Ingen Teams-login: du ser fanen som den demoperson, du vælger.',
    en: 'No Teams sign-in: you see the tab as the demo person you choose.',
  },
  localBannerTitle: { da: 'Lokal forhåndsvisning', en: 'Local preview' },
  persona: { da: 'Vis som', en: 'View as' },
  navMine: { da: 'Mit forløb', en: 'My programme' },
  navTrainees: { da: 'Mine ledertrainees', en: 'My leader trainees' },
  navOverview: { da: 'Oversigt', en: 'Overview' },
  mainNav: { da: 'Visninger', en: 'Views' },
  loading: { da: 'Henter …', en: 'Loading …' },
  retry: { da: 'Prøv igen', en: 'Try again' },
  openInTeams: {
    da: 'Åbn fanen i Microsoft Teams for at logge ind.',
    en: 'Open the tab in Microsoft Teams to sign in.',
  },
  noProgramme: { da: 'Du er ikke ledertrainee i et forløb.', en: 'You are not a leader trainee in a programme.' },
  noTrainees: { da: 'Du er ikke nærmeste leder for nogen ledertrainee.', en: 'You are not nearest leader of any leader trainee.' },
  nothingHere: {
    da: 'Der er ikke noget at vise for dig her endnu.',
    en: 'There is nothing to show you here yet.',
  },
  back: { da: 'Tilbage', en: 'Back' },
  // Programme view
  timeline: { da: 'Forløbets faser', en: 'Phases of the programme' },
  phaseDone: { da: 'Afsluttet', en: 'Done' },
  phaseCurrent: { da: 'Nuværende fase', en: 'Current phase' },
  phaseUpcoming: { da: 'Kommende', en: 'Upcoming' },
  effects: { da: 'Effekt af fasen', en: 'Effect of the phase' },
  aids: { da: 'Hjælperedskaber', en: 'Aids' },
  progress: { da: 'Fremdrift', en: 'Progress' },
  blocksDone: { da: 'Byggeklodser gennemført', en: 'Building blocks done' },
  periodElapsed: { da: 'Forløbsperioden', en: 'Period of the programme' },
  periodOf: { da: 'af perioden er gået', en: 'of the period has passed' },
  dueBeforeNextPhase: { da: 'Før næste fase', en: 'Before the next phase' },
  waitingForYou: { da: 'Venter på dig', en: 'Waiting for you' },
  overdue: { da: 'Forsinket', en: 'Overdue' },
  agreement: { da: 'Læringsaftale', en: 'Learning agreement' },
  noAgreement: { da: 'Der er ingen læringsaftale endnu.', en: 'There is no learning agreement yet.' },
  version: FIELD_LABELS.version,
  period: FIELD_LABELS.period,
  months: { da: 'måneder', en: 'months' },
  cadence: { da: 'Opfølgningsmøder', en: 'Follow-up meetings' },
  everyWeeks: ({ n }: { n: number }) => ({ da: `hver ${n}. uge`, en: `every ${n} weeks` }),
  goals: FIELD_LABELS.goals,
  goal: FIELD_LABELS.goalId,
  evidence: FIELD_LABELS.evidence,
  blocks: FIELD_LABELS.blocks,
  kind: FIELD_LABELS.kind,
  title: FIELD_LABELS.title,
  form: FIELD_LABELS['practice.form'],
  reach: FIELD_LABELS['practice.reach'],
  scope: FIELD_LABELS['practice.scope'],
  complexity: FIELD_LABELS['practice.complexity'],
  status: FIELD_LABELS.status,
  approvals: { da: 'Godkendelse', en: 'Approval' },
  approvedByTrainee: FIELD_LABELS.acceptedByTrainee,
  approvedByLeader: FIELD_LABELS.acceptedByLeader,
  acknowledgedByHr: FIELD_LABELS.acknowledgedByHr,
  notYet: { da: 'Ikke endnu', en: 'Not yet' },
  olderVersions: { da: 'Tidligere versioner', en: 'Earlier versions' },
  conversations: FIELD_LABELS.conversations,
  upcoming: { da: 'Kommende', en: 'Upcoming' },
  held: { da: 'Afholdte', en: 'Held' },
  noConversations: { da: 'Ingen', en: 'None' },
  join: { da: 'Deltag i mødet', en: 'Join the meeting' },
  calendarFile: { da: 'Føj til kalender (.ics)', en: 'Add to calendar (.ics)' },
  participants: FIELD_LABELS.participants,
  followUps: FIELD_LABELS.followUps,
  noFollowUps: { da: 'Ingen opfølgningsmøder endnu.', en: 'No follow-up meetings yet.' },
  learned: FIELD_LABELS.learned,
  experiences: FIELD_LABELS.experiences,
  leaderFeedback: FIELD_LABELS.leaderFeedback,
  nextActions: FIELD_LABELS.nextActions,
  nextComplexityStep: FIELD_LABELS.nextComplexityStep,
  blocksDiscussed: FIELD_LABELS.blocksDiscussed,
  personalityTest: FIELD_LABELS.personalityTest,
  trainee: ROLE_LABELS.trainee,
  leader: ROLE_LABELS.leader,
  hrConsultant: ROLE_LABELS.hrConsultant,
  department: FIELD_LABELS.department,
  phase: FIELD_LABELS.phase,
  print: { da: 'Udskriv læringsaftalen', en: 'Print the learning agreement' },
  printNow: { da: 'Udskriv', en: 'Print' },
  // Editing
  edit: { da: 'Rediger', en: 'Edit' },
  save: { da: 'Gem', en: 'Save' },
  cancel: { da: 'Annuller', en: 'Cancel' },
  addGoal: { da: 'Tilføj læringsmål', en: 'Add a learning goal' },
  addBlock: { da: 'Tilføj byggeklods', en: 'Add a building block' },
  goalText: FIELD_LABELS.text,
  approve: { da: 'Godkend læringsaftalen', en: 'Approve the learning agreement' },
  acknowledge: { da: 'Kvittér for læringsaftalen', en: 'Acknowledge the learning agreement' },
  revise: FIELD_LABELS.reviseAgreement,
  reviseReason: { da: 'Hvorfor revideres læringsaftalen?', en: 'Why is the learning agreement revised?' },
  blockStatus: ({ title }: { title: string }) => ({ da: `Status for ${title}`, en: `Status of ${title}` }),
  saved: { da: 'Gemt.', en: 'Saved.' },
  conflictTitle: { da: 'Nogen har ændret forløbet imens', en: 'Someone changed the programme meanwhile' },
  conflictKeep: {
    da: 'Dit input er bevaret nedenfor. Se den nye version. Skal dit input stadig med, så gem igen.',
    en: 'Your input is kept below. Look at the new version. If your input still belongs, save again.',
  },
  conflictBy: ({ name, at }: { name: string; at: string }) => ({ da: `Ændret af ${name} ${at}`, en: `Changed by ${name} ${at}` }),
  // Leader
  nextConversation: { da: 'Næste samtale', en: 'Next conversation' },
  open: { da: 'Åbn', en: 'Open' },
  none: { da: '—', en: '—' },
  // Overview
  cohort: { da: 'Årgangen', en: 'The cohort' },
  filters: { da: 'Filtre', en: 'Filters' },
  search: { da: 'Søg på navn', en: 'Search by name' },
  allDepartments: { da: 'Alle magistratsafdelinger', en: 'All departments' },
  allPhases: { da: 'Alle faser', en: 'All phases' },
  onlyOverdue: { da: 'Kun forsinkede', en: 'Only overdue' },
  includeClosed: { da: 'Vis også afsluttede', en: 'Also show closed' },
  exportCsv: { da: 'Eksportér som CSV', en: 'Export as CSV' },
  phaseDistribution: { da: 'Fordeling på faser', en: 'Distribution over phases' },
  agreementStatus: { da: 'Læringsaftale', en: 'Learning agreement' },
  programmes: { da: 'forløb', en: 'programmes' },
  noRows: { da: 'Ingen forløb passer til filtrene.', en: 'No programme matches the filters.' },
  sortBy: ({ column }: { column: string }) => ({ da: `Sortér efter ${column}`, en: `Sort by ${column}` }),
  feedback: { da: 'Feedback på forløbet', en: 'Feedback on the programme' },
  noFeedback: { da: 'Ingen feedback fra transitionssamtaler endnu.', en: 'No feedback from transition interviews yet.' },
  traineeSays: { da: 'Ledertraineen', en: 'The leader trainee' },
  leaderSays: { da: 'Den nærmeste leder', en: 'The nearest leader' },
  // Configuration and side panel
  configTitle: { da: 'Vælg forløbet, fanen skal vise', en: 'Choose the programme the tab shows' },
  configHelp: {
    da: 'Fanen i denne chat eller dette møde viser det valgte forløb for alle, der har adgang til det.',
    en: 'The tab in this chat or meeting shows the chosen programme to everyone who has access to it.',
  },
  programme: { da: 'Forløb', en: 'Programme' },
  choose: { da: 'Vælg …', en: 'Choose …' },
  sidePanelTitle: { da: 'Samtalen, der afholdes', en: 'The conversation being held' },
  noConversationNow: { da: 'Der er ingen aftalt samtale i dette forløb.', en: 'No conversation is scheduled in this programme.' },
  templateQuestions: { da: 'Skabelonens spørgsmål', en: "The template's questions" },
  noProgrammeToChoose: {
    da: 'Du er ikke ledertrainee, nærmeste leder eller HR-konsulent i et igangværende forløb, så der er intet forløb at vælge.',
    en: 'You are not leader trainee, nearest leader or HR consultant in an ongoing programme, so there is no programme to choose.',
  },
  onlyHrField: { da: 'Kun HR-konsulenten ser dette felt.', en: 'Only the HR consultant sees this field.' },
  answerSoFar: FIELD_LABELS.answer,
  answersOnlyForParticipants: {
    da: 'Du deltager ikke i samtalen og ser derfor kun spørgsmålene.',
    en: 'You do not take part in the conversation, so you see the questions only.',
  },
} satisfies Record<string, LocalizedText | LocalizedTemplate<never>>;

type Texts = typeof TAB_TEXTS;
export type TextKey = keyof Texts;
/** What a text needs besides its key: the parameters of a template, nothing for a fixed text. */
type Params<K extends TextKey> = Texts[K] extends LocalizedTemplate<infer P> ? [params: P] : [];

export const LangContext = createContext<Lang>('da');

/** The language to show for a Teams or browser locale: English for English locales, else Danish. */
export function langFor(locale: string | undefined): Lang {
  return /^en\b/i.test(locale ?? '') ? 'en' : 'da';
}

export function useLang(): Lang {
  return useContext(LangContext);
}

/** A text of the tab in the given language; a template is given its parameters. */
export function text<K extends TextKey>(lang: Lang, key: K, ...params: Params<K>): string {
  const entry: LocalizedText | LocalizedTemplate<never> = TAB_TEXTS[key];
  return typeof entry === 'function' ? entry(params[0] as never)[lang] : entry[lang];
}

/** `t('key')` (or `t('key', params)` for a template) in the current language. */
export function useT(): <K extends TextKey>(key: K, ...params: Params<K>) => string {
  const lang = useLang();
  return (key, ...params) => text(lang, key, ...params);
}

/** A text the server sent in both languages. */
export function pick(lang: Lang, value: LocalizedText): string {
  return value[lang];
}

const ZONE = 'Europe/Copenhagen';

/** "tirsdag den 8. september 2026 kl. 09.00" / "Tuesday 8 September 2026, 09:00" in Copenhagen time. */
export function formatDateTime(lang: Lang, iso: string): string {
  const date = new Date(iso);
  if (lang === 'en') {
    return new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date);
  }
  const day = new Intl.DateTimeFormat('da-DK', { timeZone: ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(date);
  const time = new Intl.DateTimeFormat('da-DK', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }).format(date);
  return `${day} kl. ${time}`;
}

/** A calendar date (YYYY-MM-DD or an instant) as "8. september 2026" / "8 September 2026". */
export function formatDate(lang: Lang, value: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'da-DK', { timeZone: ZONE, day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}
