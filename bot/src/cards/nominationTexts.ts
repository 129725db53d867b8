/**
 * The texts of the nomination (indstilling), the department's decision on it and the HR mapping,
 * in Danish and English. Kept beside their cards rather than in texts.ts so this feature's words
 * can be read together; the same rules hold (Danish first, the seed's terms, questions as
 * questions, "du" to the reader). `{name}`-style placeholders are filled by the renderers.
 */
import { Language } from './language';

export interface NominationTexts {
  form: {
    title: string;
    intro: string;
    searchLabel: string;
    searchPlaceholder: string;
    searchButton: string;
    noMatches: string;
    tooShort: string;
    traineeLabel: string;
    searchAgain: string;
    departmentLabel: string;
    departmentPlaceholder: string;
    /** Shown after a department without an HR consultant. */
    noHrYet: string;
    reasonLabel: string;
    reasonPlaceholder: string;
    reasonRequired: string;
    clarificationLabel: string;
    clarificationHint: string;
    wishedStartLabel: string;
    submit: string;
    errorHeading: string;
  };
  /** The leader's confirmation; {trainee}, {department}, {hr}. */
  submitted: string;
  decision: {
    title: string;
    intro: string;
    trainee: string;
    leader: string;
    department: string;
    clarification: string;
    yes: string;
    no: string;
    wishedStart: string;
    notGiven: string;
    reasonHeading: string;
    questionsHeading: string;
    question: string;
    answer: string;
    noAnswerYet: string;
    textLabel: string;
    textPlaceholder: string;
    textRequired: string;
    accept: string;
    ask: string;
    decline: string;
  };
  /** Confirmations to the HR consultant who decided. */
  decided: { accept: string; ask: string; decline: string };
  question: { title: string; intro: string; answerLabel: string; answerRequired: string; send: string };
  answered: string;
  /** Notices; {trainee}, {hr}, {reason}, {question}. */
  notices: { accepted: string; declined: string };
  welcome: { title: string; intro: string; phasesHeading: string; next: string };
  departments: {
    title: string;
    intro: string;
    none: string;
    remove: string;
    addHeading: string;
    departmentLabel: string;
    personLabel: string;
    personPlaceholder: string;
    chooseLabel: string;
    add: string;
    added: string;
    removed: string;
    noMatches: string;
  };
}

const da: NominationTexts = {
  form: {
    title: 'Indstil en medarbejder til ledertraineeforløbet',
    intro: 'Som nærmeste leder indstiller du en medarbejder. En HR-konsulent fra magistratsafdelingen tager stilling til indstillingen.',
    searchLabel: 'Hvem vil du indstille?',
    searchPlaceholder: 'Navn eller e-mail, fx Jonas',
    searchButton: 'Søg',
    noMatches: 'Ingen i personkartoteket matcher »{query}«. Prøv med et andet navn eller en e-mail.',
    tooShort: 'Skriv mindst to bogstaver af navnet eller e-mailen.',
    traineeLabel: 'Medarbejder',
    searchAgain: 'Ikke den rigtige? Skriv **indstil** efterfulgt af et navn, fx **indstil Jonas**.',
    departmentLabel: 'Magistratsafdeling',
    departmentPlaceholder: 'Vælg magistratsafdeling',
    noHrYet: '(ingen HR-konsulent endnu)',
    reasonLabel: 'Hvorfor indstiller du medarbejderen?',
    reasonPlaceholder: 'Fx hvad du har set medarbejderen gøre, og hvorfor du tror på vedkommende som leder',
    reasonRequired: 'Skriv, hvorfor du indstiller medarbejderen.',
    clarificationLabel: 'Medarbejderen har deltaget i Aarhus Kommunes lederafklaringsforløb',
    clarificationHint: 'Har medarbejderen ikke deltaget, tager ledertraineen en persontest og får feedback fra HR-konsulenten før opstartssamtalen.',
    wishedStartLabel: 'Ønsket start',
    submit: 'Send indstillingen',
    errorHeading: 'Indstillingen er ikke sendt:',
  },
  submitted: 'Tak – din indstilling af **{trainee}** er sendt til HR-konsulenten i {department} ({hr}). Du får besked, når der er taget stilling til den.',
  decision: {
    title: 'Ny indstilling til ledertraineeforløbet',
    intro: '**{leader}** har indstillet **{trainee}**. Tag stilling til indstillingen.',
    trainee: 'Medarbejder',
    leader: 'Nærmeste leder',
    department: 'Magistratsafdeling',
    clarification: 'Lederafklaringsforløb',
    yes: 'Har deltaget',
    no: 'Har ikke deltaget (persontest før opstartssamtalen)',
    wishedStart: 'Ønsket start',
    notGiven: 'Ikke angivet',
    reasonHeading: 'Lederens begrundelse',
    questionsHeading: 'Spørgsmål og svar',
    question: 'Spørgsmål',
    answer: 'Svar',
    noAnswerYet: 'Lederen har ikke svaret endnu.',
    textLabel: 'Spørgsmål til lederen eller begrundelse for afvisningen',
    textPlaceholder: 'Skal udfyldes, når du beder om flere oplysninger eller afviser',
    textRequired: 'Skriv dit spørgsmål eller din begrundelse.',
    accept: 'Godkend indstillingen',
    ask: 'Bed om flere oplysninger',
    decline: 'Afvis indstillingen',
  },
  decided: {
    accept: 'Indstillingen af **{trainee}** er godkendt, og du er tilknyttet som HR-konsulent. Opstarten er begyndt; lederen og ledertraineen får besked.',
    ask: 'Dit spørgsmål er sendt til lederen. Du får svaret her.',
    decline: 'Indstillingen af **{trainee}** er afvist. Lederen får besked med din begrundelse.',
  },
  question: {
    title: 'Spørgsmål til din indstilling',
    intro: 'HR-konsulenten **{hr}** har et spørgsmål til din indstilling af **{trainee}**:',
    answerLabel: 'Dit svar',
    answerRequired: 'Skriv dit svar.',
    send: 'Send svar',
  },
  answered: 'Tak – dit svar er sendt til HR-konsulenten.',
  notices: {
    accepted: 'Din indstilling af **{trainee}** er godkendt. **{hr}** er tilknyttet som HR-konsulent, og opstarten er begyndt.',
    declined: 'Din indstilling af **{trainee}** er afvist af HR-konsulenten **{hr}**. Begrundelse: {reason}',
  },
  welcome: {
    title: 'Velkommen til ledertraineeforløbet',
    intro: 'Du er indstillet af **{leader}**, og **{hr}** fra {department} er din HR-konsulent. Det næste år ser sådan ud:',
    phasesHeading: 'Året i fire faser',
    next: 'Skriv **status** for at se, hvad der venter på dig nu.',
  },
  departments: {
    title: 'HR-konsulenter i magistratsafdelingerne',
    intro: 'HR-konsulenterne i en magistratsafdeling får afdelingens indstillinger og tager stilling til dem.',
    none: 'Ingen HR-konsulent endnu',
    remove: 'Fjern {name} fra {department}',
    addHeading: 'Tilføj en HR-konsulent',
    departmentLabel: 'Magistratsafdeling',
    personLabel: 'Hvem skal være HR-konsulent?',
    personPlaceholder: 'Navn eller e-mail',
    chooseLabel: 'Vælg personen',
    add: 'Tilføj',
    added: '**{name}** er nu HR-konsulent for {department}.',
    removed: '**{name}** er ikke længere HR-konsulent for {department}.',
    noMatches: 'Ingen i personkartoteket matcher »{query}«.',
  },
};

const en: NominationTexts = {
  form: {
    title: 'Nominate an employee for the leader-trainee programme',
    intro: 'As the nearest leader you nominate an employee. An HR consultant of the department decides on the nomination.',
    searchLabel: 'Who do you want to nominate?',
    searchPlaceholder: 'Name or e-mail, e.g. Jonas',
    searchButton: 'Search',
    noMatches: 'Nobody in the person directory matches "{query}". Try another name or an e-mail.',
    tooShort: 'Type at least two letters of the name or e-mail.',
    traineeLabel: 'Employee',
    searchAgain: 'Not the right one? Type **nominate** followed by a name, e.g. **nominate Jonas**.',
    departmentLabel: 'Department',
    departmentPlaceholder: 'Choose the department',
    noHrYet: '(no HR consultant yet)',
    reasonLabel: 'Why do you nominate the employee?',
    reasonPlaceholder: 'E.g. what you have seen the employee do, and why you believe in them as a leader',
    reasonRequired: 'Write why you nominate the employee.',
    clarificationLabel: "The employee has taken part in the municipality's leader clarification programme (lederafklaringsforløb)",
    clarificationHint: 'If not, the trainee takes a personality test and gets feedback from the HR consultant before the start-up interview.',
    wishedStartLabel: 'Wished start',
    submit: 'Send the nomination',
    errorHeading: 'The nomination has not been sent:',
  },
  submitted: 'Thank you – your nomination of **{trainee}** has been sent to the HR consultant of {department} ({hr}). You will be told when it has been decided on.',
  decision: {
    title: 'New nomination for the leader-trainee programme',
    intro: '**{leader}** has nominated **{trainee}**. Please decide on the nomination.',
    trainee: 'Employee',
    leader: 'Nearest leader',
    department: 'Department',
    clarification: 'Leader clarification programme',
    yes: 'Has taken part',
    no: 'Has not taken part (personality test before the start-up interview)',
    wishedStart: 'Wished start',
    notGiven: 'Not given',
    reasonHeading: "The leader's reason",
    questionsHeading: 'Questions and answers',
    question: 'Question',
    answer: 'Answer',
    noAnswerYet: 'The leader has not answered yet.',
    textLabel: 'Question for the leader, or reason for declining',
    textPlaceholder: 'Required when you ask for more information or decline',
    textRequired: 'Write your question or your reason.',
    accept: 'Accept the nomination',
    ask: 'Ask for more information',
    decline: 'Decline the nomination',
  },
  decided: {
    accept: 'The nomination of **{trainee}** is accepted and you are attached as HR consultant. The start-up has begun; the leader and the trainee are told.',
    ask: 'Your question has been sent to the leader. You will get the answer here.',
    decline: 'The nomination of **{trainee}** is declined. The leader is told, with your reason.',
  },
  question: {
    title: 'A question about your nomination',
    intro: 'The HR consultant **{hr}** has a question about your nomination of **{trainee}**:',
    answerLabel: 'Your answer',
    answerRequired: 'Write your answer.',
    send: 'Send answer',
  },
  answered: 'Thank you – your answer has been sent to the HR consultant.',
  notices: {
    accepted: 'Your nomination of **{trainee}** is accepted. **{hr}** is attached as HR consultant, and the start-up has begun.',
    declined: 'Your nomination of **{trainee}** was declined by the HR consultant **{hr}**. Reason: {reason}',
  },
  welcome: {
    title: 'Welcome to the leader-trainee programme',
    intro: 'You were nominated by **{leader}**, and **{hr}** of {department} is your HR consultant. This is what the year holds:',
    phasesHeading: 'The year in four phases',
    next: 'Type **status** to see what waits for you now.',
  },
  departments: {
    title: 'HR consultants of the departments',
    intro: "A department's HR consultants get its nominations and decide on them.",
    none: 'No HR consultant yet',
    remove: 'Remove {name} from {department}',
    addHeading: 'Add an HR consultant',
    departmentLabel: 'Department',
    personLabel: 'Who is to be HR consultant?',
    personPlaceholder: 'Name or e-mail',
    chooseLabel: 'Choose the person',
    add: 'Add',
    added: '**{name}** is now HR consultant for {department}.',
    removed: '**{name}** is no longer HR consultant for {department}.',
    noMatches: 'Nobody in the person directory matches "{query}".',
  },
};

const catalogue: Record<Language, NominationTexts> = { da, en };

export function nominationTextsFor(language: Language): NominationTexts {
  return catalogue[language];
}

/** Fills `{key}` placeholders. */
export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
