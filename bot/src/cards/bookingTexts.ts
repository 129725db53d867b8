/**
 * The texts of booking (the `book` command, its proposals and the confirmation card), Danish first,
 * English following. Prose says *aftale*; *book* is the command word (DESIGN §5).
 */
import { Language } from './language';

export interface BookingTexts {
  /** "Aftal tidspunkt: {conversation}". */
  proposalsTitle: string;
  rescheduleTitle: string;
  trainee: string;
  /** The joint start-up meeting's trainees. */
  trainees: string;
  /** The joint start-up meeting, in place of the conversation's name. */
  jointMeeting: string;
  duration: string;
  /** "{minutes} minutter". */
  minutes: string;
  participants: string;
  currentTime: string;
  chooseTime: string;
  noSlots: string;
  chooseTitle: string;
  chooseIntro: string;
  nothingToBook: string;
  /** Told the loser of two bookings at the same moment. */
  takenMeanwhile: string;
  /** Followed by why the conversation cannot be booked now. */
  takenShort: string;
  bookedTitle: string;
  rescheduledTitle: string;
  cancelledTitle: string;
  /** "{name} har aftalt samtalen." */
  bookedBy: string;
  rescheduledBy: string;
  cancelledBy: string;
  time: string;
  previousTime: string;
  reason: string;
  personalityGate: string;
  addToCalendar: string;
  /** The Teams meeting's join link, when a meeting was created for the booking. */
  joinMeeting: string;
  move: string;
  cancel: string;
  cancelReasonLabel: string;
  cancelReasonPlaceholder: string;
  cancelReasonRequired: string;
  confirmCancel: string;
  invalidTime: {
    malformed: string;
    past: string;
    notWorkingDay: string;
    /** "{date} er {holiday} – …". */
    dayOff: string;
    outsideWorkingHours: string;
  };
  /** Said before a card button's data is used: the button lacked something it needs. */
  incompleteButton: string;
}

const da: BookingTexts = {
  proposalsTitle: 'Aftal tidspunkt: {conversation}',
  rescheduleTitle: 'Flyt {conversation}',
  trainee: 'Ledertrainee',
  trainees: 'Ledertrainees',
  jointMeeting: 'Fælles opstartsmøde (opstartssamtale del 1)',
  duration: 'Varighed',
  minutes: '{minutes} minutter',
  participants: 'Deltagere',
  currentTime: 'Nuværende tidspunkt',
  chooseTime: 'Vælg et tidspunkt. Alle deltagere er ledige på de foreslåede tidspunkter.',
  noSlots: 'Der er ingen tidspunkter, hvor alle deltagere er ledige, de næste tre uger. Prøv igen senere, eller aftal et tidspunkt direkte.',
  chooseTitle: 'Hvilken samtale vil du aftale?',
  chooseIntro: 'Du kan aftale en samtale i flere forløb. Vælg én:',
  nothingToBook: 'Der er ingen samtale, du kan aftale lige nu. Skriv **status** for at se, hvad der venter.',
  takenMeanwhile: 'Tidspunktet blev taget imens – her er nye forslag.',
  takenShort: 'Tidspunktet blev taget imens.',
  bookedTitle: '{conversation} er aftalt',
  rescheduledTitle: '{conversation} er flyttet',
  cancelledTitle: '{conversation} er aflyst',
  bookedBy: '{name} har aftalt samtalen.',
  rescheduledBy: '{name} har flyttet samtalen.',
  cancelledBy: '{name} har aflyst samtalen.',
  time: 'Tidspunkt',
  previousTime: 'Tidligere tidspunkt',
  reason: 'Begrundelse',
  personalityGate:
    'Ledertraineen har endnu ikke fået feedback på persontesten. Samtalen kan bookes nu, men først afholdes, når HR-konsulenten har givet feedback.',
  addToCalendar: 'Føj til kalender (.ics)',
  joinMeeting: 'Deltag i Teams-mødet',
  move: 'Flyt',
  cancel: 'Aflys',
  cancelReasonLabel: 'Hvorfor aflyses samtalen?',
  cancelReasonPlaceholder: 'Begrundelsen ses af alle deltagere',
  cancelReasonRequired: 'Skriv en begrundelse for aflysningen.',
  confirmCancel: 'Aflys samtalen',
  invalidTime: {
    malformed: 'Tidspunktet kunne ikke læses. Skriv **book** for at få nye forslag.',
    past: 'Tidspunktet er allerede passeret. Skriv **book** for at få nye forslag.',
    notWorkingDay: '{date} er ikke en arbejdsdag. Samtaler aftales på hverdage. Skriv **book** for at få nye forslag.',
    dayOff: '{date} er {holiday} og ikke en arbejdsdag. Skriv **book** for at få nye forslag.',
    outsideWorkingHours: 'Samtaler aftales mellem kl. 8 og 16. Skriv **book** for at få nye forslag.',
  },
  incompleteButton: 'Knappen mangler oplysninger. Skriv **book** for at få nye forslag.',
};

const en: BookingTexts = {
  proposalsTitle: 'Book a time: {conversation}',
  rescheduleTitle: 'Move the {conversation}',
  trainee: 'Trainee',
  trainees: 'Trainees',
  jointMeeting: 'Joint start-up meeting (start-up interview part 1)',
  duration: 'Duration',
  minutes: '{minutes} minutes',
  participants: 'Participants',
  currentTime: 'Current time',
  chooseTime: 'Choose a time. Every participant is free at the proposed times.',
  noSlots: 'There is no time in the next three weeks when every participant is free. Try again later, or agree on a time directly.',
  chooseTitle: 'Which conversation do you want to book?',
  chooseIntro: 'You can book a conversation in more than one programme. Choose one:',
  nothingToBook: 'There is no conversation you can book right now. Type **status** to see what is waiting.',
  takenMeanwhile: 'The time was taken meanwhile – here are new proposals.',
  takenShort: 'The time was taken meanwhile.',
  bookedTitle: '{conversation} is booked',
  rescheduledTitle: '{conversation} is moved',
  cancelledTitle: '{conversation} is cancelled',
  bookedBy: '{name} booked the conversation.',
  rescheduledBy: '{name} moved the conversation.',
  cancelledBy: '{name} cancelled the conversation.',
  time: 'Time',
  previousTime: 'Previous time',
  reason: 'Reason',
  personalityGate:
    'The trainee has not yet had feedback on the personality test. The interview can be booked now, but only held once the HR consultant has given feedback.',
  addToCalendar: 'Add to calendar (.ics)',
  joinMeeting: 'Join the Teams meeting',
  move: 'Move',
  cancel: 'Cancel',
  cancelReasonLabel: 'Why is the conversation cancelled?',
  cancelReasonPlaceholder: 'Every participant sees the reason',
  cancelReasonRequired: 'Write a reason for the cancellation.',
  confirmCancel: 'Cancel the conversation',
  invalidTime: {
    malformed: 'The time could not be read. Type **book** for new proposals.',
    past: 'The time has already passed. Type **book** for new proposals.',
    notWorkingDay: '{date} is not a working day. Conversations are booked on working days. Type **book** for new proposals.',
    dayOff: '{date} is {holiday}, not a working day. Type **book** for new proposals.',
    outsideWorkingHours: 'Conversations are booked between 8:00 and 16:00. Type **book** for new proposals.',
  },
  incompleteButton: 'The button lacks information. Type **book** for new proposals.',
};

export function bookingTextsFor(language: Language): BookingTexts {
  return language === 'en' ? en : da;
}
