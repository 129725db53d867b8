/**
 * The texts of booking: the `book` command's answers, its proposals (bookingProposals.json) and the
 * confirmation card (bookingConfirmation.json). Prose says *aftale et tidspunkt*; *book* is the
 * command word only (DESIGN §5).
 */
import { CONVERSATION_KIND_LABELS, FIELD_LABELS, ROLE_LABELS } from '../domain/labels';
import { LocalizedText } from '../domain/localizedText';

/** Why a chosen time cannot be agreed (the booking use cases' `invalidTime` problems). */
export type InvalidTimeProblem = 'malformed' | 'past' | 'notWorkingDay' | 'outsideWorkingHours';

export interface InvalidTime {
  problem: InvalidTimeProblem;
  /** The chosen day as a date, e.g. "søndag den 6. september 2026" (empty when it could not be read). */
  date: string;
  /** The public holiday the day is, if it is one. */
  dayOff?: LocalizedText;
  /** The command that gives new proposals. */
  command: LocalizedText;
}

/** A Danish date starts with its weekday in lower case; opening a sentence, it needs a capital. */
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function invalidTimeProblem({ problem, date, dayOff }: InvalidTime): LocalizedText {
  if (dayOff) {
    return {
      da: `${capitalised(date)} er ${dayOff.da} og ikke en arbejdsdag.`,
      en: `${capitalised(date)} is ${dayOff.en}, not a working day.`,
    };
  }
  switch (problem) {
    case 'malformed':
      return { da: 'Tidspunktet kunne ikke læses.', en: 'The time could not be read.' };
    case 'past':
      return { da: 'Tidspunktet er allerede passeret.', en: 'The time has already passed.' };
    case 'notWorkingDay':
      return {
        da: `${capitalised(date)} er ikke en arbejdsdag. Samtaler aftales på hverdage.`,
        en: `${capitalised(date)} is not a working day. Conversations take place on working days.`,
      };
    case 'outsideWorkingHours':
      return { da: 'Samtaler aftales mellem kl. 8 og 16.', en: 'Conversations take place between 8:00 and 16:00.' };
  }
}

export const BOOKING_TEXTS = {
  /** The command that asks for proposals. */
  command: { da: 'book', en: 'book' },
  proposalsTitle: ({ conversation }: { conversation: LocalizedText }) => ({
    da: `Aftal tidspunkt: ${conversation.da}`,
    en: `Agree on a time: ${conversation.en}`,
  }),
  rescheduleTitle: ({ conversation }: { conversation: LocalizedText }) => ({
    da: `Flyt ${conversation.da.toLowerCase()}`,
    en: `Move the ${conversation.en.toLowerCase()}`,
  }),
  trainee: ROLE_LABELS.trainee,
  /** The joint start-up meeting's leader trainees. */
  trainees: { da: 'Ledertrainees', en: 'Leader trainees' },
  /** The joint start-up meeting, in place of the conversation's name. */
  jointMeeting: {
    da: `Fælles opstartsmøde (${CONVERSATION_KIND_LABELS.startupPart1.da.toLowerCase()})`,
    en: `Joint start-up meeting (${CONVERSATION_KIND_LABELS.startupPart1.en.toLowerCase()})`,
  },
  duration: { da: 'Varighed', en: 'Duration' },
  minutes: ({ minutes }: { minutes: number }) => ({ da: `${minutes} minutter`, en: `${minutes} minutes` }),
  participants: FIELD_LABELS.participants,
  currentTime: { da: 'Nuværende tidspunkt', en: 'Current time' },
  chooseTime: {
    da: 'Vælg et tidspunkt. Alle deltagere er ledige på de foreslåede tidspunkter.',
    en: 'Choose a time. Every participant is free at the proposed times.',
  },
  noSlots: {
    da: 'Der er ingen tidspunkter, hvor alle deltagere er ledige, de næste tre uger. Prøv igen senere, eller aftal et tidspunkt direkte.',
    en: 'There is no time in the next three weeks when every participant is free. Try again later, or agree on a time directly.',
  },
  chooseTitle: { da: 'Hvilken samtale vil du aftale?', en: 'Which conversation do you want to agree on a time for?' },
  chooseIntro: {
    da: 'Du kan aftale en samtale i flere forløb. Vælg én:',
    en: 'You can agree on a conversation in more than one programme. Choose one:',
  },
  nothingToBook: {
    da: 'Der er ingen samtale, du kan aftale lige nu. Skriv **status** for at se, hvad der venter.',
    en: 'There is no conversation you can agree on right now. Type **status** to see what is waiting.',
  },
  /** Told the loser of two bookings at the same moment. */
  takenMeanwhile: { da: 'Tidspunktet blev taget imens – her er nye forslag.', en: 'The time was taken meanwhile – here are new proposals.' },
  /** Followed by why the conversation cannot be agreed now. */
  takenShort: { da: 'Tidspunktet blev taget imens.', en: 'The time was taken meanwhile.' },
  bookedTitle: ({ conversation }: { conversation: LocalizedText }) => ({
    da: `${conversation.da} er aftalt`,
    en: `${conversation.en}: time agreed`,
  }),
  rescheduledTitle: ({ conversation }: { conversation: LocalizedText }) => ({
    da: `${conversation.da} er flyttet`,
    en: `${conversation.en} is moved`,
  }),
  cancelledTitle: ({ conversation }: { conversation: LocalizedText }) => ({
    da: `${conversation.da} er aflyst`,
    en: `${conversation.en} is cancelled`,
  }),
  bookedBy: ({ name }: { name: string }) => ({ da: `${name} har aftalt samtalen.`, en: `${name} agreed on the time of the conversation.` }),
  rescheduledBy: ({ name }: { name: string }) => ({ da: `${name} har flyttet samtalen.`, en: `${name} moved the conversation.` }),
  cancelledBy: ({ name }: { name: string }) => ({ da: `${name} har aflyst samtalen.`, en: `${name} cancelled the conversation.` }),
  time: FIELD_LABELS.scheduledAt,
  previousTime: { da: 'Tidligere tidspunkt', en: 'Previous time' },
  reason: FIELD_LABELS.reason,
  personalityGate: {
    da: 'Ledertraineen har endnu ikke fået feedback på persontesten. Tidspunktet kan aftales nu, men samtalen kan først afholdes, når HR-konsulenten har givet feedback.',
    en: 'The leader trainee has not yet had feedback on the personality test. The time can be agreed now, but the interview can only be held once the HR consultant has given feedback.',
  },
  addToCalendar: { da: 'Føj til kalender (.ics)', en: 'Add to calendar (.ics)' },
  /** The Teams meeting's join link, when a meeting was created for the booking. */
  joinMeeting: { da: 'Deltag i Teams-mødet', en: 'Join the Teams meeting' },
  move: { da: 'Flyt', en: 'Move' },
  cancel: { da: 'Aflys', en: 'Cancel' },
  cancelReasonLabel: { da: 'Hvorfor aflyses samtalen?', en: 'Why is the conversation cancelled?' },
  cancelReasonPlaceholder: { da: 'Begrundelsen ses af alle deltagere', en: 'Every participant sees the reason' },
  cancelReasonRequired: { da: 'Skriv en begrundelse for aflysningen.', en: 'Write a reason for the cancellation.' },
  confirmCancel: { da: 'Aflys samtalen', en: 'Cancel the conversation' },
  /** A chosen time that cannot be agreed, and how to get new proposals. */
  invalidTime: (invalid: InvalidTime): LocalizedText => {
    const problem = invalidTimeProblem(invalid);
    return {
      da: `${problem.da} Skriv **${invalid.command.da}** for at få nye forslag.`,
      en: `${problem.en} Type **${invalid.command.en}** for new proposals.`,
    };
  },
};
