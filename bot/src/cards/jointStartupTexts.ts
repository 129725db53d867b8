/**
 * The texts of the joint start-up meeting (the seed's "fælles møde"): choosing the department's
 * leader trainees (jointStartupChoice.json), the proposed times (jointStartupProposals.json), and
 * what is said when there is nothing to agree. What it shares with booking comes from booking's texts.
 */
import { PHASE_LABELS } from '../domain/labels';
import { BOOKING_TEXTS } from './bookingTexts';

export const JOINT_STARTUP_TEXTS = {
  /** The command that asks for new times (also how the invalid-time answers point back to it). */
  command: { da: 'book fælles opstartsmøde', en: 'book joint start-up' },
  chooseTitle: { da: 'Fælles opstartsmøde', en: 'Joint start-up meeting' },
  chooseIntro: {
    da: 'Aftal ét fælles møde for opstartssamtale del 1 med flere ledertrainees og deres nærmeste ledere. Mødet registreres som opstartssamtale del 1 i hvert forløb. Hvem skal med?',
    en: 'Agree on one joint meeting for start-up interview part 1 with several leader trainees and their nearest leaders. The meeting is recorded as start-up interview part 1 in each programme. Who takes part?',
  },
  programmesLabel: { da: `Ledertrainees i ${PHASE_LABELS.startup.da}`, en: `Leader trainees in ${PHASE_LABELS.startup.en}` },
  candidate: ({ trainee, leader }: { trainee: string; leader: string }) => ({
    da: `${trainee} (nærmeste leder: ${leader})`,
    en: `${trainee} (nearest leader: ${leader})`,
  }),
  findTimes: { da: 'Find fælles tidspunkter', en: 'Find joint times' },
  chooseAtLeastTwo: { da: 'Vælg mindst to ledertrainees.', en: 'Choose at least two leader trainees.' },
  proposalsTitle: { da: 'Aftal tidspunkt: Fælles opstartsmøde', en: 'Agree on a time: Joint start-up meeting' },
  trainees: BOOKING_TEXTS.trainees,
  participants: BOOKING_TEXTS.participants,
  duration: BOOKING_TEXTS.duration,
  minutes: BOOKING_TEXTS.minutes,
  chooseTime: BOOKING_TEXTS.chooseTime,
  noSlots: {
    da: 'Der er ingen tidspunkter, hvor alle deltagere er ledige, de næste tre uger. Vælg færre ledertrainees, eller prøv igen senere.',
    en: 'There is no time in the next three weeks when every participant is free. Choose fewer leader trainees, or try again later.',
  },
  takenMeanwhile: {
    da: 'Tidspunktet blev taget imens for en af deltagerne – intet er aftalt. Her er nye forslag.',
    en: 'The time was taken meanwhile for one of the participants – nothing is agreed. Here are new proposals.',
  },
  takenShort: {
    da: 'Tidspunktet blev taget imens – intet er aftalt.',
    en: 'The time was taken meanwhile – nothing is agreed.',
  },
  notHr: {
    da: 'Kun en HR-konsulent kan aftale et fælles opstartsmøde for afdelingens ledertrainees. Skriv **book** for at aftale en samtale i dine egne forløb.',
    en: "Only an HR consultant can agree on a joint start-up meeting for the department's leader trainees. Type **book** to agree on a conversation in your own programmes.",
  },
  noProgrammes: {
    da: 'Ingen ledertrainees i din magistratsafdeling venter på opstartssamtale del 1, hvor du er HR-konsulent. Skriv **status** for at se dine forløb.',
    en: 'No leader trainee of your department whose HR consultant you are waits for start-up interview part 1. Type **status** to see your programmes.',
  },
  /** The only one waiting: a joint meeting needs two. */
  onlyOne: ({ trainee }: { trainee: string }) => ({
    da: `Kun **${trainee}** venter på opstartssamtale del 1 i din magistratsafdeling. Et fælles møde kræver mindst to ledertrainees – aftal samtalen med **book**.`,
    en: `Only **${trainee}** waits for start-up interview part 1 in your department. A joint meeting needs at least two leader trainees – agree on the interview with **book**.`,
  }),
};
