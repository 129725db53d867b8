/**
 * A joint start-up meeting as one thing: the programmes that hold it (same conversation id, booked
 * as a joint department meeting), every participant once, and one calendar entry listing them all.
 * Shared by booking the meeting and by the calendar file behind any of its links.
 */
import { CONVERSATION_KIND_LABELS } from '../../domain/labels';
import { PersonId, PersonRef, ProgrammeRole } from '../../domain/people';
import { ProgrammeRepository } from '../../domain/ports';
import { Programme } from '../../domain/programme';
import { CalendarEntry } from '../ports';
import { participantsOf } from './bookingRules';

const KIND = 'startupPart1' as const;

/**
 * The attendees and title of a joint meeting's calendar entry: every participant of every programme
 * that holds the meeting (same conversation id, booked as a joint meeting), found through the HR
 * consultant who is in all of them. Used for the calendar file behind any of its links.
 */
export async function jointMeetingProgrammes(deps: { programmes: ProgrammeRepository }, programme: Programme, conversationId: string): Promise<Programme[]> {
  const conversation = programme.conversation(conversationId);
  const hr = programme.hrConsultant;
  if (conversation.format !== 'jointDepartmentMeeting' || !hr) return [programme];
  const all = await deps.programmes.listForPerson(hr.id);
  const holding = all.filter((p) =>
    p.conversations().some((c) => c.id === conversationId && c.format === 'jointDepartmentMeeting' && c.scheduledAt === conversation.scheduledAt && c.status === conversation.status),
  );
  const others = holding.filter((p) => p.id !== programme.id).sort((a, b) => a.trainee.name.localeCompare(b.trainee.name, 'da'));
  return [programme, ...others];
}

/** A joint meeting as one calendar entry: one title, every participant once. */
export function jointCalendarEntry(programmes: readonly Programme[], conversationId: string, now: Date): CalendarEntry {
  const [lead] = programmes;
  const conversation = lead.conversation(conversationId);
  const organizer = participantsOf(lead, KIND).find((p) => p.id === conversation.booked.by) ?? lead.hrConsultant ?? lead.leader;
  return {
    programmeId: lead.id,
    conversationId,
    // Shared between people: Danish, the product's language.
    title: `${CONVERSATION_KIND_LABELS[KIND].da} (fælles møde) – Ledertrainees: ${programmes.map((p) => p.trainee.name).join(', ')}`,
    start: new Date(conversation.scheduledAt),
    durationMinutes: conversation.durationMinutes,
    organizer: { name: organizer.name, ...(organizer.email ? { email: organizer.email } : {}) },
    attendees: participantsOfAll(programmes).map(({ person }) => ({ name: person.name, ...(person.email ? { email: person.email } : {}) })),
    status: conversation.status === 'cancelled' ? 'cancelled' : 'confirmed',
    stamp: now,
  };
}

/** Every participant of the programmes once (a leader of two trainees, the HR consultant), with the role they first had. */
export function participantsOfAll(programmes: readonly Programme[]): { person: PersonRef; role: ProgrammeRole }[] {
  const seen = new Map<PersonId, { person: PersonRef; role: ProgrammeRole }>();
  const order: ProgrammeRole[] = ['trainee', 'leader', 'hrConsultant'];
  for (const role of order) {
    for (const programme of programmes) {
      const person = participantsOf(programme, KIND).find((p) => programme.roleOf(p.id) === role);
      if (person && !seen.has(person.id)) seen.set(person.id, { person, role });
    }
  }
  return [...seen.values()];
}

