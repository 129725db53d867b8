/**
 * The texts of the conversation cards (the interview templates and the referat af opfølgningsmødet),
 * beside their template (conversationCard.json). Questions are written as questions; notes fields
 * are named by the domain's field labels, the titles are the domain's conversation labels.
 */
import { BLOCK_KIND_LABELS, FIELD_LABELS } from '../domain/labels';
import { LocalizedTemplate, LocalizedText } from '../domain/localizedText';
import { ProgrammeRole } from '../domain/people';
import { FrameItem, GoalProgress, Readiness, StartupFormat } from '../domain/state';
import { Language } from './language';

/** The question a first-goal row asks, by its number. */
type RowQuestion = LocalizedTemplate<{ n: number }>;

/** The question each answer key asks. Per-goal and per-block answers are looked up by their label. */
const QUESTIONS: Readonly<Record<string, LocalizedText | RowQuestion>> = {
  format: { da: 'Hvordan afholdes første del?', en: 'How is part 1 held?' },
  frameIntroduced: { da: 'Hvad har HR-konsulenten introduceret?', en: 'What has the HR consultant introduced?' },
  personalityFeedbackGiven: {
    da: 'Har ledertraineen fået feedback på persontesten?',
    en: 'Has the leader trainee had feedback on the personality test?',
  },
  periodMonths: {
    da: 'Hvor mange måneder varer forløbet? (normalt 12)',
    en: 'How many months does the programme run? (usually 12)',
  },
  hoursPerWeek: {
    da: 'Hvor mange timer om ugen sætter I af til forløbet?',
    en: 'How many hours a week do you set aside for the programme?',
  },
  part2Date: {
    da: 'Hvornår afholder ledertraineen og lederen anden del?',
    en: 'When do the leader trainee and the leader hold part 2?',
  },
  hrNotes: FIELD_LABELS.hrNotes,
  motivation: {
    da: 'Hvad motiverer ledertraineen til at blive leder?',
    en: 'What motivates the leader trainee to become a leader?',
  },
  strengths: { da: 'Hvad er ledertraineens styrker?', en: "What are the leader trainee's strengths?" },
  developmentAreas: {
    da: 'Hvad vil ledertraineen udvikle (svagheder og udviklingsområder)?',
    en: 'What does the leader trainee want to develop (weaknesses and areas to develop)?',
  },
  traineeExpectations: {
    da: 'Hvad forventer ledertraineen af forløbet og af lederen?',
    en: 'What does the leader trainee expect of the programme and of the leader?',
  },
  leaderExpectations: {
    da: 'Hvad forventer lederen af ledertraineen?',
    en: 'What does the leader expect of the leader trainee?',
  },
  commitments: { da: 'Hvad forpligter I jer gensidigt på?', en: 'What do you commit to, mutually?' },
  text: ({ n }) => ({ da: `${FIELD_LABELS.text.da} ${n}`, en: `${FIELD_LABELS.text.en} ${n}` }),
  evidence: ({ n }) => ({ da: `Hvordan kan vi se, at mål ${n} er nået?`, en: `How will we see that goal ${n} is reached?` }),
  blocksDiscussed: { da: 'Hvilke byggeklodser talte I om?', en: 'Which building blocks did you talk about?' },
  learned: { da: 'Hvad har ledertraineen lært siden sidst?', en: 'What has the leader trainee learned since last time?' },
  experiences: { da: 'Hvilke erfaringer har ledertraineen gjort?', en: 'What experiences has the leader trainee had?' },
  supervision: {
    da: 'Hvilken sparring og supervision giver lederen på praksiselementet?',
    en: 'What sparring and supervision does the leader give on the practice element?',
  },
  leaderFeedback: { da: 'Hvilken feedback giver lederen?', en: 'What feedback does the leader give?' },
  nextActions: { da: 'Hvad er de næste handlinger?', en: 'What are the next actions?' },
  nextComplexityStep: { da: 'Hvad er næste trin i kompleksitet?', en: 'What is the next step up in complexity?' },
  status: { da: 'Hvor langt er målet?', en: 'How far is the goal?' },
  comment: FIELD_LABELS.comment,
  whatWorks: { da: 'Hvad virker godt?', en: 'What works well?' },
  whatToAdjust: { da: 'Hvad skal justeres?', en: 'What should be adjusted?' },
  network: {
    da: 'Hvilket netværk har ledertraineen fået på tværs af kommunen?',
    en: 'What network has the leader trainee built across the municipality?',
  },
  reviseAgreement: { da: 'Skal læringsaftalen revideres?', en: 'Should the learning agreement be revised?' },
  effect: { da: 'Hvilken effekt har det haft?', en: 'What effect has it had?' },
  result: { da: 'Hvilket resultat er nået?', en: 'What result was reached?' },
  learning: { da: 'Hvad har ledertraineen lært af forløbet?', en: 'What has the leader trainee learned from the programme?' },
  nextStep: { da: 'Hvad er næste skridt mod det første lederjob?', en: 'What is the next step toward a first leader job?' },
  readiness: { da: 'Hvor står ledertraineen nu?', en: 'Where does the leader trainee stand now?' },
  traineeFeedback: {
    da: 'Hvilken feedback giver ledertraineen på selve forløbet?',
    en: 'What feedback does the leader trainee give on the programme itself?',
  },
  programmeLeaderFeedback: {
    da: 'Hvilken feedback giver lederen på selve forløbet?',
    en: 'What feedback does the leader give on the programme itself?',
  },
};

const CHOICES: Readonly<Record<StartupFormat | FrameItem | GoalProgress | Readiness, LocalizedText>> = {
  individual: {
    da: 'Individuel samtale: ledertrainee, leder og HR-konsulent',
    en: 'Individual meeting: leader trainee, leader and HR consultant',
  },
  jointDepartmentMeeting: {
    da: 'Fælles møde for magistratsafdelingens ledertrainees og ledere',
    en: "Joint meeting for the department's leader trainees and leaders",
  },
  purposeAndEffects: { da: 'Formål og effekt', en: 'Purpose and effects' },
  phases: { da: 'Forløbets faser', en: "The programme's phases" },
  buildingBlocks: { da: 'Byggeklodserne', en: 'The building blocks' },
  roles: {
    da: 'Rollerne: ledertrainee, nærmeste leder og HR-konsulent',
    en: 'The roles: leader trainee, nearest leader and HR consultant',
  },
  learningAgreement: { da: 'Læringsaftalen', en: 'The learning agreement' },
  conversations: { da: 'Samtalerne undervejs', en: 'The conversations along the way' },
  takeOff: { da: 'Take-off', en: 'Take-off' },
  onTrack: { da: 'På rette spor', en: 'On track' },
  behind: { da: 'Bagud', en: 'Behind' },
  reached: { da: 'Nået', en: 'Reached' },
  inLeaderJob: { da: 'I lederjob', en: 'In a leader job' },
  leaderReady: { da: 'Lederparat', en: 'Leader-ready' },
  notYet: { da: 'Ikke lederparat endnu', en: 'Not leader-ready yet' },
};

/** A role as "Skrives af …" names it. */
const ROLE_DEFINITE: Readonly<Record<ProgrammeRole, LocalizedText>> = {
  trainee: { da: 'ledertraineen', en: 'leader trainee' },
  leader: { da: 'lederen', en: 'leader' },
  hrConsultant: { da: 'HR-konsulenten', en: 'HR consultant' },
};

export const CONVERSATION_TEXTS = {
  /** The follow-up meeting's card is its referat. */
  followUpTitle: { da: 'Referat af opfølgningsmødet', en: 'Record of the follow-up meeting' },
  subtitle: ({ kind, trainee }: { kind: LocalizedText; trainee: string }) => ({
    da: `${kind.da} · ${trainee}`,
    en: `${kind.en} · ${trainee}`,
  }),
  when: FIELD_LABELS.scheduledAt,
  participants: FIELD_LABELS.participants,
  status: FIELD_LABELS.status,
  statusBooked: { da: 'Aftalt – ikke afholdt endnu', en: 'Time agreed – not held yet' },
  statusHeld: { da: 'Afholdt – mangler at blive dokumenteret', en: 'Held – still to be documented' },
  statusCancelled: FIELD_LABELS.cancelled,
  statusDocumented: ({ date, name }: { date: string; name: string }) => ({
    da: `Dokumenteret ${date} af ${name}`,
    en: `Documented ${date} by ${name}`,
  }),
  draftSaved: ({ date, name }: { date: string; name: string }) => ({
    da: `Kladde gemt ${date} af ${name}`,
    en: `Draft saved ${date} by ${name}`,
  }),
  effectHeading: { da: 'Det skal fasen give', en: 'What this phase should give' },
  /** Above the goal lines of the midway and transition interviews. */
  goalHeading: ({ goal }: { goal: string }) => ({ da: `${FIELD_LABELS.text.da}: ${goal}`, en: `${FIELD_LABELS.text.en}: ${goal}` }),
  /** Above a practice element's line. */
  blockHeading: ({ block }: { block: string }) => ({
    da: `${BLOCK_KIND_LABELS.practiceElement.da}: ${block}`,
    en: `${BLOCK_KIND_LABELS.practiceElement.en}: ${block}`,
  }),
  firstGoalsHeading: {
    da: 'Første læringsmål – de bliver til udkastet til læringsaftalen',
    en: 'First learning goals – they become the draft learning agreement',
  },
  onlyHr: { da: 'Kun du som HR-konsulent ser dette felt.', en: 'Only you as HR consultant see this field.' },
  /** Shown instead of an input when someone else writes the answer. */
  writtenBy: ({ role }: { role: ProgrammeRole }) => ({
    da: `Skrives af ${ROLE_DEFINITE[role].da}.`,
    en: `Written by the ${ROLE_DEFINITE[role].en}.`,
  }),
  notAnswered: { da: '(ikke udfyldt)', en: '(not filled in)' },
  yes: { da: 'Ja', en: 'Yes' },
  no: { da: 'Nej', en: 'No' },
  /** A toggle's title, by answer key (others say yes). */
  toggleOn: {
    personalityFeedbackGiven: { da: 'Ja, feedback er givet', en: 'Yes, feedback was given' },
    reviseAgreement: {
      da: 'Ja, læringsaftalen skal revideres (der åbnes en ny version)',
      en: 'Yes, revise the learning agreement (a new version opens)',
    },
  } as Readonly<Record<string, LocalizedText>>,
  /** A long answer shown in short on the card (it stays stored whole). */
  shortened: {
    da: 'Teksten er for lang til at blive vist her i sin helhed; den er gemt og kan læses under fanen Mit forløb.',
    en: 'The text is too long to show here in full; it is saved and can be read in the My programme tab.',
  },
  readOnly: {
    da: 'Samtalen er dokumenteret. Kortet kan kun læses.',
    en: 'The conversation is documented. The card is read-only.',
  },
  /** On the card for someone not in the conversation. */
  infoOnly: {
    da: 'Samtalen afholdes af ledertraineen og den nærmeste leder; de udfylder skabelonen.',
    en: 'The conversation is held by the leader trainee and the nearest leader; they fill in the template.',
  },
  readOnlyMovedOn: {
    da: 'Forløbet er gået videre, eller samtalen er aflyst. Kortet kan kun læses.',
    en: 'The programme has moved on, or the conversation was cancelled. The card is read-only.',
  },
  saveDraft: { da: 'Gem kladde', en: 'Save draft' },
  document: { da: 'Dokumentér samtalen', en: 'Document the conversation' },
  saveReferat: { da: 'Gem referatet', en: 'Save the record' },
  saved: {
    da: 'Kladden er gemt. De andre deltagere ser den, når de åbner kortet.',
    en: 'The draft is saved. The other participants see it when they open the card.',
  },
  documented: { da: 'Samtalen er dokumenteret.', en: 'The conversation is documented.' },
  referatSaved: {
    da: 'Referatet er gemt i forløbets log over opfølgningsmøder.',
    en: "The record is saved in the programme's log of follow-up meetings.",
  },
  /** Part 2 documented: the draft learning agreement it made. */
  agreementHeading: { da: 'Læringsaftalen', en: 'The learning agreement' },
  agreementDraft: ({ version }: { version: number }) => ({
    da: `Udkast til læringsaftale (version ${version}) med målene herfra. Den skal godkendes af ledertraineen og lederen.`,
    en: `Draft learning agreement (version ${version}) with the goals from here. The leader trainee and the leader approve it.`,
  }),
  agreementApproved: ({ version }: { version: number }) => ({
    da: `Læringsaftalen (version ${version}) er godkendt.`,
    en: `The learning agreement (version ${version}) is approved.`,
  }),
  errorsHeading: { da: 'Intet er gemt. Ret dette:', en: 'Nothing was saved. Please correct:' },
  noCurrentConversation: {
    da: 'Du har ingen aftalt samtale, der venter på at blive udfyldt. Skriv **book** for at aftale den næste.',
    en: 'You have no agreed conversation waiting to be filled in. Type **book** to agree on a time for the next one.',
  },
  /** The button (status card, meeting chat) that opens the next conversation's template. */
  openTemplate: { da: 'Åbn skabelonen til samtalen', en: 'Open the conversation template' },
  /** Text beside a card sent when its conversation is due. */
  dueSummary: ({ kind, trainee }: { kind: LocalizedText; trainee: string }) => ({
    da: `${kind.da} med ${trainee}: her er skabelonen til samtalen.`,
    en: `${kind.en} with ${trainee}: here is the template for the conversation.`,
  }),
};

/** The question of an answer, by its key or, for per-line answers, its label; `n` numbers a first-goal row. */
export function questionFor(key: string, label: string, language: Language, n?: number): string {
  const question = QUESTIONS[key] ?? QUESTIONS[label];
  if (!question) return key;
  return typeof question === 'function' ? question({ n: n ?? 0 })[language] : question[language];
}

/** How a choice's value reads. */
export function choiceLabel(value: string, language: Language): string {
  return (CHOICES as Record<string, LocalizedText | undefined>)[value]?.[language] ?? value;
}
