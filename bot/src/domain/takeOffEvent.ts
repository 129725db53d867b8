/**
 * The cross-department take-off event of the completion phase: a programme admin creates it (date,
 * place, description); trainees whose programmes are in completion are invited and register on
 * their own programme (Programme.registerTakeOff). The event and who was invited live in a table of
 * their own; the answers live on each programme.
 */
import { Stamp } from './state';
import { PersonId } from './people';
import { invalid } from './messages';
import { checkIsoDate, checkText, MAX_SHORT_TEXT, MAX_TEXT } from './validation';

export const TAKE_OFF_PLACE_MAX = MAX_SHORT_TEXT;
export const TAKE_OFF_DESCRIPTION_MAX = MAX_TEXT;

export interface TakeOffEvent {
  id: string;
  /** Calendar date (YYYY-MM-DD, Copenhagen). */
  date: string;
  place: string;
  description: string;
  created: Stamp;
}

export interface TakeOffEventInput {
  date: unknown;
  place: unknown;
  description: unknown;
}

/** One programme invited to an event: who, and when (answers given since then count for this event). */
export interface TakeOffInvitation {
  programmeId: string;
  traineeId: PersonId;
  traineeName: string;
  invitedAt: string;
}

/**
 * A new event, checked: a valid date not before `today` (YYYY-MM-DD), a place and a description.
 * Throws a ValidationError naming the first field that is wrong.
 */
export function newTakeOffEvent(input: TakeOffEventInput, id: string, today: string, at: Date, by: PersonId): TakeOffEvent {
  const rawDate = typeof input.date === 'string' ? input.date.trim() : input.date;
  if (rawDate === undefined || rawDate === null || rawDate === '') throw invalid('required', 'takeOffDate');
  const date = checkIsoDate(rawDate, 'takeOffDate');
  if (date < today) throw invalid('wishedStartInPast', 'takeOffDate');
  const place = checkText(input.place, 'place', TAKE_OFF_PLACE_MAX, true);
  const description = checkText(input.description, 'description', TAKE_OFF_DESCRIPTION_MAX, true);
  return { id, date, place, description, created: { at: at.toISOString(), by } };
}

/** Where take-off events and their invitations are kept. */
export interface TakeOffEventRepository {
  /** Stores a new event; a conflict error when the id exists. */
  add(event: TakeOffEvent): Promise<void>;
  /** Every event (any order). */
  list(): Promise<TakeOffEvent[]>;
  /** The event, or undefined when there is none with the id. */
  find(eventId: string): Promise<TakeOffEvent | undefined>;
  /** Records that a programme is invited; an invitation already there is kept as it is. */
  invite(eventId: string, invitation: TakeOffInvitation): Promise<void>;
  /** The programmes invited to the event. */
  invitations(eventId: string): Promise<TakeOffInvitation[]>;
}
