/**
 * The names of the programme's things as users read them, each once: phases, roles, conversation
 * kinds and statuses, building blocks, and the fields of every form (for labels and for validation
 * messages). Cards, bot messages and the tab all take their labels from here.
 */
import type { LocalizedText } from './localizedText';
import type { ProgrammeRole } from './people';
import type {
  AgreementStanding,
  AgreementStatus,
  BlockStatus,
  BuildingBlockKind,
  ConversationKind,
  ConversationStatus,
  GoalProgress,
  PersonalityTestStanding,
  Phase,
  PracticeForm,
  PracticeType,
  Readiness,
  StartupFormat,
} from './state';

export const PHASE_LABELS: Readonly<Record<Phase, LocalizedText>> = {
  nomination: { da: 'Indstilling', en: 'Nomination' },
  startup: { da: 'Opstart', en: 'Start-up' },
  development: { da: 'Udviklingsdel', en: 'Development part' },
  completion: { da: 'Afslutning', en: 'Completion' },
};

export const ROLE_LABELS: Readonly<Record<ProgrammeRole, LocalizedText>> = {
  trainee: { da: 'Ledertrainee', en: 'Leader trainee' },
  leader: { da: 'Nærmeste leder', en: 'Nearest leader' },
  hrConsultant: { da: 'HR-konsulent', en: 'HR consultant' },
};

/** Titles, as on the templates. */
export const CONVERSATION_KIND_LABELS: Readonly<Record<ConversationKind, LocalizedText>> = {
  startupPart1: { da: 'Opstartssamtale del 1', en: 'Start-up interview part 1' },
  startupPart2: { da: 'Opstartssamtale del 2', en: 'Start-up interview part 2' },
  followUp: { da: 'Opfølgningsmøde', en: 'Follow-up meeting' },
  midway: { da: 'Midtvejssamtale', en: 'Midway interview' },
  transition: { da: 'Transitionssamtale', en: 'Transition interview' },
};

export const CONVERSATION_STATUS_LABELS: Readonly<Record<ConversationStatus, LocalizedText>> = {
  booked: { da: 'aftalt', en: 'scheduled' },
  held: { da: 'afholdt', en: 'held' },
  documented: { da: 'dokumenteret', en: 'documented' },
  cancelled: { da: 'aflyst', en: 'cancelled' },
};

export const BLOCK_KIND_LABELS: Readonly<Record<BuildingBlockKind, LocalizedText>> = {
  leaderAspirantCourse: { da: 'Lederaspirantforløb', en: 'Leadership-aspirant course' },
  leaderRoleIntroduction: { da: 'Introduktion til lederrollen', en: 'Introduction to the leader role' },
  practiceElement: { da: 'Praksiselement', en: 'Practice element' },
  course: { da: 'Kursus / e-læring', en: 'Course / e-learning' },
};

export const BLOCK_STATUS_LABELS: Readonly<Record<BlockStatus, LocalizedText>> = {
  planned: { da: 'planlagt', en: 'planned' },
  inProgress: { da: 'i gang', en: 'in progress' },
  done: { da: 'gennemført', en: 'done' },
  dropped: { da: 'fravalgt', en: 'dropped' },
};

/** What a practice element is (the seed: opgaver, processer, projekter). */
export const PRACTICE_TYPE_LABELS: Readonly<Record<PracticeType, LocalizedText>> = {
  task: { da: 'Opgave', en: 'Task' },
  process: { da: 'Proces', en: 'Process' },
  project: { da: 'Projekt', en: 'Project' },
};

/** How a practice element is trained; the seed's forms are examples, so 'other' is written in words. */
export const PRACTICE_FORM_LABELS: Readonly<Record<PracticeForm, LocalizedText>> = {
  followTheLeader: { da: 'Følg lederen', en: 'Follow the leader' },
  sideBySide: { da: 'Sidemandsoplæring', en: 'Side-by-side training' },
  placement: { da: 'Praktik', en: 'Placement' },
  observer: { da: 'Bisidder', en: 'Observer' },
  other: { da: 'Anden form', en: 'Another form' },
};

export const PRACTICE_REACH_LABELS: Readonly<Record<'local' | 'crossCutting', LocalizedText>> = {
  local: { da: 'Lokal', en: 'Local' },
  crossCutting: { da: 'Tværgående', en: 'Cross-cutting' },
};

/** Names of input fields, for validation messages. Keys are field paths without list indexes. */
export const FIELD_LABELS: Readonly<Record<string, LocalizedText>> = {
  id: { da: 'Id', en: 'Id' },
  at: { da: 'Tidspunkt for handlingen', en: 'Time of the action' },
  department: { da: 'Magistratsafdeling', en: 'Department' },
  'trainee.id': { da: 'Ledertraineens id', en: "Leader trainee's id" },
  'trainee.name': { da: 'Ledertraineens navn', en: "Leader trainee's name" },
  'trainee.email': { da: 'Ledertraineens e-mail', en: "Leader trainee's e-mail" },
  'leader.id': { da: 'Lederens id', en: "Leader's id" },
  'leader.name': { da: 'Lederens navn', en: "Leader's name" },
  'leader.email': { da: 'Lederens e-mail', en: "Leader's e-mail" },
  'hrConsultant.id': { da: 'HR-konsulentens id', en: "HR consultant's id" },
  'hrConsultant.name': { da: 'HR-konsulentens navn', en: "HR consultant's name" },
  'hrConsultant.email': { da: 'HR-konsulentens e-mail', en: "HR consultant's e-mail" },
  reason: { da: 'Begrundelse', en: 'Reason' },
  // The nomination and the department's decision on it.
  trainee: { da: 'Medarbejder', en: 'Employee' },
  wishedStart: { da: 'Ønsket start', en: 'Wished start' },
  question: { da: 'Spørgsmål til lederen', en: 'Question for the leader' },
  answer: { da: 'Svar', en: 'Answer' },
  declineReason: { da: 'Begrundelse for afvisningen', en: 'Reason for declining' },
  'declined.reason': { da: 'Begrundelse for afvisningen', en: 'Reason for declining' },
  declined: { da: 'Afvisning af indstillingen', en: 'Nomination declined' },
  nominationQuestions: { da: 'Spørgsmål til indstillingen', en: 'Questions about the nomination' },
  asked: { da: 'Spurgt', en: 'Asked' },
  answered: { da: 'Besvaret', en: 'Answered' },
  person: { da: 'Person', en: 'Person' },
  leaderClarificationCompleted: {
    da: 'Har deltaget i lederafklaringsforløbet',
    en: 'Has taken part in the leader clarification programme',
  },
  kind: { da: 'Type', en: 'Kind' },
  scheduledAt: { da: 'Tidspunkt', en: 'Time' },
  durationMinutes: { da: 'Varighed (minutter)', en: 'Duration (minutes)' },
  'record.kind': { da: 'Referatets type', en: 'Kind of record' },
  format: { da: 'Mødeform', en: 'Meeting format' },
  frameIntroduced: { da: 'Introduceret ramme', en: 'Frame introduced' },
  personalityFeedbackGiven: { da: 'Feedback på persontest givet', en: 'Personality-test feedback given' },
  periodMonths: { da: 'Periode (måneder)', en: 'Period (months)' },
  hoursPerWeek: { da: 'Timer om ugen', en: 'Hours per week' },
  part2Date: { da: 'Dato for anden del', en: 'Date of part 2' },
  motivation: { da: 'Motivation', en: 'Motivation' },
  strengths: { da: 'Styrker', en: 'Strengths' },
  developmentAreas: { da: 'Udviklingsområder', en: 'Development areas' },
  traineeExpectations: { da: 'Ledertraineens forventninger', en: "The leader trainee's expectations" },
  leaderExpectations: { da: 'Lederens forventninger', en: "The leader's expectations" },
  commitments: { da: 'Gensidige forpligtelser', en: 'Mutual commitments' },
  firstGoals: { da: 'Første læringsmål', en: 'First learning goals' },
  goals: { da: 'Læringsmål', en: 'Learning goals' },
  text: { da: 'Læringsmål', en: 'Learning goal' },
  evidence: { da: 'Hvordan kan vi se det?', en: 'How will we see it?' },
  goalStatuses: { da: 'Status på læringsmål', en: 'Status of the learning goals' },
  goalId: { da: 'Læringsmål', en: 'Learning goal' },
  status: { da: 'Status', en: 'Status' },
  comment: { da: 'Kommentar', en: 'Comment' },
  whatWorks: { da: 'Hvad virker', en: 'What works' },
  whatToAdjust: { da: 'Hvad skal justeres', en: 'What to adjust' },
  network: { da: 'Netværk', en: 'Network' },
  reviseAgreement: { da: 'Revidér læringsaftalen', en: 'Revise the learning agreement' },
  goalResults: { da: 'Effekt og resultat pr. læringsmål', en: 'Effect and result per learning goal' },
  effect: { da: 'Effekt', en: 'Effect' },
  result: { da: 'Resultat', en: 'Result' },
  learning: { da: 'Læring', en: 'Learning' },
  nextStep: { da: 'Næste skridt mod det første lederjob', en: 'Next step toward a first leader job' },
  readiness: { da: 'Lederparathed', en: 'Leader readiness' },
  traineeFeedback: { da: 'Ledertraineens feedback på forløbet', en: "The leader trainee's feedback on the programme" },
  leaderFeedback: { da: 'Lederens feedback', en: "The leader's feedback" },
  conversationId: { da: 'Opfølgningsmøde', en: 'Follow-up meeting' },
  blocksDiscussed: { da: 'Drøftede byggeklodser', en: 'Building blocks discussed' },
  learned: { da: 'Hvad er lært', en: 'What was learned' },
  experiences: { da: 'Erfaringer', en: 'Experiences' },
  nextActions: { da: 'Næste handlinger', en: 'Next actions' },
  nextComplexityStep: { da: 'Næste trin i kompleksitet', en: 'Next step in complexity' },
  needsNow: { da: 'Hvad har du brug for nu?', en: 'What do you need now?' },
  takeOffDate: { da: 'Dato', en: 'Date' },
  place: { da: 'Sted', en: 'Place' },
  wantsApplicationGuidance: { da: 'Vejledning til lederansøgningen', en: 'Guidance on the leader application' },
  joinNetwork: { da: 'Netværk mellem ledertrainees', en: 'Network between leader trainees' },
  periodStart: { da: 'Periodens start', en: 'Start of the period' },
  followUpCadenceWeeks: { da: 'Opfølgningsmøder (antal uger imellem)', en: 'Follow-up meetings (weeks between)' },
  blocks: { da: 'Byggeklodser', en: 'Building blocks' },
  title: { da: 'Titel', en: 'Title' },
  description: { da: 'Beskrivelse', en: 'Description' },
  goalIds: { da: 'Tilknyttede læringsmål', en: 'Linked learning goals' },
  period: { da: 'Periode', en: 'Period' },
  'period.from': { da: 'Fra dato', en: 'From date' },
  'period.to': { da: 'Til dato', en: 'To date' },
  practice: { da: 'Træningsform og omfang', en: 'Form and scope of practice' },
  'practice.form': { da: 'Træningsform', en: 'Form of training' },
  'practice.reach': { da: 'Lokal eller tværgående', en: 'Local or cross-cutting' },
  'practice.type': { da: 'Opgave, proces eller projekt', en: 'Task, process or project' },
  'practice.otherForm': { da: 'Anden træningsform (beskriv)', en: 'Other form of training (describe)' },
  'practice.scope': { da: 'Omfang', en: 'Scope' },
  'practice.complexity': { da: 'Kompleksitet (1–3)', en: 'Complexity (1–3)' },
  // Parts of a stored programme, named when loading finds one that breaks the rules.
  departmentId: { da: 'Magistratsafdeling', en: 'Department' },
  phase: { da: 'Fase', en: 'Phase' },
  phaseHistory: { da: 'Fasehistorik', en: 'Phase history' },
  enteredAt: { da: 'Fasens start', en: 'Start of the phase' },
  nominated: { da: 'Indstilling', en: 'Nomination' },
  nominationReason: { da: 'Begrundelse for indstillingen', en: 'Reason for the nomination' },
  personalityTest: { da: 'Persontest', en: 'Personality test' },
  agreements: { da: 'Læringsaftalens versioner', en: 'Versions of the learning agreement' },
  version: { da: 'Version', en: 'Version' },
  created: { da: 'Oprettet', en: 'Created' },
  revisionReason: { da: 'Begrundelse for den nye version', en: 'Reason for the new version' },
  acceptedByTrainee: { da: 'Godkendt af ledertraineen', en: 'Approved by the leader trainee' },
  acceptedByLeader: { da: 'Godkendt af den nærmeste leder', en: 'Approved by the nearest leader' },
  acknowledgedByHr: { da: 'Kvitteret af HR-konsulenten', en: 'Acknowledged by the HR consultant' },
  hrComment: { da: 'HR-konsulentens bemærkning', en: "The HR consultant's remark" },
  conversations: { da: 'Samtaler', en: 'Conversations' },
  participants: { da: 'Deltagere', en: 'Participants' },
  booked: { da: 'Aftalt', en: 'Scheduled' },
  held: { da: 'Afholdt', en: 'Held' },
  documented: { da: 'Dokumenteret', en: 'Documented' },
  cancelled: { da: 'Aflyst', en: 'Cancelled' },
  record: { da: 'Referat', en: 'Record' },
  followUps: { da: 'Referater af opfølgningsmøder', en: 'Records of follow-up meetings' },
  recorded: { da: 'Skrevet', en: 'Written' },
  takeOff: { da: 'Tilmelding til take-off', en: 'Take-off registration' },
  registered: { da: 'Tilmeldt', en: 'Registered' },
  outcome: { da: 'Forløbets afslutning', en: "The programme's close" },
  closedAt: { da: 'Afsluttet', en: 'Closed' },
  // The conversation cards (conversationForms.ts).
  hrNotes: { da: 'HR-konsulentens noter', en: "The HR consultant's notes" },
  supervision: { da: 'Lederens sparring og supervision', en: "The leader's sparring and supervision" },
  programmeLeaderFeedback: { da: 'Lederens feedback på forløbet', en: "The leader's feedback on the programme" },
};

/** The label of a field path such as "firstGoals[2].text": exact match first, then shorter suffixes. */
export function fieldLabel(field: string): LocalizedText {
  const segments = field.replace(/\[\d+\]/g, '').split('.');
  for (let i = 0; i < segments.length; i++) {
    const label = FIELD_LABELS[segments.slice(i).join('.')];
    if (label) return label;
  }
  return { da: field, en: field };
}

/** A version of the learning agreement: a draft until the leader trainee and the nearest leader have both approved it. */
export const AGREEMENT_STATUS_LABELS: Readonly<Record<AgreementStatus, LocalizedText>> = {
  draft: { da: 'Udkast', en: 'Draft' },
  accepted: { da: 'Godkendt', en: 'Approved' },
  superseded: { da: 'Erstattet af en nyere version', en: 'Replaced by a newer version' },
};

/** How part 1 of the start-up interview is held: with one programme, or as one meeting for the department. */
export const STARTUP_FORMAT_LABELS: Readonly<Record<StartupFormat, LocalizedText>> = {
  individual: { da: 'Individuel samtale', en: 'Individual interview' },
  jointDepartmentMeeting: { da: 'Fælles møde i magistratsafdelingen', en: 'Joint department meeting' },
};

/** How far a learning goal has come, as the midway interview records it. */
export const GOAL_PROGRESS_LABELS: Readonly<Record<GoalProgress, LocalizedText>> = {
  onTrack: { da: 'På rette spor', en: 'On track' },
  behind: { da: 'Bagud', en: 'Behind' },
  reached: { da: 'Nået', en: 'Reached' },
};

/** The leader trainee's readiness for a leader job, as the transition interview records it. */
export const READINESS_LABELS: Readonly<Record<Readiness, LocalizedText>> = {
  inLeaderJob: { da: 'I lederjob', en: 'In a leader job' },
  leaderReady: { da: 'Lederparat', en: 'Leader-ready' },
  notYet: { da: 'Ikke lederparat endnu', en: 'Not leader-ready yet' },
};

/** Where a programme stands with its learning agreement, over all its versions (programmeStanding.ts). */
export const AGREEMENT_STANDING_LABELS: Readonly<Record<AgreementStanding, LocalizedText>> = {
  none: { da: 'Ingen læringsaftale endnu', en: 'No learning agreement yet' },
  draft: AGREEMENT_STATUS_LABELS.draft,
  awaitingApproval: { da: 'Venter på godkendelse', en: 'Awaiting approval' },
  approved: AGREEMENT_STATUS_LABELS.accepted,
  revising: {
    da: `${AGREEMENT_STATUS_LABELS.accepted.da}, ny version under udarbejdelse`,
    en: `${AGREEMENT_STATUS_LABELS.accepted.en}, new version in progress`,
  },
};

/** Where a programme stands with the personality test, a gate of the start-up (programmeStanding.ts). */
export const PERSONALITY_TEST_STANDING_LABELS: Readonly<Record<PersonalityTestStanding, LocalizedText>> = {
  notRequired: { da: 'Ikke nødvendig (lederafklaringsforløb)', en: 'Not required (leader clarification programme)' },
  notTaken: { da: 'Persontest ikke taget', en: 'Personality test not taken' },
  awaitingFeedback: { da: 'Venter på feedback', en: 'Awaiting feedback' },
  feedbackGiven: { da: 'Feedback givet', en: 'Feedback given' },
};
