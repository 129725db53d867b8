/** The shape of a booked conversation as people see it (see bookingView.ts); apart so ports.ts can name it. */
import { ProgrammeRole } from '../../domain/people';
import { ConversationKind } from '../../domain/state';

export interface BookingView {
  programmeId: string;
  conversationId: string;
  kind: ConversationKind;
  traineeName: string;
  /** ISO instants (UTC). */
  start: string;
  end: string;
  status: 'booked' | 'cancelled';
  participants: { name: string; role: ProgrammeRole }[];
  /** The calendar file (built-in calendar). */
  calendarUrl?: string;
  /** The Teams meeting (when a meeting scheduler made one). */
  joinUrl?: string;
  /** Start-up part 1 booked before the personality-test feedback: it can only be held after it. */
  awaitsPersonalityFeedback: boolean;
  /** Start-up part 1 as one joint meeting of several trainees of the department (traineeName lists them all). */
  joint?: boolean;
}

