/**
 * The cards of booking: the proposals (a button per free time, or a choice of programme) and the
 * confirmation every participant gets (time in Danish format, participants, calendar file, and
 * buttons to move or cancel). Times are written in Europe/Copenhagen.
 */
import { CONVERSATION_KIND_LABELS, ROLE_LABELS } from '../domain/labels';
import { PROGRAMME_TIME_ZONE } from '../domain/calendar';
import { ProgrammeRole } from '../domain/people';
import { inLanguage } from '../domain/localizedText';
import { ConversationKind } from '../domain/state';
import proposalsTemplate from './bookingProposals.json';
import confirmationTemplate from './bookingConfirmation.json';
import { AdaptiveCard, expandCard } from './adaptiveCard';
import { BOOKING_TEXTS } from './bookingTexts';
import { CARD_VERBS } from './cardVerbs';
import { Language } from './language';

/** A proposal as the application makes it; `BookingProposal` fits as it is. */
export type BookingProposalView =
  | {
      outcome: 'proposals';
      programmeId: string;
      traineeName: string;
      kind: ConversationKind;
      durationMinutes: number;
      participants: readonly string[];
      slots: readonly { start: string; end: string }[];
      rescheduling?: { conversationId: string; currentStart: string };
    }
  | { outcome: 'choose'; choices: readonly { programmeId: string; traineeName: string; kind: ConversationKind }[] };

export interface BookingProposalsCardViewModel {
  language: Language;
  proposal: BookingProposalView;
  /** Said above the proposals, e.g. that the chosen time was taken meanwhile. */
  notice?: string;
}

/** A booked, moved or cancelled conversation; the application's `BookingView` fits as it is. */
export interface BookingConfirmationView {
  programmeId: string;
  conversationId: string;
  kind: ConversationKind;
  traineeName: string;
  start: string;
  end: string;
  status: 'booked' | 'cancelled';
  participants: readonly { name: string; role: ProgrammeRole }[];
  calendarUrl?: string;
  joinUrl?: string;
  awaitsPersonalityFeedback: boolean;
  /** The joint start-up meeting of several trainees (traineeName lists them). */
  joint?: boolean;
}

export interface BookingConfirmationCardViewModel {
  language: Language;
  booking: BookingConfirmationView;
  change: 'booked' | 'rescheduled' | 'cancelled';
  /** Who did it, when someone else than the reader did. */
  byName?: string;
  previousStart?: string;
  reason?: string;
}

export function renderBookingProposalsCard(vm: BookingProposalsCardViewModel): AdaptiveCard {
  const texts = inLanguage(BOOKING_TEXTS, vm.language);
  const lang = vm.language;
  const p = vm.proposal;
  if (p.outcome === 'choose') {
    return expandCard(proposalsTemplate, {
      notice: vm.notice ?? '',
      title: texts.chooseTitle,
      facts: [],
      intro: texts.chooseIntro,
      slots: [],
      choices: p.choices.map((c) => ({
        title: `${c.traineeName}: ${CONVERSATION_KIND_LABELS[c.kind][lang]}`,
        data: { verb: CARD_VERBS.bookingChoose, programmeId: c.programmeId, kind: c.kind },
      })),
    });
  }
  const conversation = CONVERSATION_KIND_LABELS[p.kind];
  const title = p.rescheduling ? texts.rescheduleTitle({ conversation }) : texts.proposalsTitle({ conversation });
  return expandCard(proposalsTemplate, {
    notice: vm.notice ?? '',
    title,
    facts: [
      { title: texts.trainee, value: p.traineeName },
      { title: texts.participants, value: p.participants.join(', ') },
      { title: texts.duration, value: texts.minutes({ minutes: p.durationMinutes }) },
      ...(p.rescheduling ? [{ title: texts.currentTime, value: formatTimeSpan(p.rescheduling.currentStart, undefined, lang) }] : []),
    ],
    intro: p.slots.length > 0 ? texts.chooseTime : texts.noSlots,
    slots: p.slots.map((slot) => ({
      title: formatTimeSpan(slot.start, slot.end, lang),
      data: {
        verb: CARD_VERBS.bookingBook,
        programmeId: p.programmeId,
        kind: p.kind,
        start: slot.start,
        ...(p.rescheduling ? { conversationId: p.rescheduling.conversationId } : {}),
      },
    })),
    choices: [],
  });
}

export function renderBookingConfirmationCard(vm: BookingConfirmationCardViewModel): AdaptiveCard {
  const texts = inLanguage(BOOKING_TEXTS, vm.language);
  const lang = vm.language;
  const b = vm.booking;
  const conversation = b.joint ? BOOKING_TEXTS.jointMeeting : CONVERSATION_KIND_LABELS[b.kind];
  const title = { booked: texts.bookedTitle, rescheduled: texts.rescheduledTitle, cancelled: texts.cancelledTitle }[vm.change];
  const by = { booked: texts.bookedBy, rescheduled: texts.rescheduledBy, cancelled: texts.cancelledBy }[vm.change];
  const active = b.status === 'booked';
  const ref = { programmeId: b.programmeId, conversationId: b.conversationId };
  return expandCard(confirmationTemplate, {
    texts,
    title: title({ conversation }),
    lead: vm.byName ? by({ name: vm.byName }) : '',
    facts: [
      { title: b.joint ? texts.trainees : texts.trainee, value: b.traineeName },
      { title: texts.time, value: formatTimeSpan(b.start, b.end, lang) },
      ...(vm.previousStart ? [{ title: texts.previousTime, value: formatTimeSpan(vm.previousStart, undefined, lang) }] : []),
      { title: texts.participants, value: b.participants.map((p) => `${p.name} (${inSentence(ROLE_LABELS[p.role][lang])})`).join(', ') },
      ...(vm.reason ? [{ title: texts.reason, value: vm.reason }] : []),
    ],
    gateNote: active && b.awaitsPersonalityFeedback ? texts.personalityGate : '',
    calendarUrl: b.calendarUrl ?? '',
    joinUrl: b.joinUrl ?? '',
    active,
    moveData: { verb: CARD_VERBS.bookingMove, ...ref },
    cancelData: { verb: CARD_VERBS.bookingCancel, ...ref },
  });
}

/** A label inside a sentence: "nærmeste leder", but "HR-konsulent" keeps its abbreviation. */
function inSentence(label: string): string {
  return /^\p{Lu}{2}/u.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/**
 * "tirsdag den 8. september 2026 kl. 09.00–10.30" in Danish, "Tuesday 8 September 2026,
 * 09:00–10:30" in English; without an end, only the start time.
 */
export function formatTimeSpan(startIso: string, endIso: string | undefined, language: Language): string {
  const locale = language === 'da' ? 'da-DK' : 'en-GB';
  const date = formatDay(startIso, language);
  const time = new Intl.DateTimeFormat(locale, { timeZone: PROGRAMME_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const span = endIso ? `${time.format(new Date(startIso))}–${time.format(new Date(endIso))}` : time.format(new Date(startIso));
  return language === 'da' ? `${date} kl. ${span}` : `${date}, ${span}`;
}

/** "8. september 2026" / "8 September 2026": the date alone, for messages about a day. */
export function formatDay(startIso: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'da' ? 'da-DK' : 'en-GB', {
    timeZone: PROGRAMME_TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
    .format(new Date(startIso))
    .replace(',', '');
}
