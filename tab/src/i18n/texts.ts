/**
 * Every text of the tab, Danish first and English second, in the product's terms (ledertrainee,
 * nærmeste leder, HR-konsulent, læringsaftale, byggeklodser, godkende, afholdt, opfølgningsmøde …).
 * Texts that come from the server (phase names, statuses, effects) arrive in both languages already.
 */
import { createContext, useContext } from 'react';
import type { LocalizedText } from '../../../bot/src/api/contract';

export type Lang = 'da' | 'en';

const texts = {
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
  version: { da: 'Version', en: 'Version' },
  period: { da: 'Periode', en: 'Period' },
  months: { da: 'måneder', en: 'months' },
  cadence: { da: 'Opfølgningsmøder', en: 'Follow-up meetings' },
  everyWeeks: { da: 'hver {n}. uge', en: 'every {n} weeks' },
  goals: { da: 'Læringsmål', en: 'Learning goals' },
  goal: { da: 'Læringsmål', en: 'Learning goal' },
  evidence: { da: 'Sådan ser vi det', en: 'How we will see it' },
  blocks: { da: 'Byggeklodser', en: 'Building blocks' },
  kind: { da: 'Type', en: 'Kind' },
  title: { da: 'Titel', en: 'Title' },
  form: { da: 'Form', en: 'Form' },
  reach: { da: 'Forankring', en: 'Reach' },
  scope: { da: 'Omfang', en: 'Scope' },
  complexity: { da: 'Kompleksitet', en: 'Complexity' },
  status: { da: 'Status', en: 'Status' },
  approvals: { da: 'Godkendelse', en: 'Approval' },
  approvedByTrainee: { da: 'Godkendt af ledertraineen', en: 'Approved by the leader trainee' },
  approvedByLeader: { da: 'Godkendt af nærmeste leder', en: 'Approved by the nearest leader' },
  acknowledgedByHr: { da: 'Kvitteret af HR-konsulenten', en: 'Acknowledged by the HR consultant' },
  notYet: { da: 'Ikke endnu', en: 'Not yet' },
  olderVersions: { da: 'Tidligere versioner', en: 'Earlier versions' },
  conversations: { da: 'Samtaler', en: 'Conversations' },
  upcoming: { da: 'Kommende', en: 'Upcoming' },
  held: { da: 'Afholdte', en: 'Held' },
  noConversations: { da: 'Ingen', en: 'None' },
  join: { da: 'Deltag i mødet', en: 'Join the meeting' },
  calendarFile: { da: 'Føj til kalender (.ics)', en: 'Add to calendar (.ics)' },
  participants: { da: 'Deltagere', en: 'Participants' },
  followUps: { da: 'Referater af opfølgningsmøderne', en: 'Notes of the follow-up meetings' },
  noFollowUps: { da: 'Ingen opfølgningsmøder endnu.', en: 'No follow-up meetings yet.' },
  learned: { da: 'Hvad har ledertraineen lært?', en: 'What has the leader trainee learned?' },
  experiences: { da: 'Erfaringer', en: 'Experiences' },
  leaderFeedback: { da: 'Nærmeste leders feedback', en: "The nearest leader's feedback" },
  nextActions: { da: 'Næste skridt', en: 'Next actions' },
  nextComplexityStep: { da: 'Næste trin i kompleksitet', en: 'Next step in complexity' },
  blocksDiscussed: { da: 'Byggeklodser drøftet', en: 'Building blocks discussed' },
  personalityTest: { da: 'Persontest', en: 'Personality test' },
  trainee: { da: 'Ledertrainee', en: 'Leader trainee' },
  leader: { da: 'Nærmeste leder', en: 'Nearest leader' },
  hrConsultant: { da: 'HR-konsulent', en: 'HR consultant' },
  department: { da: 'Magistratsafdeling', en: 'Department' },
  phase: { da: 'Fase', en: 'Phase' },
  print: { da: 'Udskriv læringsaftalen', en: 'Print the learning agreement' },
  printNow: { da: 'Udskriv', en: 'Print' },
  // Editing
  edit: { da: 'Rediger', en: 'Edit' },
  save: { da: 'Gem', en: 'Save' },
  cancel: { da: 'Annuller', en: 'Cancel' },
  addGoal: { da: 'Tilføj læringsmål', en: 'Add a learning goal' },
  addBlock: { da: 'Tilføj byggeklods', en: 'Add a building block' },
  goalText: { da: 'Læringsmål', en: 'Learning goal' },
  approve: { da: 'Godkend læringsaftalen', en: 'Approve the learning agreement' },
  acknowledge: { da: 'Kvittér for læringsaftalen', en: 'Acknowledge the learning agreement' },
  revise: { da: 'Revidér læringsaftalen', en: 'Revise the learning agreement' },
  reviseReason: { da: 'Hvorfor revideres læringsaftalen?', en: 'Why is the learning agreement revised?' },
  blockStatus: { da: 'Status for {title}', en: 'Status of {title}' },
  saved: { da: 'Gemt.', en: 'Saved.' },
  conflictTitle: { da: 'Nogen har ændret forløbet imens', en: 'Someone changed the programme meanwhile' },
  conflictKeep: {
    da: 'Dit input er bevaret nedenfor. Se den nye version, og gem igen, hvis det stadig skal med.',
    en: 'Your input is kept below. Look at the new version and save again if it still belongs.',
  },
  conflictBy: { da: 'Ændret af {name} {at}', en: 'Changed by {name} {at}' },
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
  sortBy: { da: 'Sortér efter {column}', en: 'Sort by {column}' },
  feedback: { da: 'Feedback på forløbet', en: 'Feedback on the programme' },
  noFeedback: { da: 'Ingen feedback fra transitionssamtaler endnu.', en: 'No feedback from transition interviews yet.' },
  traineeSays: { da: 'Ledertraineen', en: 'The leader trainee' },
  leaderSays: { da: 'Nærmeste leder', en: 'The nearest leader' },
  // Configuration and side panel
  configTitle: { da: 'Vælg forløbet, fanen skal vise', en: 'Choose the programme the tab shows' },
  configHelp: {
    da: 'Fanen i denne chat eller dette møde viser det valgte forløb for alle, der har adgang til det.',
    en: 'The tab in this chat or meeting shows the chosen programme to everyone who has access to it.',
  },
  programme: { da: 'Forløb', en: 'Programme' },
  choose: { da: 'Vælg …', en: 'Choose …' },
  sidePanelTitle: { da: 'Samtalen, der afholdes', en: 'The conversation being held' },
  noConversationNow: { da: 'Ingen samtale er booket i dette forløb.', en: 'No conversation is booked in this programme.' },
  templateQuestions: { da: 'Skabelonens spørgsmål', en: "The template's questions" },
} satisfies Record<string, LocalizedText>;

export type TextKey = keyof typeof texts;

export const LangContext = createContext<Lang>('da');

/** The language to show for a Teams or browser locale: English for English locales, else Danish. */
export function langFor(locale: string | undefined): Lang {
  return /^en\b/i.test(locale ?? '') ? 'en' : 'da';
}

export function useLang(): Lang {
  return useContext(LangContext);
}

/** A text of the tab in the given language, with {placeholders} filled in. */
export function text(lang: Lang, key: TextKey, values: Record<string, string | number> = {}): string {
  return texts[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** `t('key')` for the current language. */
export function useT(): (key: TextKey, values?: Record<string, string | number>) => string {
  const lang = useLang();
  return (key, values) => text(lang, key, values);
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
