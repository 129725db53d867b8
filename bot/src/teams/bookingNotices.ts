/** The booking notices (booked, moved, cancelled) as the confirmation card, in the reader's language. */
import { Activity } from 'botbuilder';
import { Notice } from '../application/ports';
import { Language, renderBookingConfirmationCard } from '../cards';
import { cardMessage } from './replies';

type BookingNotice = Extract<Notice, { kind: 'conversationBooked' | 'conversationRescheduled' | 'conversationCancelled' }>;

export function bookingNoticeMessage(notice: BookingNotice, language: Language): Partial<Activity> {
  switch (notice.kind) {
    case 'conversationBooked':
      return cardMessage(renderBookingConfirmationCard({ language, booking: notice.booking, change: 'booked', byName: notice.byName }));
    case 'conversationRescheduled':
      return cardMessage(
        renderBookingConfirmationCard({ language, booking: notice.booking, change: 'rescheduled', byName: notice.byName, previousStart: notice.previousStart }),
      );
    case 'conversationCancelled':
      return cardMessage(
        renderBookingConfirmationCard({ language, booking: notice.booking, change: 'cancelled', byName: notice.byName, reason: notice.reason }),
      );
  }
}
