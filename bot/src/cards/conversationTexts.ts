/**
 * The texts of the conversation cards (the interview templates and the referat af
 * opfølgningsmødet) and of the admin's programme feedback, Danish first, English following.
 * Questions are written as questions; the titles are the domain's conversation labels.
 */
import { LocalizedText } from '../domain/localizedText';
import { FrameItem, GoalProgress, Readiness, StartupFormat } from '../domain/state';
import { Language } from './language';

type Both = LocalizedText;

/** The question each answer key asks ({n}: the goal row). Per-goal and per-block keys are looked up by their label. */
const QUESTIONS: Readonly<Record<string, Both>> = {
  format: { da: 'Hvordan afholdes første del?', en: 'How is part 1 held?' },
  frameIntroduced: { da: 'Hvad har HR-konsulenten introduceret?', en: 'What has the HR consultant introduced?' },
  personalityFeedbackGiven: { da: 'Har ledertraineen fået feedback på persontesten?', en: 'Has the trainee had feedback on the personality test?' },
  periodMonths: { da: 'Hvor mange måneder varer forløbet? (normalt 12)', en: 'How many months does the programme run? (usually 12)' },
  hoursPerWeek: { da: 'Hvor mange timer om ugen sætter I af til forløbet?', en: 'How many hours a week do you set aside for the programme?' },
  part2Date: { da: 'Hvornår afholder ledertrainee og leder anden del?', en: 'When do trainee and leader hold part 2?' },
  hrNotes: { da: 'HR-konsulentens noter', en: "The HR consultant's notes" },
  motivation: { da: 'Hvad motiverer ledertraineen til at blive leder?', en: 'What motivates the trainee to become a leader?' },
  strengths: { da: 'Hvad er ledertraineens styrker?', en: "What are the trainee's strengths?" },
  developmentAreas: { da: 'Hvad vil ledertraineen udvikle (svagheder og udviklingsområder)?', en: 'What does the trainee want to develop (weaknesses and areas to develop)?' },
  traineeExpectations: { da: 'Hvad forventer ledertraineen af forløbet og af lederen?', en: 'What does the trainee expect of the programme and of the leader?' },
  leaderExpectations: { da: 'Hvad forventer lederen af ledertraineen?', en: 'What does the leader expect of the trainee?' },
  commitments: { da: 'Hvad forpligter I jer gensidigt på?', en: 'What do you commit to, mutually?' },
  text: { da: 'Læringsmål {n}', en: 'Learning goal {n}' },
  evidence: { da: 'Hvordan kan vi se, at mål {n} er nået?', en: 'How will we see that goal {n} is reached?' },
  blocksDiscussed: { da: 'Hvilke byggeklodser talte I om?', en: 'Which building blocks did you talk about?' },
  learned: { da: 'Hvad har ledertraineen lært siden sidst?', en: 'What has the trainee learned since last time?' },
  experiences: { da: 'Hvilke erfaringer har ledertraineen gjort?', en: 'What experiences has the trainee had?' },
  supervision: { da: 'Lederens sparring og supervision på praksiselementet', en: "The leader's sparring and supervision on the practice element" },
  leaderFeedback: { da: 'Hvilken feedback giver lederen?', en: 'What feedback does the leader give?' },
  nextActions: { da: 'Hvad er de næste handlinger?', en: 'What are the next actions?' },
  nextComplexityStep: { da: 'Hvad er næste trin i kompleksitet?', en: 'What is the next step up in complexity?' },
  status: { da: 'Hvor langt er målet?', en: 'How far is the goal?' },
  comment: { da: 'Kommentar', en: 'Comment' },
  whatWorks: { da: 'Hvad virker godt?', en: 'What works well?' },
  whatToAdjust: { da: 'Hvad skal justeres?', en: 'What should be adjusted?' },
  network: { da: 'Hvilket netværk har ledertraineen fået på tværs af kommunen?', en: 'What network has the trainee built across the municipality?' },
  reviseAgreement: { da: 'Skal læringsaftalen revideres?', en: 'Should the learning agreement be revised?' },
  effect: { da: 'Hvilken effekt har det haft?', en: 'What effect has it had?' },
  result: { da: 'Hvilket resultat er nået?', en: 'What result was reached?' },
  learning: { da: 'Hvad har ledertraineen lært af forløbet?', en: 'What has the trainee learned from the programme?' },
  nextStep: { da: 'Hvad er næste skridt mod det første lederjob?', en: 'What is the next step toward a first leader job?' },
  readiness: { da: 'Hvor står ledertraineen nu?', en: 'Where does the trainee stand now?' },
  traineeFeedback: { da: 'Ledertraineens feedback på forløbet', en: "The trainee's feedback on the programme" },
  programmeLeaderFeedback: { da: 'Lederens feedback på forløbet', en: "The leader's feedback on the programme" },
};

const CHOICES: Readonly<Record<StartupFormat | FrameItem | GoalProgress | Readiness, Both>> = {
  individual: { da: 'Individuel samtale: ledertrainee, leder og HR-konsulent', en: 'Individual meeting: trainee, leader and HR consultant' },
  jointDepartmentMeeting: { da: 'Fælles møde for magistratsafdelingens ledertrainees og ledere', en: "Joint meeting for the department's trainees and leaders" },
  purposeAndEffects: { da: 'Formål og effekt', en: 'Purpose and effects' },
  phases: { da: 'Forløbets faser', en: "The programme's phases" },
  buildingBlocks: { da: 'Byggeklodserne', en: 'The building blocks' },
  roles: { da: 'Rollerne: ledertrainee, nærmeste leder og HR-konsulent', en: 'The roles: trainee, nearest leader and HR consultant' },
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

export interface ConversationTexts {
  /** The follow-up meeting's card is its referat. */
  followUpTitle: string;
  /** "{kind} · {trainee}" */
  subtitle: string;
  when: string;
  participants: string;
  status: string;
  statusBooked: string;
  statusHeld: string;
  statusCancelled: string;
  /** "Dokumenteret {date} af {name}" */
  statusDocumented: string;
  /** "Kladde gemt {date} af {name}" */
  draftSaved: string;
  effectHeading: string;
  aidHeading: string;
  /** Above the goal lines of the midway and transition interviews: "Læringsmål: {goal}". */
  goalHeading: string;
  /** Above a practice element's line: "Praksiselement: {block}". */
  blockHeading: string;
  firstGoalsHeading: string;
  onlyHr: string;
  /** Shown instead of an input when someone else writes the answer: "Skrives af {role}". */
  writtenBy: string;
  /** The roles as `writtenBy` names them. */
  roleDefinite: Readonly<Record<'trainee' | 'leader' | 'hrConsultant', string>>;
  notAnswered: string;
  yes: string;
  no: string;
  toggleOn: Readonly<Record<string, string>>;
  /** A long answer shown in short on the card (it stays stored whole). */
  shortened: string;
  readOnly: string;
  /** On the card for someone not in the conversation. */
  infoOnly: string;
  readOnlyMovedOn: string;
  saveDraft: string;
  document: string;
  saveReferat: string;
  saved: string;
  documented: string;
  referatSaved: string;
  /** Part 2 documented: the draft learning agreement it made. */
  agreementHeading: string;
  /** "Udkast til læringsaftale (version {version}) – godkendes af ledertrainee og leder." */
  agreementDraft: string;
  agreementAccepted: string;
  errorsHeading: string;
  /** The admin's `tilbagemeldinger` card. */
  feedbackTitle: string;
  feedbackIntro: string;
  feedbackNone: string;
  /** "{trainee} · {department} · {date}" */
  feedbackItem: string;
  feedbackTrainee: string;
  feedbackLeader: string;
  feedbackReadiness: string;
  /** "… og {count} mere, som ikke vises her." */
  feedbackMore: string;
  noCurrentConversation: string;
  /** The button on the status card that opens the next conversation's template. */
  openTemplate: string;
  /** Text beside a card sent when its conversation is due. */
  dueSummary: string;
}

const da: ConversationTexts = {
  followUpTitle: 'Referat af opfølgningsmødet',
  subtitle: '{kind} · {trainee}',
  when: 'Tidspunkt',
  participants: 'Deltagere',
  status: 'Status',
  statusBooked: 'Aftalt – ikke afholdt endnu',
  statusHeld: 'Afholdt – mangler at blive dokumenteret',
  statusCancelled: 'Aflyst',
  statusDocumented: 'Dokumenteret {date} af {name}',
  draftSaved: 'Kladde gemt {date} af {name}',
  effectHeading: 'Det skal fasen give',
  aidHeading: 'Hjælperedskaber',
  goalHeading: 'Læringsmål: {goal}',
  blockHeading: 'Praksiselement: {block}',
  firstGoalsHeading: 'Første læringsmål – de bliver til udkastet til læringsaftalen',
  onlyHr: 'Kun du som HR-konsulent ser dette felt.',
  writtenBy: 'Skrives af {role}.',
  roleDefinite: { trainee: 'ledertraineen', leader: 'lederen', hrConsultant: 'HR-konsulenten' },
  notAnswered: '(ikke udfyldt)',
  yes: 'Ja',
  no: 'Nej',
  toggleOn: {
    personalityFeedbackGiven: 'Ja, feedback er givet',
    reviseAgreement: 'Ja, læringsaftalen skal revideres (der åbnes en ny version)',
  },
  shortened: 'Teksten er for lang til at blive vist her i sin helhed; den er gemt og kan læses under fanen Mit forløb.',
  readOnly: 'Samtalen er dokumenteret. Kortet kan kun læses.',
  infoOnly: 'Samtalen afholdes af ledertraineen og den nærmeste leder; de udfylder skabelonen.',
  readOnlyMovedOn: 'Forløbet er gået videre, eller samtalen er aflyst. Kortet kan kun læses.',
  saveDraft: 'Gem kladde',
  document: 'Dokumentér samtalen',
  saveReferat: 'Gem referatet',
  saved: 'Kladden er gemt. De andre deltagere ser den, når de åbner kortet.',
  documented: 'Samtalen er dokumenteret.',
  referatSaved: 'Referatet er gemt i forløbets log over opfølgningsmøder.',
  agreementHeading: 'Læringsaftalen',
  agreementDraft: 'Udkast til læringsaftale (version {version}) med målene herfra. Den skal godkendes af ledertrainee og leder.',
  agreementAccepted: 'Læringsaftalen (version {version}) er godkendt.',
  errorsHeading: 'Intet er gemt. Ret dette:',
  feedbackTitle: 'Tilbagemeldinger på forløbet',
  feedbackIntro: 'Det, ledertrainees og ledere har sagt om selve ledertraineeforløbet i transitionssamtalerne – til den videre udvikling af forløbet.',
  feedbackNone: 'Ingen transitionssamtaler er dokumenteret endnu.',
  feedbackItem: '{trainee} · {department} · {date}',
  feedbackTrainee: 'Ledertraineen',
  feedbackLeader: 'Lederen',
  feedbackReadiness: 'Udfald',
  feedbackMore: '… og {count} mere, som ikke vises her.',
  noCurrentConversation: 'Du har ingen aftalt samtale, der venter på at blive udfyldt. Skriv **book** for at aftale den næste.',
  openTemplate: 'Åbn skabelonen til samtalen',
  dueSummary: '{kind} med {trainee}: her er skabelonen til samtalen.',
};

const en: ConversationTexts = {
  followUpTitle: 'Record of the follow-up meeting',
  subtitle: '{kind} · {trainee}',
  when: 'Time',
  participants: 'Participants',
  status: 'Status',
  statusBooked: 'Booked – not held yet',
  statusHeld: 'Held – still to be documented',
  statusCancelled: 'Cancelled',
  statusDocumented: 'Documented {date} by {name}',
  draftSaved: 'Draft saved {date} by {name}',
  effectHeading: 'What this phase should give',
  aidHeading: 'Aids',
  goalHeading: 'Learning goal: {goal}',
  blockHeading: 'Practice element: {block}',
  firstGoalsHeading: 'First learning goals – they become the draft learning agreement',
  onlyHr: 'Only you as HR consultant see this field.',
  writtenBy: 'Written by the {role}.',
  roleDefinite: { trainee: 'trainee', leader: 'leader', hrConsultant: 'HR consultant' },
  notAnswered: '(not filled in)',
  yes: 'Yes',
  no: 'No',
  toggleOn: {
    personalityFeedbackGiven: 'Yes, feedback was given',
    reviseAgreement: 'Yes, revise the learning agreement (a new version opens)',
  },
  shortened: 'The text is too long to show here in full; it is saved and can be read in the My programme tab.',
  readOnly: 'The conversation is documented. The card is read-only.',
  infoOnly: 'The conversation is between the trainee and the nearest leader; they fill in the template.',
  readOnlyMovedOn: 'The programme has moved on, or the conversation was cancelled. The card is read-only.',
  saveDraft: 'Save draft',
  document: 'Document the conversation',
  saveReferat: 'Save the record',
  saved: 'The draft is saved. The other participants see it when they open the card.',
  documented: 'The conversation is documented.',
  referatSaved: "The record is saved in the programme's log of follow-up meetings.",
  agreementHeading: 'The learning agreement',
  agreementDraft: 'Draft learning agreement (version {version}) with the goals from here. Trainee and leader approve it.',
  agreementAccepted: 'The learning agreement (version {version}) is approved.',
  errorsHeading: 'Nothing was saved. Please correct:',
  feedbackTitle: 'Feedback on the programme',
  feedbackIntro: 'What trainees and leaders said about the leader-trainee programme itself in their transition interviews – for developing the programme further.',
  feedbackNone: 'No transition interview has been documented yet.',
  feedbackItem: '{trainee} · {department} · {date}',
  feedbackTrainee: 'The trainee',
  feedbackLeader: 'The leader',
  feedbackReadiness: 'Outcome',
  feedbackMore: '… and {count} more, not shown here.',
  noCurrentConversation: 'You have no booked conversation waiting to be filled in. Type **book** to agree on the next one.',
  openTemplate: 'Open the conversation template',
  dueSummary: '{kind} with {trainee}: here is the template for the conversation.',
};

export function conversationTextsFor(language: Language): ConversationTexts {
  return language === 'en' ? en : da;
}

/** The question of an answer, by its key or, for per-line answers, its label. */
export function questionFor(key: string, label: string, language: Language, n?: number): string {
  const text = QUESTIONS[key] ?? QUESTIONS[label];
  return (text ? text[language] : key).replace('{n}', String(n ?? ''));
}

/** How a choice's value reads. */
export function choiceLabel(value: string, language: Language): string {
  return (CHOICES as Record<string, Both | undefined>)[value]?.[language] ?? value;
}
