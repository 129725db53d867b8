/**
 * The texts of take-off (the admin's `take-off` card, the trainee's invitation and registration),
 * Danish first, English following. *take-off* is the seed's own name (DESIGN §5).
 */
import { Language } from './language';

export interface TakeOffTexts {
  adminTitle: string;
  adminIntro: string;
  createHeading: string;
  dateLabel: string;
  placeLabel: string;
  placePlaceholder: string;
  descriptionLabel: string;
  descriptionPlaceholder: string;
  dateRequired: string;
  placeRequired: string;
  descriptionRequired: string;
  create: string;
  errorHeading: string;
  /** "Take-off den {date} er oprettet. {count} ledertrainees i afslutningen er inviteret." */
  created: string;
  eventsHeading: string;
  noEvents: string;
  /** "{date} · {place}". */
  eventTitle: string;
  /** "Inviteret: {invited} · Tilmeldt: {registered}". */
  eventCounts: string;
  noRegistrations: string;
  /** "Vejledning til lederansøgningen: {guidance} · Netværk: {network}". */
  registrationFlags: string;
  /** Before what the trainee needs now. */
  needsNow: string;
  nothingWritten: string;
  yes: string;
  no: string;
  /** "… og {count} flere tilmeldinger (vises ikke her)". */
  moreRegistrations: string;
  /** "Viser de {shown} nyeste af {total} arrangementer." */
  moreEvents: string;
  invitationTitle: string;
  /** "Kære {trainee} – dit forløb er i afslutningen, og du er inviteret til ..." */
  invitationIntro: string;
  date: string;
  place: string;
  description: string;
  formHeading: string;
  needsNowLabel: string;
  needsNowPlaceholder: string;
  guidanceLabel: string;
  networkLabel: string;
  register: string;
  /** "Du er tilmeldt take-off den {date} ({place}). ..." */
  registered: string;
}

const da: TakeOffTexts = {
  adminTitle: 'Take-off',
  adminIntro:
    'Take-off er det fælles, tværgående arrangement i afslutningen. Når du opretter det, får alle ledertrainees i fasen Afslutning – og dem, hvis forløbsperiode slutter inden for de næste uger – en invitation med tilmelding.',
  createHeading: 'Opret et take-off-arrangement',
  dateLabel: 'Dato',
  placeLabel: 'Sted',
  placePlaceholder: 'Fx Rådhuset, mødesal 1',
  descriptionLabel: 'Beskrivelse',
  descriptionPlaceholder: 'Program, tidspunkt og hvad ledertraineerne skal forberede',
  dateRequired: 'Vælg en dato.',
  placeRequired: 'Skriv stedet.',
  descriptionRequired: 'Skriv en beskrivelse.',
  create: 'Opret og invitér',
  errorHeading: 'Arrangementet er ikke oprettet',
  created: 'Take-off den **{date}** er oprettet. {count} ledertrainees er inviteret (i afslutningen, eller forløbsperioden slutter snart).',
  eventsHeading: 'Arrangementer og tilmeldinger',
  noEvents: 'Der er ikke oprettet noget take-off-arrangement endnu.',
  eventTitle: '{date} · {place}',
  eventCounts: 'Inviteret: {invited} · Tilmeldt: {registered}',
  noRegistrations: 'Ingen tilmeldinger endnu.',
  registrationFlags: 'Vejledning til lederansøgningen: {guidance} · Netværk: {network}',
  needsNow: 'Har brug for nu:',
  nothingWritten: '(intet skrevet)',
  yes: 'ja',
  no: 'nej',
  moreRegistrations: '… og {count} tilmeldinger mere, som ikke vises her.',
  moreEvents: 'Viser de {shown} nyeste af {total} arrangementer.',
  invitationTitle: 'Du er inviteret til take-off',
  invitationIntro:
    'Kære {trainee} – dit forløb er i afslutningen eller nærmer sig sin afslutning, og du er inviteret til take-off: det fælles arrangement for ledertrainees på tværs af magistratsafdelingerne.',
  date: 'Dato',
  place: 'Sted',
  description: 'Om arrangementet',
  formHeading: 'Tilmelding',
  needsNowLabel: 'Hvad har du brug for nu?',
  needsNowPlaceholder: 'Fx sparring om næste skridt, en mentor, viden om ledige lederstillinger',
  guidanceLabel: 'Jeg vil gerne have vejledning til lederansøgningen',
  networkLabel: 'Skriv mig på listen over netværket mellem ledertrainees',
  register: 'Tilmeld mig',
  registered: 'Du er tilmeldt take-off den **{date}** ({place}). Vil du ændre dine svar, så tilmeld dig igen på invitationen.',
};

const en: TakeOffTexts = {
  adminTitle: 'Take-off',
  adminIntro:
    'Take-off is the joint, cross-department event of the completion part. When you create it, every leader trainee in the Completion phase – and those whose programme period ends within the next weeks – gets an invitation to register.',
  createHeading: 'Create a take-off event',
  dateLabel: 'Date',
  placeLabel: 'Place',
  placePlaceholder: 'E.g. City Hall, meeting room 1',
  descriptionLabel: 'Description',
  descriptionPlaceholder: 'Programme, time and what the trainees should prepare',
  dateRequired: 'Choose a date.',
  placeRequired: 'Write the place.',
  descriptionRequired: 'Write a description.',
  create: 'Create and invite',
  errorHeading: 'The event was not created',
  created: 'Take-off on **{date}** is created. {count} leader trainees are invited (in completion, or their programme period ends soon).',
  eventsHeading: 'Events and registrations',
  noEvents: 'No take-off event has been created yet.',
  eventTitle: '{date} · {place}',
  eventCounts: 'Invited: {invited} · Registered: {registered}',
  noRegistrations: 'No registrations yet.',
  registrationFlags: 'Guidance on the leader application: {guidance} · Network: {network}',
  needsNow: 'Needs now:',
  nothingWritten: '(nothing written)',
  yes: 'yes',
  no: 'no',
  moreRegistrations: '… and {count} more registrations, not shown here.',
  moreEvents: 'Showing the {shown} newest of {total} events.',
  invitationTitle: 'You are invited to take-off',
  invitationIntro:
    'Dear {trainee} – your programme is in completion or nearing its end, and you are invited to take-off: the joint event for leader trainees across the departments.',
  date: 'Date',
  place: 'Place',
  description: 'About the event',
  formHeading: 'Registration',
  needsNowLabel: 'What do you need now?',
  needsNowPlaceholder: 'E.g. sparring on the next step, a mentor, knowing about open leader jobs',
  guidanceLabel: 'I would like guidance on the leader application',
  networkLabel: 'Put me on the list of the network between leader trainees',
  register: 'Register me',
  registered: 'You are registered for take-off on **{date}** ({place}). To change your answers, register again on the invitation.',
};

export function takeOffTextsFor(language: Language): TakeOffTexts {
  return language === 'en' ? en : da;
}
