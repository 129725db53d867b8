/**
 * The help card's texts, beside help.json: its headings, and every command with the word a user
 * types and what it does. The words are the ones the bot's commands answer to (teams/botVocabulary.ts);
 * a test holds the two together.
 */
import { LocalizedText } from '../domain/localizedText';

/** The personal tab's name, as the manifest gives it. */
export const PROGRAMME_TAB_NAME: LocalizedText = { da: 'Mit forløb', en: 'My programme' };

export const HELP_TEXTS = {
  title: { da: 'Hjælp', en: 'Help' },
  commandsHeading: { da: 'Det kan du skrive til mig', en: 'Things you can type' },
  programmeHeading: { da: 'Læringsaftale og fremdrift', en: 'Learning agreement and progress' },
  programmeText: {
    da: `Åbn fanen **${PROGRAMME_TAB_NAME.da}** øverst i chatten med mig for at se læringsaftalen, og hvor langt forløbet er nået.`,
    en: `Open the **${PROGRAMME_TAB_NAME.en}** tab at the top of our chat to see the learning agreement and how far the programme has come.`,
  },
  openProgrammeTab: { da: `Åbn ${PROGRAMME_TAB_NAME.da}`, en: `Open ${PROGRAMME_TAB_NAME.en}` },
  aidsHeading: { da: 'Hjælperedskaber', en: 'Aids' },
  aidsIntro: { da: 'Pjecer og skabeloner til forløbet:', en: 'Leaflets and templates for the programme (in Danish):' },
  noAids: { da: 'Hjælperedskaberne er ikke lagt ind endnu.', en: 'The aids have not been added yet.' },
  /** The commands the bot understands today; each needs a word and a description. */
  commands: {
    help: {
      word: { da: 'hjælp', en: 'help' },
      description: { da: 'Viser denne oversigt og links til hjælperedskaberne.', en: 'Shows this overview and links to the aids.' },
    },
    status: {
      word: { da: 'status', en: 'status' },
      description: {
        da: 'Viser dine forløb: fasen, den næste samtale, hvad der mangler, og hvad der venter på dig.',
        en: 'Shows your programmes: the phase, the next conversation, what is missing and what waits for you.',
      },
    },
    language: {
      word: { da: 'sprog dansk / sprog engelsk', en: 'language english / language danish' },
      description: { da: 'Vælger, om jeg skriver dansk eller engelsk til dig.', en: 'Chooses whether I write to you in English or Danish.' },
    },
    reminders: {
      word: { da: 'påmindelser pause / påmindelser genoptag', en: 'reminders pause / reminders resume' },
      description: {
        da: 'For nærmeste leder og HR-konsulent: sætter påmindelserne for dine forløb på pause eller genoptager dem (evt. efterfulgt af ledertraineens navn).',
        en: "For the nearest leader and the HR consultant: pauses or resumes the reminders of your programmes (optionally followed by the leader trainee's name).",
      },
    },
    nominate: {
      word: { da: 'indstil', en: 'nominate' },
      description: {
        da: 'Indstil en medarbejder til ledertraineeforløbet (fx **indstil Jonas**). HR-konsulenten i magistratsafdelingen tager stilling.',
        en: "Nominate an employee for the leader-trainee programme (e.g. **nominate Jonas**). The department's HR consultant decides.",
      },
    },
    departmentHr: {
      word: { da: 'afdeling', en: 'department' },
      description: {
        da: 'For programadministratorer: hvem der er HR-konsulent for hver magistratsafdeling.',
        en: 'For programme admins: who is HR consultant for each department.',
      },
    },
    takeOff: {
      word: { da: 'take-off', en: 'take-off' },
      description: {
        da: 'For programadministratorer: opret take-off-arrangementet for ledertrainees i afslutningen, og se tilmeldingerne.',
        en: 'For programme admins: create the take-off event for leader trainees in completion, and see the registrations.',
      },
    },
    agreement: {
      word: { da: 'læringsaftale', en: 'agreement' },
      description: {
        da: 'Viser læringsaftalen i dit forløb: læringsmål og byggeklodser. Ret udkastet, og godkend det, når I er enige.',
        en: 'Shows the learning agreement of your programme: learning goals and building blocks. Edit the draft, and approve it when you agree.',
      },
    },
    book: {
      word: { da: 'book', en: 'book' },
      description: {
        da: 'Foreslår tidspunkter til den næste samtale i dit forløb (fx **book opfølgning**). Ét klik aftaler tidspunktet med alle deltagere.',
        en: 'Proposes times for the next conversation in your programme (e.g. **book follow-up**). One click agrees the time with every participant.',
      },
    },
    jointStartup: {
      word: { da: 'book fælles opstartsmøde', en: 'book joint start-up' },
      description: {
        da: 'For HR-konsulenter: aftal ét fælles tidspunkt for opstartssamtale del 1 med flere af magistratsafdelingens ledertrainees og deres nærmeste ledere.',
        en: "For HR consultants: agree on one joint time for start-up interview part 1 with several of the department's leader trainees and their nearest leaders.",
      },
    },
    conversation: {
      word: { da: 'samtale', en: 'conversation' },
      description: {
        da: 'Åbner skabelonen for den aktuelle samtale i dit forløb, så I kan udfylde den sammen og dokumentere den.',
        en: 'Opens the template of the current conversation in your programme, to fill in and document together.',
      },
    },
    feedback: {
      word: { da: 'tilbagemeldinger', en: 'feedback' },
      description: {
        da: 'For programadministratorer: tilbagemeldingerne på forløbet fra transitionssamtalerne.',
        en: 'For programme admins: the feedback on the programme from the transition interviews.',
      },
    },
    programmeChat: {
      word: { da: 'tilknyt / fjern tilknytning', en: 'link / unlink' },
      description: {
        da: 'Knytter en gruppechat med ledertraineen, den nærmeste leder og HR-konsulenten til jeres forløb, så kortene til samtalerne kommer dér (skriv det i gruppechatten; i din chat med mig får du at vide hvordan).',
        en: "Links a group chat with the leader trainee, the nearest leader and the HR consultant to your programme, so the conversations' cards go there (write it in the group chat; in your chat with me you learn how).",
      },
    },
  } satisfies Record<string, { word: LocalizedText; description: LocalizedText }>,
};

/** The commands the bot understands today (one entry each in HELP_TEXTS.commands). */
export type CommandName = keyof typeof HELP_TEXTS.commands;
