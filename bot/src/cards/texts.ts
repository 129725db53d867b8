/**
 * Every text the bot shows a user, in Danish and English, in one place so it can be read and
 * reviewed as a whole. Danish is the source; English follows it. Card templates contain no prose,
 * only bindings to these texts.
 *
 * Markdown (**bold**) works in Teams text messages and in Adaptive Card TextBlocks.
 */
import type { ReminderKind } from '../domain/reminders';
import { Language } from './language';

/** The commands the bot understands today; each needs a word and a description below. */
export type CommandName = 'help' | 'status' | 'language' | 'book' | 'nominate' | 'departmentHr' | 'reminders' | 'takeOff' | 'jointStartup' | 'programmeChat' | 'agreement' | 'conversation' | 'feedback';

/** Aids (hjælperedskaber) the catalogue can name. Links come from configuration, not from here. */
export type KnownAidKey =
  | 'spotEtLedertalent'
  | 'ledelseSkalTraenes'
  | 'skabeloner'
  | 'skabelonOpstartssamtale'
  | 'skabelonLaeringsaftale'
  | 'skabelonMidtvejssamtale'
  | 'skabelonTransitionssamtale';

export interface TitledText {
  title: string;
  text: string;
}

export interface Texts {
  /** Name of the personal tab as the manifest labels it. */
  tabName: string;
  welcome: {
    title: string;
    intro: string;
    phasesHeading: string;
    phases: TitledText[];
    botHeading: string;
    botText: string;
    /** Button that sends the help command as if the user had typed it. */
    showHelp: string;
  };
  help: {
    title: string;
    commandsHeading: string;
    programmeHeading: string;
    programmeText: string;
    openProgrammeTab: string;
    aidsHeading: string;
    aidsIntro: string;
    noAids: string;
  };
  commands: Record<CommandName, { word: string; description: string }>;
  aids: Record<KnownAidKey, TitledText>;
  status: {
    title: string;
    none: string;
    role: string;
    phase: string;
    nextConversation: string;
    noNextConversation: string;
    dueHeading: string;
    waitingHeading: string;
    nothingWaiting: string;
    closed: string;
    /** The phase shown for a nomination HR declined. */
    declined: string;
    /** "… and N more: see the tab". */
    more: string;
  };
  language: {
    /** Confirmation in the language just chosen. */
    chosen: string;
    /** When `sprog` / `language` is typed without a language it knows. */
    usage: string;
  };
  /** Messages the bot starts itself; `{trainee}` is the trainee's name. */
  notices: {
    personalityTestTaken: string;
    personalityFeedbackGiven: string;
  };
  /** Buttons and confirmations of the personality-test steps. */
  personalityTest: {
    markTaken: string;
    markFeedbackGiven: string;
    takenRecorded: string;
    feedbackRecorded: string;
  };
  /**
   * Reminders (domain/reminders.ts): one text per kind; `{trainee}`, `{date}` (Danish or English
   * date), `{conversation}` (the conversation's name). `footer` says how to pause them.
   */
  reminders: Record<ReminderKind, string> & { footer: string };
  /** `påmindelser pause|genoptag`: pausing a programme's reminders (leader and HR). */
  remindersPause: { paused: string; resumed: string; none: string; usage: string };
  /** Told the user when storage does not answer in time. */
  storageUnavailable: string;
  /** Answer to text the bot does not understand. */
  fallback: string;
  /** A button pressed in a shared chat by a client without Universal Actions: the person's own view is not posted there. */
  ownViewNotInSharedChat: string;
  /** Told the user when a turn fails unexpectedly. */
  turnError: string;
}

const da: Texts = {
  tabName: 'Mit forløb',
  welcome: {
    title: 'Velkommen til Ledertrainee',
    intro:
      'Ledertraineeforløbet er Aarhus Kommunes forløb for medarbejdere, der gerne vil være ledere; perioden aftales ved opstarten. ' +
      'Forløbet bæres af tre: ledertraineen, den nærmeste leder og en HR-konsulent fra magistratsafdelingen. ' +
      'Her i Teams har I det hele samlet ét sted.',
    phasesHeading: 'Sådan er forløbet bygget op',
    phases: [
      {
        title: 'Indstilling',
        text: 'Den nærmeste leder indstiller medarbejderen til forløbet, og en HR-konsulent fra magistratsafdelingen bliver tilknyttet.',
      },
      {
        title: 'Opstartssamtale i to dele',
        text:
          'Først giver HR-konsulenten ledertrainee og leder en grundig introduktion til forløbet. ' +
          'Derefter afstemmer ledertrainee og leder forventningerne, planlægger forløbet og udformer læringsaftalen. ' +
          'Har ledertraineen ikke været på lederafklaringsforløbet, tager ledertraineen først en persontest og får feedback fra HR-konsulenten.',
      },
      {
        title: 'Udviklingsdel',
        text:
          'Byggeklodserne i læringsaftalen bliver gennemført: lederaspirantforløbet, introduktion til lederrollen, ' +
          'praksiselementer og eventuelt kurser eller e-læring. Undervejs holder ledertrainee og leder løbende ' +
          'opfølgningsmøder, og midt i forløbet er der en midtvejssamtale med HR-konsulenten.',
      },
      {
        title: 'Afslutning',
        text:
          'Transitionssamtalen ser tilbage på læring og resultater og frem mod det første lederjob. ' +
          'Til sidst mødes ledertrainees fra hele kommunen til et fælles take-off.',
      },
    ],
    botHeading: 'Det kan jeg hjælpe med',
    botText:
      'Skriv **hjælp**, så får du en oversigt over, hvad jeg kan, og links til forløbets hjælperedskaber.',
    showHelp: 'Vis hjælp',
  },
  help: {
    title: 'Hjælp',
    commandsHeading: 'Det kan du skrive til mig',
    programmeHeading: 'Læringsaftale og fremdrift',
    programmeText:
      'Åbn fanen **Mit forløb** øverst i chatten med mig for at se læringsaftalen, og hvor langt forløbet er nået.',
    openProgrammeTab: 'Åbn Mit forløb',
    aidsHeading: 'Hjælperedskaber',
    aidsIntro: 'Pjecer og skabeloner til forløbet:',
    noAids: 'Hjælperedskaberne er ikke lagt ind endnu.',
  },
  commands: {
    help: { word: 'hjælp', description: 'Viser denne oversigt og links til hjælperedskaberne.' },
    status: {
      word: 'status',
      description: 'Viser dine forløb: fasen, den næste samtale, hvad der mangler, og hvad der venter på dig.',
    },
    language: { word: 'sprog dansk / sprog engelsk', description: 'Vælger, om jeg skriver dansk eller engelsk til dig.' },
    reminders: {
      word: 'påmindelser pause / påmindelser genoptag',
      description: 'Sætter påmindelserne for dine forløb på pause eller genoptager dem (nærmeste leder og HR-konsulent; evt. med ledertraineens navn).',
    },
    nominate: {
      word: 'indstil',
      description: 'Indstil en medarbejder til ledertraineeforløbet (fx **indstil Jonas**). HR-konsulenten i magistratsafdelingen tager stilling.',
    },
    departmentHr: {
      word: 'afdeling',
      description: 'For programadministratorer: hvem der er HR-konsulent for hver magistratsafdeling.',
    },
    takeOff: {
      word: 'take-off',
      description: 'For programadministratorer: opret take-off-arrangementet for ledertrainees i afslutningen, og se tilmeldingerne.',
    },
    agreement: {
      word: 'læringsaftale',
      description: 'Viser læringsaftalen i dit forløb: læringsmål og byggeklodser. Ret kladden, og godkend den, når I er enige.',
    },
    book: {
      word: 'book',
      description: 'Foreslår tidspunkter til den næste samtale i dit forløb (fx **book opfølgning**). Ét klik aftaler tidspunktet med alle deltagere.',
    },
    jointStartup: {
      word: 'book fælles opstartsmøde',
      description: 'For HR-konsulenter: aftal ét fælles møde for opstartssamtale del 1 med flere af afdelingens ledertrainees og deres nærmeste ledere.',
    },
    conversation: {
      word: 'samtale',
      description: 'Åbner skabelonen for den aktuelle samtale i dit forløb, så I kan udfylde den sammen og dokumentere den.',
    },
    feedback: {
      word: 'tilbagemeldinger',
      description: 'For programadministratorer: tilbagemeldingerne på forløbet fra transitionssamtalerne.',
    },
    programmeChat: {
      word: 'tilknyt / fjern tilknytning',
      description: 'Knytter en gruppechat med ledertraineen, den nærmeste leder og HR-konsulenten til jeres forløb, så kortene til samtalerne kommer dér (skriv det i gruppechatten; i din chat med mig får du at vide hvordan).',
    },
  },
  aids: {
    spotEtLedertalent: {
      title: 'Spot et ledertalent',
      text: 'Pjece med inspiration til at få øje på, udvikle og udvælge ledertalenter.',
    },
    ledelseSkalTraenes: {
      title: 'Ledelse skal trænes',
      text: 'Pjece med inspiration til at udvælge og tilrettelægge praksiselementer for ledertraineen.',
    },
    skabeloner: {
      title: 'Skabeloner',
      text: 'Skabeloner for opstartssamtalen, læringsaftalen, midtvejssamtalen og transitionssamtalen.',
    },
    skabelonOpstartssamtale: { title: 'Skabelon for opstartssamtalen', text: 'Til opstartssamtalens to dele.' },
    skabelonLaeringsaftale: { title: 'Skabelon for læringsaftalen', text: 'Til at beskrive læringsmål og byggeklodser.' },
    skabelonMidtvejssamtale: { title: 'Skabelon for midtvejssamtalen', text: 'Til at gøre status midt i forløbet.' },
    skabelonTransitionssamtale: {
      title: 'Skabelon for transitionssamtalen',
      text: 'Til tilbageblikket og næste skridt mod lederjobbet.',
    },
  },
  status: {
    title: 'Dine forløb',
    none: 'Du er ikke med i et ledertraineeforløb endnu.',
    role: 'Din rolle',
    phase: 'Fase',
    nextConversation: 'Næste samtale',
    noNextConversation: 'Ingen booket',
    dueHeading: 'Mangler før næste fase',
    waitingHeading: 'Venter på dig',
    nothingWaiting: 'Intet lige nu.',
    closed: 'Afsluttet',
    declined: 'Indstillingen blev afvist',
    more: '… og {count} forløb mere. Se dem alle under fanen Mit forløb.',
  },
  language: {
    chosen: 'Fint – jeg skriver dansk til dig fra nu af.',
    usage: 'Skriv **sprog dansk** eller **sprog engelsk**.',
  },
  notices: {
    personalityTestTaken:
      '**{trainee}** har taget persontesten. Giv ledertraineen feedback på den – først derefter kan opstartssamtalen afholdes.',
    personalityFeedbackGiven:
      'HR-konsulenten har givet **{trainee}** feedback på persontesten. Opstartssamtalen kan nu afholdes.',
  },
  personalityTest: {
    markTaken: 'Jeg har taget persontesten',
    markFeedbackGiven: 'Feedback er givet',
    takenRecorded: 'Noteret: persontesten er taget. HR-konsulenten giver dig feedback på den.',
    feedbackRecorded: 'Noteret: feedback på persontesten er givet. Ledertraineen og lederen får besked.',
  },
  reminders: {
    nominationWaitingForHr:
      'Påmindelse: Indstillingen af **{trainee}** (indstillet {date}) venter på, at en HR-konsulent fra magistratsafdelingen tager stilling til den.',
    personalityFeedbackPending:
      'Påmindelse: **{trainee}** tog persontesten {date} og venter på din feedback – først derefter kan opstartssamtalen afholdes.',
    agreementNotApproved:
      'Påmindelse: Læringsaftalen for **{trainee}** er ikke godkendt, 14 dage efter opstartssamtalens anden del. Godkend den, så udviklingsdelen kan begynde.',
    followUpDue: 'Påmindelse: Det er tid til et opfølgningsmøde med **{trainee}** efter den aftalte kadence (fra {date}). Aftal et tidspunkt.',
    midwayDue: 'Påmindelse: Halvdelen af forløbet for **{trainee}** er gået ({date}). Book midtvejssamtalen.',
    transitionDue: 'Påmindelse: Forløbet for **{trainee}** slutter {date}. Book transitionssamtalen inden da.',
    conversationNotDocumented:
      'Påmindelse: {conversation} med **{trainee}** {date} er ikke dokumenteret. Markér samtalen som afholdt, og udfyld skabelonen (for et opfølgningsmøde: referatet).',
    footer: 'Den nærmeste leder og HR-konsulenten kan sætte forløbets påmindelser på pause: skriv **påmindelser pause**.',
  },
  remindersPause: {
    paused: 'Påmindelserne er sat på pause for: {trainees}. Skriv **påmindelser genoptag** for at få dem igen.',
    resumed: 'Påmindelserne er genoptaget for: {trainees}.',
    none: 'Du er ikke nærmeste leder eller HR-konsulent på et igangværende forløb, hvis påmindelser du kan ændre.',
    usage: 'Skriv **påmindelser pause** eller **påmindelser genoptag** (evt. efterfulgt af ledertraineens navn).',
  },
  storageUnavailable: 'Jeg kan ikke hente forløbets data lige nu. Prøv igen om lidt.',
  fallback: 'Det forstod jeg desværre ikke. Skriv **hjælp**, så viser jeg, hvad jeg kan.',
  ownViewNotInSharedChat:
    'Det er modtaget. Dit eget kort kan indeholde oplysninger, som kun du må se, så det vises ikke her: skriv **samtale** eller **læringsaftale** i din personlige chat med Ledertrainee.',
  turnError: 'Beklager, der gik noget galt hos mig. Prøv igen om lidt.',
};

const en: Texts = {
  tabName: 'My programme',
  welcome: {
    title: 'Welcome to Ledertrainee',
    intro:
      "The leader-trainee programme (ledertraineeforløb) is Aarhus Kommune's programme for employees who want to become leaders; its period is agreed at start-up. " +
      'Three people carry it: the trainee, the nearest leader and an HR consultant from the department. ' +
      'Here in Teams you have all of it in one place.',
    phasesHeading: 'How the programme is built',
    phases: [
      {
        title: 'Nomination',
        text: 'The nearest leader nominates the employee for the programme, and an HR consultant from the department is attached.',
      },
      {
        title: 'Start-up interview in two parts',
        text:
          'First the HR consultant gives trainee and leader a thorough introduction to the programme. ' +
          'Then trainee and leader align expectations, plan the programme and draw up the learning agreement. ' +
          "A trainee who has not taken part in the municipality's leadership clarification programme first takes a personality test and gets feedback from the HR consultant.",
      },
      {
        title: 'Development',
        text:
          'The building blocks of the learning agreement are carried out: the leadership aspirant course, an introduction to the leader role, ' +
          'practice elements and optional courses or e-learning. Along the way trainee and leader hold regular follow-up meetings, ' +
          'and halfway through there is a midway interview with the HR consultant.',
      },
      {
        title: 'Completion',
        text:
          'The transition interview looks back on learning and results and ahead to the first leader job. ' +
          'Finally, trainees from across the municipality meet for a joint take-off.',
      },
    ],
    botHeading: 'What I can help with',
    botText:
      "Type **help** for an overview of what I can do and links to the programme's aids.",
    showHelp: 'Show help',
  },
  help: {
    title: 'Help',
    commandsHeading: 'Things you can type',
    programmeHeading: 'Learning agreement and progress',
    programmeText:
      'Open the **My programme** tab at the top of our chat to see the learning agreement and how far the programme has come.',
    openProgrammeTab: 'Open My programme',
    aidsHeading: 'Aids',
    aidsIntro: 'Leaflets and templates for the programme (in Danish):',
    noAids: 'The aids have not been added yet.',
  },
  commands: {
    help: { word: 'help', description: 'Shows this overview and links to the aids.' },
    status: {
      word: 'status',
      description: 'Shows your programmes: the phase, the next conversation, what is missing and what waits for you.',
    },
    language: { word: 'language english / language danish', description: 'Chooses whether I write to you in English or Danish.' },
    reminders: {
      word: 'reminders pause / reminders resume',
      description: "Pauses or resumes the reminders of your programmes (nearest leader and HR consultant; optionally with the trainee's name).",
    },
    nominate: {
      word: 'nominate',
      description: "Nominate an employee for the leader-trainee programme (e.g. **nominate Jonas**). The department's HR consultant decides.",
    },
    departmentHr: {
      word: 'department',
      description: 'For programme admins: who is HR consultant for each department.',
    },
    takeOff: {
      word: 'take-off',
      description: 'For programme admins: create the take-off event for leader trainees in completion, and see the registrations.',
    },
    agreement: {
      word: 'agreement',
      description: 'Shows the learning agreement of your programme: learning goals and building blocks. Edit the draft, and approve it when you agree.',
    },
    book: {
      word: 'book',
      description: 'Proposes times for the next conversation in your programme (e.g. **book follow-up**). One click books it with every participant.',
    },
    jointStartup: {
      word: 'book joint start-up',
      description: "For HR consultants: book one joint meeting for start-up interview part 1 with several of the department's trainees and their nearest leaders.",
    },
    conversation: {
      word: 'conversation',
      description: 'Opens the template of the current conversation in your programme, to fill in and document together.',
    },
    feedback: {
      word: 'feedback',
      description: 'For programme admins: the feedback on the programme from the transition interviews.',
    },
    programmeChat: {
      word: 'link / unlink',
      description: "Links a group chat with the trainee, the nearest leader and the HR consultant to your programme, so the conversations' cards go there (write it in the group chat; in your chat with me you learn how).",
    },
  },
  aids: {
    spotEtLedertalent: {
      title: 'Spot et ledertalent',
      text: 'Leaflet with inspiration for spotting, developing and selecting leadership talent.',
    },
    ledelseSkalTraenes: {
      title: 'Ledelse skal trænes',
      text: "Leaflet with inspiration for choosing and planning the trainee's practice elements.",
    },
    skabeloner: {
      title: 'Templates',
      text: 'Templates for the start-up interview, the learning agreement, the midway interview and the transition interview.',
    },
    skabelonOpstartssamtale: { title: 'Template for the start-up interview', text: 'For both parts of the start-up interview.' },
    skabelonLaeringsaftale: { title: 'Template for the learning agreement', text: 'For describing learning goals and building blocks.' },
    skabelonMidtvejssamtale: { title: 'Template for the midway interview', text: 'For taking stock halfway through.' },
    skabelonTransitionssamtale: {
      title: 'Template for the transition interview',
      text: 'For looking back and the next step toward a leader job.',
    },
  },
  status: {
    title: 'Your programmes',
    none: 'You are not part of a leader-trainee programme yet.',
    role: 'Your role',
    phase: 'Phase',
    nextConversation: 'Next conversation',
    noNextConversation: 'None booked',
    dueHeading: 'Missing before the next phase',
    waitingHeading: 'Waiting for you',
    nothingWaiting: 'Nothing right now.',
    closed: 'Completed',
    declined: 'The nomination was declined',
    more: '… and {count} more programmes. See them all in the My programme tab.',
  },
  language: {
    chosen: "Fine – I'll write to you in English from now on.",
    usage: 'Type **language english** or **language danish**.',
  },
  notices: {
    personalityTestTaken:
      '**{trainee}** has taken the personality test. Give the trainee feedback on it – only then can the start-up interview be held.',
    personalityFeedbackGiven:
      'The HR consultant has given **{trainee}** feedback on the personality test. The start-up interview can now be held.',
  },
  personalityTest: {
    markTaken: 'I have taken the personality test',
    markFeedbackGiven: 'Feedback given',
    takenRecorded: 'Noted: the personality test is taken. The HR consultant will give you feedback on it.',
    feedbackRecorded: 'Noted: feedback on the personality test is given. The trainee and the leader are told.',
  },
  reminders: {
    nominationWaitingForHr:
      'Reminder: The nomination of **{trainee}** (nominated {date}) is waiting for an HR consultant from the department to decide on it.',
    personalityFeedbackPending:
      'Reminder: **{trainee}** took the personality test on {date} and is waiting for your feedback – only then can the start-up interview be held.',
    agreementNotApproved:
      'Reminder: The learning agreement for **{trainee}** is not approved, 14 days after part 2 of the start-up interview. Approve it so the development part can begin.',
    followUpDue: 'Reminder: It is time for a follow-up meeting with **{trainee}** at the agreed cadence (from {date}). Agree on a time.',
    midwayDue: 'Reminder: Half of the programme for **{trainee}** has passed ({date}). Book the midway interview.',
    transitionDue: 'Reminder: The programme for **{trainee}** ends on {date}. Book the transition interview before then.',
    conversationNotDocumented:
      'Reminder: The {conversation} with **{trainee}** on {date} is not documented. Mark it as held and fill in the template (for a follow-up meeting: the notes).',
    footer: "The nearest leader and the HR consultant can pause the programme's reminders: type **reminders pause**.",
  },
  remindersPause: {
    paused: 'Reminders are paused for: {trainees}. Type **reminders resume** to get them again.',
    resumed: 'Reminders are resumed for: {trainees}.',
    none: 'You are not the nearest leader or HR consultant of an ongoing programme whose reminders you can change.',
    usage: "Type **reminders pause** or **reminders resume** (optionally followed by the trainee's name).",
  },
  storageUnavailable: "I can't reach the programme's data right now. Please try again in a moment.",
  fallback: "Sorry, I didn't understand that. Type **help** to see what I can do.",
  ownViewNotInSharedChat:
    'Received. Your own card may hold details only you may see, so it is not shown here: type **conversation** or **agreement** in your personal chat with Ledertrainee.',
  turnError: 'Sorry, something went wrong on my side. Please try again in a moment.',
};

const catalogue: Record<Language, Texts> = { da, en };

export function textsFor(language: Language): Texts {
  return catalogue[language];
}
