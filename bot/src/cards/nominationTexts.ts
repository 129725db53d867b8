/**
 * The texts of the nomination (indstilling): the leader's form (nomination.json), the decision card
 * of the department's HR consultant (nominationDecision.json), HR's question to the leader
 * (nominationQuestion.json), the new leader trainee's welcome (nominationWelcome.json), the HR mapping
 * (nominationDepartments.json) and the short answers around them. HR *godkender* or *afviser* an
 * indstilling (or asks for more information); the names of fields and roles come from the domain's labels.
 */
import { FIELD_LABELS, ROLE_LABELS } from '../domain/labels';

type Trainee = { trainee: string };

export const NOMINATION_TEXTS = {
  form: {
    title: { da: 'Indstil en medarbejder til ledertraineeforløbet', en: 'Nominate an employee for the leader-trainee programme' },
    intro: {
      da: 'Som nærmeste leder indstiller du en medarbejder. En HR-konsulent fra magistratsafdelingen godkender eller afviser indstillingen.',
      en: 'As the nearest leader you nominate an employee. An HR consultant from the department approves or declines the nomination.',
    },
    searchLabel: { da: 'Hvem vil du indstille?', en: 'Who do you want to nominate?' },
    searchPlaceholder: { da: 'Navn eller e-mail, fx Jonas', en: 'Name or e-mail, e.g. Jonas' },
    searchButton: { da: 'Søg', en: 'Search' },
    noMatches: ({ query }: { query: string }) => ({
      da: `Ingen i personkartoteket matcher »${query}«. Prøv med et andet navn eller en e-mail.`,
      en: `Nobody in the person directory matches "${query}". Try another name or an e-mail.`,
    }),
    tooShort: { da: 'Skriv mindst to bogstaver af navnet eller e-mailen.', en: 'Type at least two letters of the name or e-mail.' },
    traineeLabel: FIELD_LABELS.trainee,
    searchAgain: {
      da: 'Ikke den rigtige? Skriv **indstil** efterfulgt af et navn, fx **indstil Jonas**.',
      en: 'Not the right one? Type **nominate** followed by a name, e.g. **nominate Jonas**.',
    },
    departmentLabel: FIELD_LABELS.department,
    departmentPlaceholder: { da: 'Vælg magistratsafdeling', en: 'Choose the department' },
    /** Shown after a department without an HR consultant. */
    noHrYet: { da: '(ingen HR-konsulent endnu)', en: '(no HR consultant yet)' },
    reasonLabel: { da: 'Hvorfor indstiller du medarbejderen?', en: 'Why do you nominate the employee?' },
    reasonPlaceholder: {
      da: 'Fx hvad du har set medarbejderen gøre, og hvorfor du tror på vedkommende som leder',
      en: 'E.g. what you have seen the employee do, and why you believe in them as a leader',
    },
    reasonRequired: { da: 'Skriv, hvorfor du indstiller medarbejderen.', en: 'Write why you nominate the employee.' },
    clarificationLabel: {
      da: 'Medarbejderen har deltaget i Aarhus Kommunes lederafklaringsforløb',
      en: "The employee has taken part in the municipality's leader clarification programme (lederafklaringsforløb)",
    },
    clarificationHint: {
      da: 'Har medarbejderen ikke deltaget, tager ledertraineen en persontest og får feedback fra HR-konsulenten før opstartssamtalen.',
      en: 'If the employee has not taken part, the leader trainee takes a personality test and gets feedback from the HR consultant before the start-up interview.',
    },
    wishedStartLabel: FIELD_LABELS.wishedStart,
    submit: { da: 'Send indstillingen', en: 'Send the nomination' },
    errorHeading: { da: 'Indstillingen er ikke sendt:', en: 'The nomination has not been sent:' },
  },
  /** The leader's confirmation. */
  submitted: ({ trainee, department, hr }: { trainee: string; department: string; hr: string }) => ({
    da: `Tak – din indstilling af **${trainee}** er sendt til HR-konsulenten i ${department} (${hr}). Du får besked, når indstillingen er godkendt eller afvist, eller når HR-konsulenten har et spørgsmål.`,
    en: `Thank you – your nomination of **${trainee}** has been sent to the HR consultant of ${department} (${hr}). You will be told when it is approved or declined, or when the HR consultant has a question.`,
  }),
  decision: {
    title: { da: 'Ny indstilling til ledertraineeforløbet', en: 'New nomination for the leader-trainee programme' },
    intro: ({ leader, trainee }: { leader: string; trainee: string }) => ({
      da: `**${leader}** har indstillet **${trainee}**. Godkend eller afvis indstillingen, eller bed om flere oplysninger.`,
      en: `**${leader}** has nominated **${trainee}**. Approve or decline the nomination, or ask for more information.`,
    }),
    trainee: FIELD_LABELS.trainee,
    leader: ROLE_LABELS.leader,
    department: FIELD_LABELS.department,
    clarification: { da: 'Lederafklaringsforløb', en: 'Leader clarification programme' },
    yes: { da: 'Har deltaget', en: 'Has taken part' },
    no: { da: 'Har ikke deltaget (persontest før opstartssamtalen)', en: 'Has not taken part (personality test before the start-up interview)' },
    wishedStart: FIELD_LABELS.wishedStart,
    notGiven: { da: 'Ikke angivet', en: 'Not given' },
    reasonHeading: { da: 'Den nærmeste leders begrundelse', en: "The nearest leader's reason" },
    questionsHeading: { da: 'Spørgsmål og svar', en: 'Questions and answers' },
    question: { da: 'Spørgsmål', en: 'Question' },
    answer: FIELD_LABELS.answer,
    noAnswerYet: { da: 'Den nærmeste leder har ikke svaret endnu.', en: 'The nearest leader has not answered yet.' },
    textLabel: {
      da: 'Spørgsmål til den nærmeste leder eller begrundelse for afvisningen',
      en: 'Question for the nearest leader, or reason for declining',
    },
    textPlaceholder: {
      da: 'Beder du om flere oplysninger eller afviser du indstillingen, så skriv her',
      en: 'If you ask for more information or decline the nomination, write here',
    },
    textRequired: { da: 'Skriv dit spørgsmål eller din begrundelse.', en: 'Write your question or your reason.' },
    accept: { da: 'Godkend indstillingen', en: 'Approve the nomination' },
    ask: { da: 'Bed om flere oplysninger', en: 'Ask for more information' },
    decline: { da: 'Afvis indstillingen', en: 'Decline the nomination' },
  },
  /** Confirmations to the HR consultant who decided. */
  decided: {
    accept: ({ trainee }: Trainee) => ({
      da: `Indstillingen af **${trainee}** er godkendt, og du er tilknyttet som HR-konsulent. Opstarten er begyndt; den nærmeste leder og ledertraineen får besked.`,
      en: `The nomination of **${trainee}** is approved, and you are attached as HR consultant. The start-up has begun; the nearest leader and the leader trainee are told.`,
    }),
    ask: {
      da: 'Dit spørgsmål er sendt til den nærmeste leder. Du får svaret her.',
      en: 'Your question has been sent to the nearest leader. You will get the answer here.',
    },
    decline: ({ trainee }: Trainee) => ({
      da: `Indstillingen af **${trainee}** er afvist. Den nærmeste leder får besked med din begrundelse.`,
      en: `The nomination of **${trainee}** is declined. The nearest leader is told, with your reason.`,
    }),
  },
  question: {
    title: { da: 'Spørgsmål til din indstilling', en: 'A question about your nomination' },
    intro: ({ hr, trainee }: { hr: string; trainee: string }) => ({
      da: `HR-konsulenten **${hr}** har et spørgsmål til din indstilling af **${trainee}**:`,
      en: `The HR consultant **${hr}** has a question about your nomination of **${trainee}**:`,
    }),
    answerLabel: { da: 'Dit svar', en: 'Your answer' },
    answerRequired: { da: 'Skriv dit svar.', en: 'Write your answer.' },
    send: { da: 'Send svar', en: 'Send answer' },
  },
  answered: { da: 'Tak – dit svar er sendt til HR-konsulenten.', en: 'Thank you – your answer has been sent to the HR consultant.' },
  /** Told the nearest leader when HR has decided. */
  notices: {
    accepted: ({ trainee, hr }: { trainee: string; hr: string }) => ({
      da: `Din indstilling af **${trainee}** er godkendt. **${hr}** er tilknyttet som HR-konsulent, og opstarten er begyndt.`,
      en: `Your nomination of **${trainee}** is approved. **${hr}** is attached as HR consultant, and the start-up has begun.`,
    }),
    declined: ({ trainee, hr, reason }: { trainee: string; hr: string; reason: string }) => ({
      da: `Din indstilling af **${trainee}** er afvist af HR-konsulenten **${hr}**. Begrundelse: ${reason}`,
      en: `Your nomination of **${trainee}** was declined by the HR consultant **${hr}**. Reason: ${reason}`,
    }),
  },
  /** The new leader trainee's welcome; the phases themselves are the install welcome's. */
  welcome: {
    title: { da: 'Velkommen til ledertraineeforløbet', en: 'Welcome to the leader-trainee programme' },
    intro: ({ leader, hr, department }: { leader: string; hr: string; department: string }) => ({
      da: `Du er indstillet af **${leader}**, og **${hr}** fra ${department} er din HR-konsulent. Sådan er forløbet bygget op:`,
      en: `You were nominated by **${leader}**, and **${hr}** of ${department} is your HR consultant. This is how the programme is built:`,
    }),
    phasesHeading: { da: 'Forløbet i fire faser', en: 'The programme in four phases' },
    next: { da: 'Skriv **status** for at se, hvad der venter på dig nu.', en: 'Type **status** to see what waits for you now.' },
  },
  /** The programme admin's HR mapping. */
  departments: {
    title: { da: 'HR-konsulenter i magistratsafdelingerne', en: 'HR consultants of the departments' },
    intro: {
      da: 'HR-konsulenterne i en magistratsafdeling får afdelingens indstillinger og godkender eller afviser dem.',
      en: "A department's HR consultants get its nominations and approve or decline them.",
    },
    none: { da: 'Ingen HR-konsulent endnu', en: 'No HR consultant yet' },
    remove: ({ name, department }: { name: string; department: string }) => ({
      da: `Fjern ${name} fra ${department}`,
      en: `Remove ${name} from ${department}`,
    }),
    addHeading: { da: 'Tilføj en HR-konsulent', en: 'Add an HR consultant' },
    departmentLabel: FIELD_LABELS.department,
    personLabel: { da: 'Hvem skal være HR-konsulent?', en: 'Who is to be HR consultant?' },
    personPlaceholder: { da: 'Navn eller e-mail', en: 'Name or e-mail' },
    chooseLabel: { da: 'Vælg personen', en: 'Choose the person' },
    add: { da: 'Tilføj', en: 'Add' },
    added: ({ name, department }: { name: string; department: string }) => ({
      da: `**${name}** er nu HR-konsulent for ${department}.`,
      en: `**${name}** is now HR consultant for ${department}.`,
    }),
    removed: ({ name, department }: { name: string; department: string }) => ({
      da: `**${name}** er ikke længere HR-konsulent for ${department}.`,
      en: `**${name}** is no longer HR consultant for ${department}.`,
    }),
    noMatches: ({ query }: { query: string }) => ({
      da: `Ingen i personkartoteket matcher »${query}«.`,
      en: `Nobody in the person directory matches "${query}".`,
    }),
  },
};
