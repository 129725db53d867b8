/**
 * The bot's plain messages, which are not cards: the answer to `sprog` and `påmindelser pause`,
 * the personality-test notices and confirmations, the reminders, and what the bot says when it
 * did not understand or something failed.
 */
import { HELP_TEXTS } from '../cards';
import { LocalizedText } from '../domain/localizedText';
import { AGREEMENT_GRACE_DAYS, ReminderKind } from '../domain/reminders';

/** What a reminder names: the trainee, the date it refers to (may be empty) and the conversation it is about. */
export interface ReminderFacts {
  trainee: string;
  date: LocalizedText;
  conversation: LocalizedText;
  /** A follow-up meeting is documented by its referat, the other conversations by their template. */
  isFollowUp: boolean;
}

const WORDS = HELP_TEXTS.commands;

export const BOT_MESSAGE_TEXTS = {
  language: {
    /** Confirmation in the language just chosen. */
    chosen: { da: 'Fint – jeg skriver dansk til dig fra nu af.', en: "Fine – I'll write to you in English from now on." },
    /** When `sprog` / `language` is typed without a language it knows. */
    usage: { da: 'Skriv **sprog dansk** eller **sprog engelsk**.', en: 'Type **language english** or **language danish**.' },
  },
  /** Messages the bot starts itself when a step of the personality test is recorded. */
  notices: {
    personalityTestTaken: ({ trainee }: { trainee: string }) => ({
      da: `**${trainee}** har taget persontesten. Giv ledertraineen feedback på den – først derefter kan opstartssamtalen afholdes.`,
      en: `**${trainee}** has taken the personality test. Give the leader trainee feedback on it – only then can the start-up interview be held.`,
    }),
    personalityFeedbackGiven: ({ trainee }: { trainee: string }) => ({
      da: `HR-konsulenten har givet **${trainee}** feedback på persontesten. Opstartssamtalen kan nu afholdes.`,
      en: `The HR consultant has given **${trainee}** feedback on the personality test. The start-up interview can now be held.`,
    }),
  },
  /** Confirmations of the personality-test buttons on the status card. */
  personalityTest: {
    takenRecorded: {
      da: 'Noteret: persontesten er taget. HR-konsulenten giver dig feedback på den.',
      en: 'Noted: the personality test is taken. The HR consultant will give you feedback on it.',
    },
    feedbackRecorded: {
      da: 'Noteret: feedback på persontesten er givet. Ledertraineen og den nærmeste leder får besked.',
      en: 'Noted: feedback on the personality test is given. The leader trainee and the nearest leader are told.',
    },
  },
  /** Reminders (domain/reminders.ts): one text per kind, and how to pause them. */
  reminders: {
    nominationWaitingForHr: ({ trainee, date }: ReminderFacts) => ({
      da: `Påmindelse: Indstillingen af **${trainee}** (indstillet ${date.da}) venter på, at en HR-konsulent fra magistratsafdelingen tager stilling til den.`,
      en: `Reminder: The nomination of **${trainee}** (nominated ${date.en}) is waiting for an HR consultant from the department to decide on it.`,
    }),
    personalityFeedbackPending: ({ trainee, date }: ReminderFacts) => ({
      da: `Påmindelse: **${trainee}** tog persontesten den ${date.da} og venter på din feedback – først derefter kan opstartssamtalen afholdes.`,
      en: `Reminder: **${trainee}** took the personality test on ${date.en} and is waiting for your feedback – only then can the start-up interview be held.`,
    }),
    agreementNotApproved: ({ trainee }: ReminderFacts) => ({
      da: `Påmindelse: Læringsaftalen for **${trainee}** er endnu ikke godkendt, ${AGREEMENT_GRACE_DAYS} dage efter opstartssamtalens anden del. Godkend den, så udviklingsdelen kan begynde.`,
      en: `Reminder: The learning agreement for **${trainee}** is not yet approved, ${AGREEMENT_GRACE_DAYS} days after part 2 of the start-up interview. Approve it so the development part can begin.`,
    }),
    followUpDue: ({ trainee, date }: ReminderFacts) => ({
      da: `Påmindelse: Det er tid til et opfølgningsmøde med **${trainee}** efter den aftalte kadence (fra ${date.da}). Aftal et tidspunkt.`,
      en: `Reminder: It is time for a follow-up meeting with **${trainee}** at the agreed cadence (from ${date.en}). Agree on a time.`,
    }),
    midwayDue: ({ trainee, date }: ReminderFacts) => ({
      da: `Påmindelse: Halvdelen af forløbet for **${trainee}** er gået (${date.da}). Aftal et tidspunkt for midtvejssamtalen.`,
      en: `Reminder: Half of the programme for **${trainee}** has passed (${date.en}). Agree on a time for the midway interview.`,
    }),
    transitionDue: ({ trainee, date }: ReminderFacts) => ({
      da: `Påmindelse: Forløbet for **${trainee}** slutter den ${date.da}. Aftal et tidspunkt for transitionssamtalen inden da.`,
      en: `Reminder: The programme for **${trainee}** ends on ${date.en}. Agree on a time for the transition interview before then.`,
    }),
    conversationNotDocumented: ({ trainee, date, conversation, isFollowUp }: ReminderFacts) => ({
      da: `Påmindelse: ${conversation.da} med **${trainee}** den ${date.da} er ikke dokumenteret. Markér ${isFollowUp ? 'mødet' : 'samtalen'} som afholdt, og udfyld ${isFollowUp ? 'referatet af opfølgningsmødet' : 'skabelonen'}.`,
      en: `Reminder: The ${conversation.en.toLowerCase()} with **${trainee}** on ${date.en} is not documented. Mark it as held and fill in ${isFollowUp ? 'the record of the follow-up meeting' : 'the template'}.`,
    }),
  } satisfies Record<ReminderKind, (facts: ReminderFacts) => LocalizedText>,
  reminderFooter: {
    da: 'Den nærmeste leder og HR-konsulenten kan sætte forløbets påmindelser på pause: skriv **påmindelser pause**.',
    en: "The nearest leader and the HR consultant can pause the programme's reminders: type **reminders pause**.",
  },
  /** `påmindelser pause|genoptag`: pausing a programme's reminders (leader and HR). */
  remindersPause: {
    paused: ({ trainees }: { trainees: string }) => ({
      da: `Påmindelserne er sat på pause for: ${trainees}. Skriv **påmindelser genoptag** for at få dem igen.`,
      en: `Reminders are paused for: ${trainees}. Type **reminders resume** to get them again.`,
    }),
    resumed: ({ trainees }: { trainees: string }) => ({
      da: `Påmindelserne er genoptaget for: ${trainees}.`,
      en: `Reminders are resumed for: ${trainees}.`,
    }),
    none: {
      da: 'Du er ikke nærmeste leder eller HR-konsulent på et igangværende forløb, hvis påmindelser du kan ændre.',
      en: 'You are not the nearest leader or HR consultant of an ongoing programme whose reminders you can change.',
    },
    usage: {
      da: 'Skriv **påmindelser pause** eller **påmindelser genoptag** (evt. efterfulgt af ledertraineens navn).',
      en: "Type **reminders pause** or **reminders resume** (optionally followed by the leader trainee's name).",
    },
  },
  /** Told the user when storage does not answer in time: nothing was done, try again. */
  storageUnavailable: {
    da: 'Jeg kan ikke hente forløbets data lige nu. Prøv igen om lidt.',
    en: "I can't reach the programme's data right now. Please try again in a moment.",
  },
  /** The answer to text the bot does not understand: points to the help command. */
  fallback: {
    da: `Det forstod jeg desværre ikke. Skriv **${WORDS.help.word.da}**, så viser jeg, hvad jeg kan.`,
    en: `Sorry, I didn't understand that. Type **${WORDS.help.word.en}** to see what I can do.`,
  },
  /** A button pressed in a shared chat by a client without Universal Actions: the person's own view is not posted there. */
  ownViewNotInSharedChat: {
    da: `Det er modtaget. Dit eget kort kan indeholde oplysninger, som kun du må se, så det vises ikke her: skriv **${WORDS.conversation.word.da}** eller **${WORDS.agreement.word.da}** i din personlige chat med Ledertrainee.`,
    en: `Received. Your own card may hold details only you may see, so it is not shown here: type **${WORDS.conversation.word.en}** or **${WORDS.agreement.word.en}** in your personal chat with Ledertrainee.`,
  },
  /** Told the user when a turn fails unexpectedly. */
  turnError: {
    da: 'Beklager, der gik noget galt hos mig. Prøv igen om lidt.',
    en: 'Sorry, something went wrong on my side. Please try again in a moment.',
  },
};
