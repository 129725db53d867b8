/**
 * Every text the domain can show a user, in Danish and English, in one place so they can be
 * reviewed together: error messages (keyed by their stable code), gate items and warnings. The
 * labels they are built from are in labels.ts. Codes are part of the API: never rename one.
 */
import { formatDateTime } from './calendar';
import { calendarDateText } from './calendarDateText';
import { DomainError, ForbiddenError, InvalidProgrammeStateError, NotFoundError, RuleViolation, ValidationError } from './errors';
import { LocalizedText } from './localizedText';
import { BLOCK_STATUS_LABELS, CONVERSATION_STATUS_LABELS, PHASE_LABELS, fieldLabel } from './labels';
import { KIND_PHASE } from './conversationKinds';
import { BlockStatus, ConversationKind, ConversationStatus, Phase } from './state';

/** The definite form, to start a sentence with ("Midtvejssamtalen er allerede aftalt"). */
const CONVERSATION_SUBJECT: Readonly<Record<ConversationKind, LocalizedText>> = {
  startupPart1: { da: 'Opstartssamtalens første del', en: 'Part 1 of the start-up interview' },
  startupPart2: { da: 'Opstartssamtalens anden del', en: 'Part 2 of the start-up interview' },
  followUp: { da: 'Opfølgningsmødet', en: 'The follow-up meeting' },
  midway: { da: 'Midtvejssamtalen', en: 'The midway interview' },
  transition: { da: 'Transitionssamtalen', en: 'The transition interview' },
};

function listOf(items: LocalizedText[], or: LocalizedText): LocalizedText {
  const join = (lang: 'da' | 'en'): string => {
    const words = items.map((item) => item[lang]);
    return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} ${or[lang]} ${words[words.length - 1]}`;
  };
  return { da: join('da'), en: join('en') };
}

// ---------------------------------------------------------------- parameters

export interface PhaseParams {
  allowed: readonly Phase[];
  current: Phase;
}
export interface KindParams {
  kind: ConversationKind;
}
export interface KindPhaseParams {
  kind: ConversationKind;
  current: Phase;
}
export interface StatusParams {
  status: ConversationStatus;
}
export interface BlockTransitionParams {
  from: BlockStatus;
  to: BlockStatus;
}
export interface FieldParams {
  field: string;
}
export interface LengthParams extends FieldParams {
  max: number;
}
export interface RangeParams extends FieldParams {
  min: number;
  max: number;
}
export interface StartParams {
  /** The agreed start (ISO instant). */
  start: string;
}
export interface InvalidStateParams {
  programme: string;
  field: string;
  reason: LocalizedText;
}
export interface DateRangeParams extends FieldParams {
  /** The first and last day allowed (YYYY-MM-DD). */
  earliest: string;
  latest: string;
}
export interface CountParams {
  count: number;
}
export interface NameParams {
  name: string;
}
export interface DepartmentParams {
  department: string;
}
export interface ComplexityParams {
  later: string;
  laterComplexity: number;
  earlier: string;
  earlierComplexity: number;
}

const phaseNames = (phases: readonly Phase[]): LocalizedText =>
  listOf(
    phases.map((p) => PHASE_LABELS[p]),
    { da: 'eller', en: 'or' },
  );

// ---------------------------------------------------------------- the catalogue

/**
 * Messages by code. A plain entry is a fixed text; a function builds the text from parameters.
 * Gate items are phrased so they read well both in a "what's due" list and as the reason a
 * phase change was refused.
 */
export const MESSAGES = {
  // Access and roles
  /** Also the answer to a programme the caller may not see, so nobody learns which programmes exist. */
  programmeNotFound: { da: 'Forløbet findes ikke.', en: 'The programme does not exist.' },
  notAllowedToView: {
    da: 'Du har ikke adgang til dette ledertraineeforløb.',
    en: 'You do not have access to this leader-trainee programme.',
  },
  notParticipant: {
    da: 'Det kan kun ledertraineen, den nærmeste leder og HR-konsulenten i forløbet gøre.',
    en: 'Only the leader trainee, the nearest leader and the HR consultant of the programme can do this.',
  },
  programmeChatNeedsAllThree: {
    da: 'Før chatten kan knyttes til forløbet, skal ledertraineen, den nærmeste leder og HR-konsulenten alle være med i den.',
    en: 'The leader trainee, the nearest leader and the HR consultant must all be in the chat before it can be linked to the programme.',
  },
  programmeChatOnlyInGroupChat: {
    da: 'Et forløb kan kun knyttes til en gruppechat. Tilføj mig til en gruppechat med ledertraineen, den nærmeste leder og HR-konsulenten, og skriv tilknyt der.',
    en: 'A programme can only be linked to a group chat. Add me to a group chat with the leader trainee, the nearest leader and the HR consultant, and write link there.',
  },
  onlyLeaderNominates: {
    da: 'Det er den nærmeste leder, der indstiller en medarbejder til ledertraineeforløbet.',
    en: 'Only the nearest leader can nominate an employee for the leader-trainee programme.',
  },
  onlyDepartmentHrDecides: {
    da: 'Kun en HR-konsulent fra forløbets magistratsafdeling kan tage stilling til indstillingen.',
    en: "Only an HR consultant of the programme's department can decide on the nomination.",
  },
  onlyLeaderAnswersNominationQuestion: {
    da: 'Det er den nærmeste leder, der svarer på HR-konsulentens spørgsmål til indstillingen.',
    en: "Only the nearest leader answers the HR consultant's questions about the nomination.",
  },
  onlyProgrammeAdminManagesHr: {
    da: 'Kun en programadministrator kan ændre, hvem der er HR-konsulent for en magistratsafdeling.',
    en: 'Only a programme admin can change who is HR consultant for a department.',
  },
  onlyLeaderOrDepartmentHrAttachesHr: {
    da: 'Kun den nærmeste leder eller en HR-konsulent fra magistratsafdelingen kan tilknytte en HR-konsulent.',
    en: "Only the nearest leader or an HR consultant of the department can attach an HR consultant.",
  },
  onlyTraineeOrHrRecordsPersonalityTest: {
    da: 'Kun ledertraineen eller HR-konsulenten kan registrere, at persontesten er taget.',
    en: 'Only the leader trainee or the HR consultant can record that the personality test has been taken.',
  },
  onlyHrGivesPersonalityFeedback: {
    da: 'Det er HR-konsulenten, der giver feedback på persontesten, så kun HR-konsulenten kan registrere det.',
    en: 'The HR consultant gives the feedback on the personality test, so only the HR consultant can record it.',
  },
  notConversationParticipant: {
    da: 'Kun samtalens deltagere kan aftale, flytte, afholde, dokumentere eller aflyse den.',
    en: 'Only the participants of a conversation can book, move, hold, document or cancel it.',
  },
  onlyTraineeOrLeaderEditsAgreement: {
    da: 'Læringsaftalen udformes af ledertraineen og den nærmeste leder, så kun de kan ændre i den.',
    en: 'The learning agreement is drawn up by the leader trainee and the nearest leader, so only they can change it.',
  },
  onlyTraineeOrLeaderAccepts: {
    da: 'Kun ledertraineen og den nærmeste leder kan godkende læringsaftalen – hver for sig.',
    en: 'Only the leader trainee and the nearest leader can approve the learning agreement – each for themselves.',
  },
  onlyHrAcknowledges: {
    da: 'Kun forløbets HR-konsulent kan kvittere for læringsaftalen.',
    en: "Only the programme's HR consultant can acknowledge the learning agreement.",
  },
  onlyHrComments: {
    da: 'Kun forløbets HR-konsulent kan skrive HR-konsulentens bemærkning til læringsaftalen.',
    en: "Only the programme's HR consultant can write the HR consultant's remark on the learning agreement.",
  },
  onlyTraineeOrLeaderReportsProgress: {
    da: 'Kun ledertraineen og den nærmeste leder kan melde status på byggeklodserne.',
    en: 'Only the leader trainee and the nearest leader can report progress on the building blocks.',
  },
  onlyTraineeOrLeaderRecordsFollowUp: {
    da: 'Referatet af opfølgningsmødet skrives af ledertraineen eller den nærmeste leder.',
    en: 'The record of the follow-up meeting is written by the leader trainee or the nearest leader.',
  },
  onlyTraineeRegistersTakeOff: {
    da: 'Kun ledertraineen selv kan tilmelde sig take-off-arrangementet.',
    en: 'Only the leader trainee can register for the take-off event.',
  },
  onlyProgrammeAdminReadsFeedback: {
    da: 'Kun en programadministrator kan læse tilbagemeldingerne på forløbet fra transitionssamtalerne.',
    en: 'Only a programme admin can read the programme feedback from the transition interviews.',
  },
  conversationReadOnly: {
    da: 'Samtalen er dokumenteret, aflyst eller hører til en fase, forløbet har forladt, så kortet kan kun læses.',
    en: 'The conversation is documented, cancelled or belongs to a phase the programme has left, so the card is read-only.',
  },
  onlyLeaderOrHrPausesReminders: {
    da: 'Kun den nærmeste leder og HR-konsulenten kan sætte forløbets påmindelser på pause.',
    en: "Only the nearest leader and the HR consultant can pause the programme's reminders.",
  },

  // Programme and phases
  programmeClosed: {
    da: 'Forløbet er afsluttet, så der kan ikke længere ændres i det.',
    en: 'The programme is closed and can no longer be changed.',
  },
  wrongPhase: (p: PhaseParams): LocalizedText => ({
    da: `Det kan kun gøres i fasen ${phaseNames(p.allowed).da} – forløbet er nu i fasen ${PHASE_LABELS[p.current].da}.`,
    en: `This can only be done in the phase ${phaseNames(p.allowed).en} – the programme is now in the phase ${PHASE_LABELS[p.current].en}.`,
  }),
  traineeIsLeader: {
    da: 'Ledertraineen og den nærmeste leder skal være to forskellige personer.',
    en: 'The leader trainee and the nearest leader must be two different people.',
  },
  hrIsParticipant: {
    da: 'HR-konsulenten kan ikke samtidig være ledertrainee eller nærmeste leder i forløbet.',
    en: 'The HR consultant cannot also be the leader trainee or the nearest leader of the programme.',
  },
  hrNotInDepartment: {
    da: 'Den valgte HR-konsulent er ikke tilknyttet forløbets magistratsafdeling.',
    en: "The chosen HR consultant does not serve the programme's department.",
  },
  departmentMismatch: {
    da: 'Magistratsafdelingen er ikke forløbets magistratsafdeling.',
    en: "That department is not the programme's department.",
  },
  nominationAlreadyDecided: {
    da: 'Der er allerede taget stilling til indstillingen.',
    en: 'The nomination has already been decided on.',
  },
  nominationQuestionOpen: {
    da: 'Den nærmeste leder har endnu ikke svaret på det seneste spørgsmål. Vent på svaret, før du spørger igen.',
    en: 'The nearest leader has not yet answered the last question. Wait for the answer before you ask again.',
  },
  noOpenNominationQuestion: {
    da: 'Der er ikke noget ubesvaret spørgsmål til indstillingen.',
    en: 'There is no unanswered question about the nomination.',
  },
  traineeHasActiveProgramme: (p: NameParams): LocalizedText => ({
    da: `${p.name} er allerede med i et ledertraineeforløb, der ikke er afsluttet (eller er indstillet til et), og kan derfor ikke indstilles igen.`,
    en: `${p.name} already has a leader-trainee programme that is not closed (or a nomination waiting for a decision), and cannot be nominated again.`,
  }),
  departmentHasNoHr: (p: DepartmentParams): LocalizedText => ({
    da: `${p.department} har endnu ingen HR-konsulent i Ledertrainee, så der er ingen til at tage stilling til indstillingen. Kontakt en programadministrator.`,
    en: `${p.department} has no HR consultant in Ledertrainee yet, so nobody can decide on the nomination. Contact a programme admin.`,
  }),
  onlyProgrammeAdminManagesTakeOff: {
    da: 'Kun en programadministrator kan oprette take-off-arrangementer og se tilmeldingerne.',
    en: 'Only a programme admin can create take-off events and see the registrations.',
  },
  takeOffOnlyInCompletion: {
    da: 'Take-off er for ledertrainees, hvis forløb er i fasen Afslutning eller snart slutter. Dit forløb er ikke dér endnu, så du kan ikke tilmelde dig.',
    en: 'Take-off is for leader trainees whose programme is in the Completion phase or ends soon. Your programme is not there yet, so you cannot register.',
  },
  takeOffEventNotFound: {
    da: 'Take-off-arrangementet findes ikke.',
    en: 'The take-off event does not exist.',
  },
  departmentNotFound: {
    da: 'Magistratsafdelingen findes ikke.',
    en: 'The department does not exist.',
  },
  personNotInDirectory: {
    da: 'Personen findes ikke i personkartoteket.',
    en: 'The person is not in the person directory.',
  },
  hrAlreadyAttached: {
    da: 'Den HR-konsulent er allerede tilknyttet forløbet.',
    en: 'That HR consultant is already attached to the programme.',
  },

  // Gate items
  hrConsultantNotAttached: {
    da: 'Der skal være tilknyttet en HR-konsulent fra magistratsafdelingen, før opstarten kan begynde.',
    en: 'An HR consultant from the department must be attached before the start-up can begin.',
  },
  personalityTestNotTaken: {
    da: 'Ledertraineen har ikke deltaget i lederafklaringsforløbet og skal derfor tage en persontest før opstartssamtalen.',
    en: 'The leader trainee has not taken part in the leader clarification programme and must therefore take a personality test before the start-up interview.',
  },
  personalityFeedbackNotGiven: {
    da: 'HR-konsulenten skal give ledertraineen feedback på persontesten før opstartssamtalen.',
    en: 'The HR consultant must give the leader trainee feedback on the personality test before the start-up interview.',
  },
  startupPart1NotDocumented: {
    da: 'Opstartssamtalens første del skal være afholdt og dokumenteret, før udviklingsdelen kan begynde.',
    en: 'Part 1 of the start-up interview must be held and documented before the development part can begin.',
  },
  startupPart2NotDocumented: {
    da: 'Opstartssamtalens anden del skal være afholdt og dokumenteret, før udviklingsdelen kan begynde.',
    en: 'Part 2 of the start-up interview must be held and documented before the development part can begin.',
  },
  agreementNotAccepted: {
    da: 'Læringsaftalen skal godkendes af både ledertraineen og den nærmeste leder, før udviklingsdelen kan begynde.',
    en: 'The learning agreement must be approved by both the leader trainee and the nearest leader before the development part can begin.',
  },
  midwayNotDocumented: {
    da: 'Midtvejssamtalen skal være afholdt og dokumenteret, før afslutningen kan begynde.',
    en: 'The midway interview must be held and documented before the completion can begin.',
  },
  transitionNotDocumented: {
    da: 'Transitionssamtalen skal være afholdt og dokumenteret, før forløbet er afsluttet.',
    en: 'The transition interview must be held and documented before the programme is closed.',
  },

  // Personality test
  personalityTestNotRequired: {
    da: 'Ledertraineen har deltaget i lederafklaringsforløbet, så der skal ikke tages en persontest.',
    en: 'The leader trainee has taken part in the leader clarification programme, so no personality test is needed.',
  },
  personalityTestAlreadyRecorded: {
    da: 'Det er allerede registreret, at persontesten er taget.',
    en: 'It has already been recorded that the personality test was taken.',
  },
  personalityFeedbackAlreadyRecorded: {
    da: 'Det er allerede registreret, at der er givet feedback på persontesten.',
    en: 'It has already been recorded that feedback on the personality test was given.',
  },
  personalityTestNotYetTaken: {
    da: 'Der kan først gives feedback, når ledertraineen har taget persontesten.',
    en: 'Feedback can only be given once the leader trainee has taken the personality test.',
  },
  startupBeforePersonalityFeedback: {
    da: 'Opstartssamtalens første del kan først afholdes, når HR-konsulenten har givet feedback på persontesten.',
    en: 'Part 1 of the start-up interview can only be held once the HR consultant has given feedback on the personality test.',
  },
  personalityFeedbackNotConfirmed: {
    da: 'Referatet skal bekræfte, at HR-konsulenten har givet feedback på persontesten.',
    en: 'The record must confirm that the HR consultant has given feedback on the personality test.',
  },

  // Conversations
  conversationNotFound: {
    da: 'Samtalen findes ikke i forløbet.',
    en: 'The conversation does not exist in this programme.',
  },
  conversationNotInPhase: (p: KindPhaseParams): LocalizedText => ({
    da: `${CONVERSATION_SUBJECT[p.kind].da} hører til fasen ${PHASE_LABELS[KIND_PHASE[p.kind]].da} – forløbet er nu i fasen ${PHASE_LABELS[p.current].da}.`,
    en: `${CONVERSATION_SUBJECT[p.kind].en} belongs to the phase ${PHASE_LABELS[KIND_PHASE[p.kind]].en} – the programme is now in the phase ${PHASE_LABELS[p.current].en}.`,
  }),
  startupPart1NotHeld: {
    da: 'Opstartssamtalens anden del kan først aftales, når første del er afholdt.',
    en: 'Part 2 of the start-up interview can only be scheduled once part 1 has been held.',
  },
  conversationAlreadyOpen: (p: KindParams): LocalizedText => ({
    da: `${CONVERSATION_SUBJECT[p.kind].da} er allerede aftalt og endnu ikke dokumenteret.`,
    en: `${CONVERSATION_SUBJECT[p.kind].en} is already scheduled and not yet documented.`,
  }),
  conversationAlreadyDocumented: (p: KindParams): LocalizedText => ({
    da: `${CONVERSATION_SUBJECT[p.kind].da} er allerede afholdt og dokumenteret.`,
    en: `${CONVERSATION_SUBJECT[p.kind].en} has already been held and documented.`,
  }),
  conversationNotBooked: (p: StatusParams): LocalizedText => ({
    da: `Det kan kun gøres, mens samtalen er aftalt. Den er nu ${CONVERSATION_STATUS_LABELS[p.status].da}.`,
    en: `This can only be done while the conversation is scheduled. It is now ${CONVERSATION_STATUS_LABELS[p.status].en}.`,
  }),
  conversationNotHeld: (p: StatusParams): LocalizedText => ({
    da: `Samtalen skal være markeret som afholdt, før den kan dokumenteres. Den er nu ${CONVERSATION_STATUS_LABELS[p.status].da}.`,
    en: `The conversation must be marked as held before it can be documented. It is now ${CONVERSATION_STATUS_LABELS[p.status].en}.`,
  }),
  conversationNotYetStarted: (p: StartParams): LocalizedText => ({
    da: `Samtalen kan først markeres som afholdt, når den er begyndt (${formatDateTime(p.start, 'da')}).`,
    en: `The conversation can only be marked as held once it has started (${formatDateTime(p.start, 'en')}).`,
  }),
  followUpDocumentedAsEntry: {
    da: 'Et opfølgningsmøde dokumenteres med et referat af opfølgningsmødet, ikke med en samtaleskabelon.',
    en: 'A follow-up meeting is documented with a record of the follow-up meeting, not with an interview template.',
  },
  conversationNotFollowUp: {
    da: 'Et referat af et opfølgningsmøde kan kun knyttes til et opfølgningsmøde.',
    en: 'A record of a follow-up meeting can only be linked to a follow-up meeting.',
  },
  recordKindMismatch: {
    da: 'Referatet hører til en anden slags samtale.',
    en: 'The record belongs to a different kind of conversation.',
  },

  // Learning agreement
  noAgreement: {
    da: 'Der er endnu ingen læringsaftale. Den udformes ved opstartssamtalens anden del.',
    en: 'There is no learning agreement yet. It is drawn up at part 2 of the start-up interview.',
  },
  agreementVersionNotFound: {
    da: 'Den version af læringsaftalen findes ikke.',
    en: 'That version of the learning agreement does not exist.',
  },
  agreementLocked: {
    da: 'Læringsaftalen er godkendt og kan ikke ændres. Skal noget ændres, så opret en ny version.',
    en: 'The learning agreement has been approved and cannot be changed. Open a new version if something needs to change.',
  },
  agreementDraftAlreadyOpen: {
    da: 'Der er allerede en ny version af læringsaftalen under udarbejdelse.',
    en: 'A new version of the learning agreement is already being drafted.',
  },
  noAcceptedAgreement: {
    da: 'Der er endnu ingen godkendt læringsaftale.',
    en: 'There is no approved learning agreement yet.',
  },
  agreementHasNoGoals: {
    da: 'Læringsaftalen skal have mindst ét læringsmål, før den kan godkendes.',
    en: 'The learning agreement must have at least one learning goal before it can be approved.',
  },
  agreementAlreadyAcceptedByYou: {
    da: 'Du har allerede godkendt denne version af læringsaftalen.',
    en: 'You have already approved this version of the learning agreement.',
  },
  agreementAlreadyAcknowledged: {
    da: 'HR-konsulenten har allerede kvitteret for denne version af læringsaftalen.',
    en: 'The HR consultant has already acknowledged this version of the learning agreement.',
  },
  goalNotFound: {
    da: 'Læringsmålet findes ikke i læringsaftalen.',
    en: 'The learning goal does not exist in the learning agreement.',
  },
  blockNotFound: {
    da: 'Byggeklodsen findes ikke i læringsaftalen.',
    en: 'The building block does not exist in the learning agreement.',
  },
  aspirantCourseMandatory: {
    da: 'Lederaspirantforløbet er en fast del af ledertraineeforløbet og kan ikke fjernes eller fravælges.',
    en: 'The leadership-aspirant course is a fixed part of the programme and cannot be removed or dropped.',
  },
  aspirantCourseMissing: {
    da: 'Læringsaftalen mangler lederaspirantforløbet, som er en fast del af ledertraineeforløbet.',
    en: 'The learning agreement lacks the leadership-aspirant course, which is a fixed part of the programme.',
  },
  aspirantCourseAlreadyPresent: {
    da: 'Læringsaftalen har allerede lederaspirantforløbet – det skal kun stå der én gang.',
    en: 'The learning agreement already has the leadership-aspirant course – it belongs there only once.',
  },
  invalidBlockStatusTransition: (p: BlockTransitionParams): LocalizedText => ({
    da: `En byggeklods kan ikke gå fra »${BLOCK_STATUS_LABELS[p.from].da}« til »${BLOCK_STATUS_LABELS[p.to].da}«.`,
    en: `A building block cannot go from "${BLOCK_STATUS_LABELS[p.from].en}" to "${BLOCK_STATUS_LABELS[p.to].en}".`,
  }),

  // Stored state that breaks the rules (reasons given when a programme is not loaded)
  programmeStateInvalid: (p: InvalidStateParams): LocalizedText => ({
    da: `Forløbet »${p.programme}« kan ikke åbnes, fordi de gemte data ikke overholder reglerne (${p.field}): ${p.reason.da} Det er en fejl i de gemte data, ikke i det, du har gjort.`,
    en: `The programme "${p.programme}" cannot be opened because its stored data break the rules (${p.field}): ${p.reason.en} This is a fault in the stored data, not in what you did.`,
  }),
  phaseHistoryMismatch: {
    da: 'Fasehistorikken skal begynde med Indstilling, tage faserne i rækkefølge og slutte med forløbets fase.',
    en: "The phase history must start with Nomination, take the phases in order and end with the programme's phase.",
  },
  agreementStatusMismatch: {
    da: 'Læringsaftalens status passer ikke med, hvem der har godkendt og kvitteret for den.',
    en: "The learning agreement's status does not match who has approved and acknowledged it.",
  },
  agreementVersionsInconsistent: {
    da: 'Læringsaftalens versioner passer ikke sammen: højst én godkendt version og højst ét udkast, som skal være den nyeste version.',
    en: 'The versions of the learning agreement do not fit together: at most one approved version and at most one draft, which must be the newest.',
  },
  conversationStatusMismatch: {
    da: 'Samtalens status passer ikke med, hvornår den er afholdt, dokumenteret eller aflyst.',
    en: 'The status of the conversation does not match when it was held, documented or cancelled.',
  },
  nominationQuestionMismatch: {
    da: 'Spørgsmålene til indstillingen passer ikke sammen: et svar skal have sit tidspunkt, og kun det nyeste spørgsmål må være ubesvaret.',
    en: 'The questions about the nomination do not fit together: an answer needs its time, and only the newest question may be unanswered.',
  },
  declinedOutsideNomination: {
    da: 'Indstillingen er afvist, men forløbet er ikke i fasen Indstilling.',
    en: 'The nomination is declined, but the programme is not in the Nomination phase.',
  },
  outcomeWithoutTransition: {
    da: 'Forløbet er afsluttet, men er ikke i fasen Afslutning med en dokumenteret transitionssamtale.',
    en: 'The programme is closed but is not in the Completion phase with a documented transition interview.',
  },

  // Validation (the field is named in the text and in ValidationError.field)
  required: (p: FieldParams): LocalizedText => ({
    da: `Udfyld feltet »${fieldLabel(p.field).da}«.`,
    en: `Please fill in "${fieldLabel(p.field).en}".`,
  }),
  tooLong: (p: LengthParams): LocalizedText => ({
    da: `»${fieldLabel(p.field).da}« må højst være ${p.max} tegn.`,
    en: `"${fieldLabel(p.field).en}" can be at most ${p.max} characters.`,
  }),
  outOfRange: (p: RangeParams): LocalizedText => ({
    da: `»${fieldLabel(p.field).da}« skal være et tal fra ${p.min} til ${p.max}.`,
    en: `"${fieldLabel(p.field).en}" must be a number from ${p.min} to ${p.max}.`,
  }),
  tooMany: (p: RangeParams): LocalizedText => ({
    da: `»${fieldLabel(p.field).da}« skal have fra ${p.min} til ${p.max} punkter.`,
    en: `"${fieldLabel(p.field).en}" must have from ${p.min} to ${p.max} items.`,
  }),
  invalidDate: (p: FieldParams): LocalizedText => ({
    da: `»${fieldLabel(p.field).da}« skal være en gyldig dato.`,
    en: `"${fieldLabel(p.field).en}" must be a valid date.`,
  }),
  dateOutOfRange: (p: DateRangeParams): LocalizedText => ({
    da: `»${fieldLabel(p.field).da}« skal ligge fra ${calendarDateText(p.earliest).da} til ${calendarDateText(p.latest).da}.`,
    en: `"${fieldLabel(p.field).en}" must be from ${calendarDateText(p.earliest).en} to ${calendarDateText(p.latest).en}.`,
  }),
  answersRefused: (p: CountParams): LocalizedText => ({
    da: `Intet er gemt: ${p.count} felter skal rettes (se ved felterne).`,
    en: `Nothing was saved: ${p.count} fields need correcting (see at the fields).`,
  }),
  wishedStartInPast: (p: FieldParams): LocalizedText => ({
    da: `»${fieldLabel(p.field).da}« kan ikke ligge før i dag.`,
    en: `"${fieldLabel(p.field).en}" cannot be before today.`,
  }),
  invalidDateRange: (p: FieldParams): LocalizedText => ({
    da: `»${fieldLabel(p.field).da}«: slutdatoen kan ikke ligge før startdatoen.`,
    en: `"${fieldLabel(p.field).en}": the end date cannot be before the start date.`,
  }),
  invalidChoice: (p: FieldParams): LocalizedText => ({
    da: `»${fieldLabel(p.field).da}« har en ugyldig værdi.`,
    en: `"${fieldLabel(p.field).en}" has an invalid value.`,
  }),
  invalidId: (p: FieldParams): LocalizedText => ({
    da: `»${fieldLabel(p.field).da}« er ikke et gyldigt id.`,
    en: `"${fieldLabel(p.field).en}" is not a valid id.`,
  }),
  idInUse: (p: FieldParams): LocalizedText => ({
    da: `»${fieldLabel(p.field).da}« er allerede brugt i forløbet.`,
    en: `"${fieldLabel(p.field).en}" is already used in this programme.`,
  }),
  duplicate: (p: FieldParams): LocalizedText => ({
    da: `»${fieldLabel(p.field).da}« indeholder det samme flere gange.`,
    en: `"${fieldLabel(p.field).en}" contains the same item more than once.`,
  }),
  unknownGoal: (p: FieldParams): LocalizedText => ({
    da: `»${fieldLabel(p.field).da}« henviser til et læringsmål, der ikke står i læringsaftalen.`,
    en: `"${fieldLabel(p.field).en}" refers to a learning goal that is not in the learning agreement.`,
  }),
  unknownBlock: (p: FieldParams): LocalizedText => ({
    da: `»${fieldLabel(p.field).da}« henviser til en byggeklods, der ikke står i læringsaftalen.`,
    en: `"${fieldLabel(p.field).en}" refers to a building block that is not in the learning agreement.`,
  }),
  goalMissing: (p: FieldParams): LocalizedText => ({
    da: `»${fieldLabel(p.field).da}« skal udfyldes for hvert læringsmål i læringsaftalen.`,
    en: `"${fieldLabel(p.field).en}" must be filled in for every learning goal in the learning agreement.`,
  }),
  practiceDetailsRequired: {
    da: 'Et praksiselement skal have træningsform, lokal eller tværgående forankring, omfang og kompleksitet.',
    en: 'A practice element needs a form of training, local or cross-cutting reach, a scope and a complexity.',
  },
  practiceDetailsOnlyForPracticeElements: {
    da: 'Træningsform, omfang og kompleksitet angives kun for praksiselementer.',
    en: 'Form of training, scope and complexity are given for practice elements only.',
  },

  // Warnings (not errors)
  complexityDecreases: (p: ComplexityParams): LocalizedText => ({
    da: `Praksiselementet »${p.later}« starter senere end »${p.earlier}«, men har lavere kompleksitet (${p.laterComplexity} mod ${p.earlierComplexity}). Kompleksiteten bør øges over perioden.`,
    en: `The practice element "${p.later}" starts later than "${p.earlier}" but is less complex (${p.laterComplexity} against ${p.earlierComplexity}). Complexity should increase over the period.`,
  }),
} satisfies Record<string, LocalizedText | ((p: never) => LocalizedText)>;

export type MessageCode = keyof typeof MESSAGES;
type Catalogue = typeof MESSAGES;
/** The parameters a code's text needs: none for a fixed text. */
export type MessageArgs<C extends MessageCode> = Catalogue[C] extends (p: infer P) => LocalizedText ? [P] : [];

/** Codes whose text needs no parameters. */
export type FixedMessageCode = { [C in MessageCode]: MessageArgs<C> extends [] ? C : never }[MessageCode];

/** The Danish and English text of a code. */
export function message<C extends MessageCode>(code: C, ...args: MessageArgs<C>): LocalizedText {
  const entry = MESSAGES[code] as LocalizedText | ((p: unknown) => LocalizedText);
  return typeof entry === 'function' ? entry(args[0]) : { ...entry };
}

// ---------------------------------------------------------------- error factories

export function ruleViolation<C extends MessageCode>(code: C, ...args: MessageArgs<C>): RuleViolation {
  return new RuleViolation(code, message(code, ...args));
}

export function forbidden<C extends MessageCode>(code: C, ...args: MessageArgs<C>): ForbiddenError {
  return new ForbiddenError(code, message(code, ...args));
}

export function notFound<C extends MessageCode>(code: C, ...args: MessageArgs<C>): NotFoundError {
  return new NotFoundError(code, message(code, ...args));
}

type ParamsOf<C extends MessageCode> = Catalogue[C] extends (p: infer P) => LocalizedText ? P : object;
type ExtraArgs<C extends MessageCode> = object extends Omit<ParamsOf<C>, 'field'> ? [] : [Omit<ParamsOf<C>, 'field'>];

/** A validation error about one field; the text names the field (extra parameters besides it, if the code has any). */
export function invalid<C extends MessageCode>(code: C, field: string, ...extra: ExtraArgs<C>): ValidationError {
  const entry = MESSAGES[code] as LocalizedText | ((p: unknown) => LocalizedText);
  const text = typeof entry === 'function' ? entry({ field, ...(extra[0] ?? {}) }) : { ...entry };
  return new ValidationError(code, text, field);
}

/** Builds the error for a stored programme that breaks the rules (see InvalidProgrammeStateError). */
export function invalidProgrammeState(programmeId: string, field: string, reason: DomainError): InvalidProgrammeStateError {
  const text = message('programmeStateInvalid', { programme: programmeId, field, reason: reason.text });
  return new InvalidProgrammeStateError(programmeId, field, reason, text);
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
