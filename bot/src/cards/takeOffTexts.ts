/**
 * The texts of take-off: the programme admin's card (takeOffAdmin.json), the leader trainee's invitation
 * with the registration (takeOffInvitation.json) and the confirmations. *take-off* is the seed's own
 * name (DESIGN §5); the names of fields and the completion phase come from the domain's labels.
 */
import { FIELD_LABELS, PHASE_LABELS } from '../domain/labels';
import { LocalizedText } from '../domain/localizedText';

const COMPLETION = PHASE_LABELS.completion;

/** "1 ledertrainee er" / "2 ledertrainees er": the count with the word that fits it. */
function traineesInvited(count: number): LocalizedText {
  return count === 1
    ? { da: '1 ledertrainee er inviteret', en: '1 leader trainee is invited' }
    : { da: `${count} ledertrainees er inviteret`, en: `${count} leader trainees are invited` };
}

export const TAKE_OFF_TEXTS = {
  adminTitle: { da: 'Take-off', en: 'Take-off' },
  adminIntro: {
    da: `Take-off er det fælles arrangement for ledertrainees på tværs af magistratsafdelingerne i afslutningen af forløbet. Når du opretter det, får alle ledertrainees i fasen ${COMPLETION.da} – og dem, hvis forløbsperiode slutter inden for de næste uger – en invitation med tilmelding.`,
    en: `Take-off is the joint event for leader trainees across the departments at the end of the programme. When you create it, every leader trainee in the ${COMPLETION.en} phase – and those whose programme period ends within the next weeks – gets an invitation to register.`,
  },
  createHeading: { da: 'Opret et take-off-arrangement', en: 'Create a take-off event' },
  dateLabel: FIELD_LABELS.takeOffDate,
  placeLabel: FIELD_LABELS.place,
  placePlaceholder: { da: 'Fx Rådhuset, mødesal 1', en: 'E.g. City Hall, meeting room 1' },
  descriptionLabel: FIELD_LABELS.description,
  descriptionPlaceholder: {
    da: 'Program, tidspunkt og hvad ledertrainees skal forberede',
    en: 'Programme, time and what the leader trainees should prepare',
  },
  dateRequired: { da: 'Vælg en dato.', en: 'Choose a date.' },
  placeRequired: { da: 'Skriv stedet.', en: 'Write the place.' },
  descriptionRequired: { da: 'Skriv en beskrivelse.', en: 'Write a description.' },
  create: { da: 'Opret og invitér', en: 'Create and invite' },
  errorHeading: { da: 'Arrangementet er ikke oprettet', en: 'The event was not created' },
  created: ({ date, count }: { date: LocalizedText; count: number }) => ({
    da: `Take-off den **${date.da}** er oprettet. ${traineesInvited(count).da} (i afslutningen, eller forløbsperioden slutter snart).`,
    en: `Take-off on **${date.en}** is created. ${traineesInvited(count).en} (in completion, or their programme period ends soon).`,
  }),
  eventsHeading: { da: 'Arrangementer og tilmeldinger', en: 'Events and registrations' },
  noEvents: { da: 'Der er ikke oprettet noget take-off-arrangement endnu.', en: 'No take-off event has been created yet.' },
  eventTitle: ({ date, place }: { date: LocalizedText; place: string }) => ({ da: `${date.da} · ${place}`, en: `${date.en} · ${place}` }),
  eventCounts: ({ invited, registered }: { invited: number; registered: number }) => ({
    da: `Inviteret: ${invited} · ${FIELD_LABELS.registered.da}: ${registered}`,
    en: `Invited: ${invited} · ${FIELD_LABELS.registered.en}: ${registered}`,
  }),
  noRegistrations: { da: 'Ingen tilmeldinger endnu.', en: 'No registrations yet.' },
  /** What one registration asked for: the leader application guidance and the network, yes or no. */
  registrationFlags: ({ guidance, network }: { guidance: boolean; network: boolean }) => ({
    da: `${FIELD_LABELS.wantsApplicationGuidance.da}: ${guidance ? 'ja' : 'nej'} · ${FIELD_LABELS.network.da}: ${network ? 'ja' : 'nej'}`,
    en: `${FIELD_LABELS.wantsApplicationGuidance.en}: ${guidance ? 'yes' : 'no'} · ${FIELD_LABELS.network.en}: ${network ? 'yes' : 'no'}`,
  }),
  /** Before what the leader trainee needs now. */
  needsNow: { da: 'Har brug for nu:', en: 'Needs now:' },
  nothingWritten: { da: '(intet skrevet)', en: '(nothing written)' },
  moreRegistrations: ({ count }: { count: number }) => ({
    da: `… og ${count} ${count === 1 ? 'tilmelding' : 'tilmeldinger'} mere, som ikke vises her.`,
    en: `… and ${count} more ${count === 1 ? 'registration' : 'registrations'}, not shown here.`,
  }),
  moreEvents: ({ shown, total }: { shown: number; total: number }) => ({
    da: `Viser de ${shown} nyeste af ${total} arrangementer.`,
    en: `Showing the ${shown} newest of ${total} events.`,
  }),
  invitationTitle: { da: 'Du er inviteret til take-off', en: 'You are invited to take-off' },
  invitationIntro: ({ trainee }: { trainee: string }) => ({
    da: `Kære ${trainee} – dit forløb er i afslutningen eller nærmer sig sin afslutning, og du er inviteret til take-off: det fælles arrangement for ledertrainees på tværs af magistratsafdelingerne.`,
    en: `Dear ${trainee} – your programme is in completion or nearing its end, and you are invited to take-off: the joint event for leader trainees across the departments.`,
  }),
  date: FIELD_LABELS.takeOffDate,
  place: FIELD_LABELS.place,
  description: { da: 'Om arrangementet', en: 'About the event' },
  formHeading: { da: 'Tilmelding', en: 'Registration' },
  needsNowLabel: FIELD_LABELS.needsNow,
  needsNowPlaceholder: {
    da: 'Fx sparring om næste skridt, en mentor, viden om ledige lederstillinger',
    en: 'E.g. sparring on the next step, a mentor, knowing about open leader jobs',
  },
  guidanceLabel: { da: 'Jeg vil gerne have vejledning til lederansøgningen', en: 'I would like guidance on the leader application' },
  networkLabel: { da: 'Skriv mig på listen over netværket mellem ledertrainees', en: 'Put me on the list of the network between leader trainees' },
  register: { da: 'Tilmeld mig', en: 'Register me' },
  registered: ({ date, place }: { date: LocalizedText; place: string }) => ({
    da: `Du er tilmeldt take-off den **${date.da}** (${place}). Vil du ændre dine svar, så tilmeld dig igen på invitationen.`,
    en: `You are registered for take-off on **${date.en}** (${place}). To change your answers, register again on the invitation.`,
  }),
};
