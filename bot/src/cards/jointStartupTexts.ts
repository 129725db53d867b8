/**
 * The texts of the joint start-up meeting (the seed's "fælles møde"), Danish first, English
 * following: choosing the department's trainees, the proposed times, and what is said when there is
 * nothing to book.
 */
import { Language } from './language';

export interface JointStartupTexts {
  chooseTitle: string;
  chooseIntro: string;
  programmesLabel: string;
  /** "{trainee} (nærmeste leder: {leader})". */
  candidate: string;
  findTimes: string;
  chooseAtLeastTwo: string;
  proposalsTitle: string;
  trainees: string;
  participants: string;
  duration: string;
  minutes: string;
  chooseTime: string;
  noSlots: string;
  takenMeanwhile: string;
  takenShort: string;
  notHr: string;
  noProgrammes: string;
  /** "{trainee}" is the only one: a joint meeting needs two. */
  onlyOne: string;
}

const da: JointStartupTexts = {
  chooseTitle: 'Fælles opstartsmøde',
  chooseIntro:
    'Aftal ét fælles møde for opstartssamtale del 1 med flere ledertrainees og deres nærmeste ledere. Mødet registreres som opstartssamtale del 1 i hvert forløb. Hvem skal med?',
  programmesLabel: 'Ledertrainees i Opstart',
  candidate: '{trainee} (nærmeste leder: {leader})',
  findTimes: 'Find fælles tidspunkter',
  chooseAtLeastTwo: 'Vælg mindst to ledertrainees.',
  proposalsTitle: 'Aftal tidspunkt: Fælles opstartsmøde',
  trainees: 'Ledertrainees',
  participants: 'Deltagere',
  duration: 'Varighed',
  minutes: '{minutes} minutter',
  chooseTime: 'Vælg et tidspunkt. Alle deltagere er ledige på de foreslåede tidspunkter.',
  noSlots: 'Der er ingen tidspunkter, hvor alle deltagere er ledige, de næste tre uger. Vælg færre ledertrainees, eller prøv igen senere.',
  takenMeanwhile: 'Tidspunktet blev taget imens for en af deltagerne – intet er aftalt. Her er nye forslag.',
  takenShort: 'Tidspunktet blev taget imens – intet er aftalt.',
  notHr: 'Kun en HR-konsulent kan aftale et fælles opstartsmøde for afdelingens ledertrainees. Skriv **book** for at aftale en samtale i dine egne forløb.',
  noProgrammes:
    'Ingen ledertrainees i din magistratsafdeling venter på opstartssamtale del 1, hvor du er HR-konsulent. Skriv **status** for at se dine forløb.',
  onlyOne:
    'Kun **{trainee}** venter på opstartssamtale del 1 i din magistratsafdeling. Et fælles møde kræver mindst to ledertrainees – aftal samtalen med **book**.',
};

const en: JointStartupTexts = {
  chooseTitle: 'Joint start-up meeting',
  chooseIntro:
    'Book one joint meeting for start-up interview part 1 with several trainees and their nearest leaders. The meeting is recorded as start-up interview part 1 in each programme. Who takes part?',
  programmesLabel: 'Trainees in start-up',
  candidate: '{trainee} (nearest leader: {leader})',
  findTimes: 'Find joint times',
  chooseAtLeastTwo: 'Choose at least two trainees.',
  proposalsTitle: 'Book a time: Joint start-up meeting',
  trainees: 'Trainees',
  participants: 'Participants',
  duration: 'Duration',
  minutes: '{minutes} minutes',
  chooseTime: 'Choose a time. Every participant is free at the proposed times.',
  noSlots: 'There is no time in the next three weeks when every participant is free. Choose fewer trainees, or try again later.',
  takenMeanwhile: 'The time was taken meanwhile for one of the participants – nothing is booked. Here are new proposals.',
  takenShort: 'The time was taken meanwhile – nothing is booked.',
  notHr: "Only an HR consultant can book a joint start-up meeting for the department's trainees. Type **book** to book a conversation in your own programmes.",
  noProgrammes: 'No trainee of your department whose HR consultant you are waits for start-up interview part 1. Type **status** to see your programmes.',
  onlyOne: 'Only **{trainee}** waits for start-up interview part 1 in your department. A joint meeting needs at least two trainees – book the interview with **book**.',
};

export function jointStartupTextsFor(language: Language): JointStartupTexts {
  return language === 'en' ? en : da;
}
