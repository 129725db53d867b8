/**
 * The welcome card's texts, beside welcome.json: what the programme is, phase by phase, and what the
 * bot can do. The phases are named by their labels; the programme's own welcome card
 * (nominationWelcome.json) shows the same overview.
 */
import { LocalizedText } from '../domain/localizedText';
import { Phase } from '../domain/state';
import { HELP_TEXTS } from './helpTexts';

const HELP_WORD = HELP_TEXTS.commands.help.word;

export const WELCOME_TEXTS = {
  title: { da: 'Velkommen til Ledertrainee', en: 'Welcome to Ledertrainee' },
  intro: {
    da:
      'Ledertraineeforløbet er Aarhus Kommunes forløb for medarbejdere, der gerne vil være ledere; perioden aftales ved opstarten. ' +
      'Forløbet bæres af tre: ledertraineen, den nærmeste leder og en HR-konsulent fra magistratsafdelingen. ' +
      'Her i Teams samler jeg forløbets samtaler, læringsaftalen og påmindelserne ét sted.',
    en:
      "The leader-trainee programme (ledertraineeforløb) is Aarhus Kommune's programme for employees who want to become leaders; its period is agreed at start-up. " +
      'Three people carry it: the leader trainee, the nearest leader and an HR consultant from the department. ' +
      "Here in Teams I keep the programme's conversations, the learning agreement and the reminders in one place.",
  },
  phasesHeading: { da: 'Sådan er forløbet bygget op', en: 'How the programme is built' },
  /** What happens in each phase; the card heads each with the phase's label. */
  phases: {
    nomination: {
      da: 'Den nærmeste leder indstiller medarbejderen til forløbet, og en HR-konsulent fra magistratsafdelingen tager stilling til indstillingen og bliver tilknyttet forløbet.',
      en: 'The nearest leader nominates the employee for the programme, and an HR consultant from the department decides on the nomination and is attached to the programme.',
    },
    startup: {
      da:
        'Opstartssamtalen har to dele. I første del giver HR-konsulenten ledertraineen og den nærmeste leder en grundig introduktion til forløbet. ' +
        'I anden del afstemmer ledertraineen og den nærmeste leder forventningerne, planlægger forløbet og udformer læringsaftalen, som de begge godkender. ' +
        'Har ledertraineen ikke deltaget i lederafklaringsforløbet, tager ledertraineen først en persontest og får feedback på den fra HR-konsulenten.',
      en:
        'The start-up interview has two parts. In part 1 the HR consultant gives the leader trainee and the nearest leader a thorough introduction to the programme. ' +
        'In part 2 the leader trainee and the nearest leader align expectations, plan the programme and draw up the learning agreement, which they both approve. ' +
        'If the leader trainee has not taken part in the leader clarification programme, the leader trainee first takes a personality test and gets feedback on it from the HR consultant.',
    },
    development: {
      da:
        'Byggeklodserne i læringsaftalen bliver gennemført: lederaspirantforløbet, introduktion til lederrollen, ' +
        'praksiselementer og eventuelt kurser eller e-læring. Undervejs afholder ledertraineen og den nærmeste leder ' +
        'opfølgningsmøder så ofte, som de har aftalt i læringsaftalen, og midt i forløbet er der en midtvejssamtale med HR-konsulenten.',
      en:
        'The building blocks of the learning agreement are carried out: the leadership-aspirant course, an introduction to the leader role, ' +
        'practice elements and optional courses or e-learning. Along the way the leader trainee and the nearest leader hold follow-up meetings ' +
        'as often as they have agreed in the learning agreement, and halfway through there is a midway interview with the HR consultant.',
    },
    completion: {
      da:
        'Transitionssamtalen ser tilbage på læring og resultater og frem mod det første lederjob. ' +
        'Til sidst mødes ledertrainees fra hele kommunen til et fælles take-off.',
      en:
        'The transition interview looks back on learning and results and ahead to the first leader job. ' +
        'Finally, leader trainees from across the municipality meet for a joint take-off.',
    },
  } satisfies Record<Phase, LocalizedText>,
  botHeading: { da: 'Det kan jeg hjælpe med', en: 'What I can help with' },
  botText: {
    da: `Skriv **${HELP_WORD.da}**, så får du en oversigt over, hvad jeg kan, og links til forløbets hjælperedskaber.`,
    en: `Type **${HELP_WORD.en}** for an overview of what I can do and links to the programme's aids.`,
  },
  /** Button that sends the help word as if the user had typed it. */
  showHelp: { da: 'Vis hjælp', en: 'Show help' },
};
