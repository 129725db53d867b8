/**
 * A booked (or moved, or cancelled) conversation as its participants see it: what the
 * confirmation card shows, in the bot's reply and in every participant's chat.
 */
import { KIND_ROLES } from '../../domain/conversationKinds';
import { personalityGateHolds } from '../../domain/gates';
import { personWithRole } from '../../domain/access';
import { Programme } from '../../domain/programme';
import { ConversationState } from '../../domain/state';
import { Scheduler } from '../ports';
import { BookingView } from './bookingTypes';

export type { BookingView };

/** How long after its end a conversation's calendar link still works. */
const CALENDAR_LINK_DAYS_AFTER_END = 30;

export function bookingViewOf(programme: Programme, conversation: ConversationState, scheduler: Scheduler): BookingView {
  const state = programme.toState();
  const start = new Date(conversation.scheduledAt);
  const end = new Date(start.getTime() + conversation.durationMinutes * 60_000);
  return {
    programmeId: programme.id,
    conversationId: conversation.id,
    kind: conversation.kind,
    traineeName: programme.trainee.name,
    start: start.toISOString(),
    end: end.toISOString(),
    status: conversation.status === 'cancelled' ? 'cancelled' : 'booked',
    participants: KIND_ROLES[conversation.kind].flatMap((role) => {
      const person = personWithRole(state, role);
      return person ? [{ name: person.name, role }] : [];
    }),
    ...optional('calendarUrl', scheduler.calendarLink(
      { programmeId: programme.id, conversationId: conversation.id },
      new Date(end.getTime() + CALENDAR_LINK_DAYS_AFTER_END * 24 * 60 * 60_000),
    )),
    awaitsPersonalityFeedback: conversation.kind === 'startupPart1' && !personalityGateHolds(state),
  };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
