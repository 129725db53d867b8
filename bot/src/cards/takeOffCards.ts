/**
 * The take-off cards: the programme admin's card (create an event; the newest events with their
 * registrations) and the trainee's invitation with the registration form. Buttons carry only the
 * verb and the event id; who acts, and on which programme, is read from storage.
 *
 * The admin's card stays under Teams' 28 KB message limit whatever was typed: texts are shortened,
 * registrations are capped, and fewer are shown until the card fits.
 */
import adminTemplate from './takeOffAdmin.json';
import invitationTemplate from './takeOffInvitation.json';
import { AdaptiveCard, expandCard } from './adaptiveCard';
import { CARD_VERBS } from './cardVerbs';
import { Language } from './language';
import { formatDate } from './nominationFormat';
import { TAKE_OFF_TEXTS } from './takeOffTexts';
import { CONVERSATION_TEXTS } from './conversationTexts';
import { PHASE_EFFECTS } from '../domain/phaseGuide';
import { calendarDateText } from '../domain/calendarDateText';
import { inLanguage } from '../domain/localizedText';

export interface TakeOffEventView {
  id: string;
  date: string;
  place: string;
  description: string;
}

export interface TakeOffAdminCardViewModel {
  language: Language;
  /** Today (YYYY-MM-DD): the earliest date the form offers. */
  today: string;
  events: readonly {
    event: TakeOffEventView;
    invited: number;
    registrations: readonly {
      traineeName: string;
      needsNow: string;
      wantsApplicationGuidance: boolean;
      joinNetwork: boolean;
    }[];
  }[];
  totalEvents: number;
  /** Shown on top in green (e.g. "created"). */
  message?: string;
  /** Why the last input was refused; the input comes back as typed. */
  error?: string;
  values?: { date?: string; place?: string; description?: string };
}

export interface TakeOffInvitationCardViewModel {
  language: Language;
  traineeName: string;
  event: TakeOffEventView;
}

/** Bytes the admin's card may take (Teams refuses messages over 28 KB; the activity needs some). */
export const TAKE_OFF_CARD_BUDGET_BYTES = 26_000;
const REGISTRATION_LIMITS = [40, 25, 15, 8, 4, 0];
const PER_EVENT_LIMIT = 15;

export function renderTakeOffAdminCard(vm: TakeOffAdminCardViewModel): AdaptiveCard {
  let card: AdaptiveCard | undefined;
  for (const limit of REGISTRATION_LIMITS) {
    card = renderAdmin(vm, limit);
    if (new TextEncoder().encode(JSON.stringify(card)).length <= TAKE_OFF_CARD_BUDGET_BYTES) return card;
  }
  return card as AdaptiveCard;
}

function renderAdmin(vm: TakeOffAdminCardViewModel, totalLimit: number): AdaptiveCard {
  const texts = inLanguage(TAKE_OFF_TEXTS, vm.language);
  let left = totalLimit;
  const events = vm.events.map(({ event, invited, registrations }) => {
    const shown = registrations.slice(0, Math.max(0, Math.min(PER_EVENT_LIMIT, left)));
    left -= shown.length;
    const hidden = registrations.length - shown.length;
    return {
      title: texts.eventTitle({ date: calendarDateText(event.date), place: shorten(event.place, 120) }),
      description: shorten(event.description, 200),
      counts: texts.eventCounts({ invited, registered: registrations.length }),
      registrations: shown.map((r) => ({
        heading: `**${shorten(r.traineeName, 100)}** · ${texts.registrationFlags({ guidance: r.wantsApplicationGuidance, network: r.joinNetwork })}`,
        needs: `${texts.needsNow} ${r.needsNow.trim() === '' ? texts.nothingWritten : shorten(r.needsNow, 200)}`,
      })),
      more: hidden > 0 ? texts.moreRegistrations({ count: hidden }) : '',
    };
  });
  return expandCard(adminTemplate, {
    texts,
    today: vm.today,
    message: vm.message ?? '',
    error: vm.error ?? '',
    values: { date: vm.values?.date ?? '', place: vm.values?.place ?? '', description: vm.values?.description ?? '' },
    createData: { verb: CARD_VERBS.takeOffCreate },
    events,
    moreEvents: vm.totalEvents > vm.events.length ? texts.moreEvents({ shown: vm.events.length, total: vm.totalEvents }) : '',
  });
}

export function renderTakeOffInvitationCard(vm: TakeOffInvitationCardViewModel): AdaptiveCard {
  const texts = inLanguage(TAKE_OFF_TEXTS, vm.language);
  return expandCard(invitationTemplate, {
    texts,
    intro: texts.invitationIntro({ trainee: vm.traineeName }),
    date: formatDate(vm.event.date, vm.language),
    place: vm.event.place,
    description: vm.event.description,
    registerData: { verb: CARD_VERBS.takeOffRegister, eventId: vm.event.id },
    // Take-off belongs to completion: what that phase should give, as on the conversation cards.
    effectHeading: CONVERSATION_TEXTS.effectHeading[vm.language],
    effects: PHASE_EFFECTS.completion.map((effect) => effect[vm.language]),
  });
}

/** At most `max` characters (whole code points), with an ellipsis when shortened. */
function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
