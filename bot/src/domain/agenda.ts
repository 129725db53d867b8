/**
 * What waits for whom: the next steps of a programme as each of its three people sees them. The
 * bot's `status` and (later) reminders and the tab show the same list, from the same rules the
 * aggregate enforces.
 */
import { draftAgreement } from './agreement';
import { KIND_ROLES } from './conversationKinds';
import { LocalizedText } from './localizedText';
import { CONVERSATION_KIND_LABELS } from './labels';
import { roleIn } from './access';
import { personalityGateHolds, personalityTestRequired } from './gates';
import { PersonId } from './people';
import { ConversationKind, ConversationState, ProgrammeState } from './state';

export type AgendaCode =
  | 'takePersonalityTest'
  | 'givePersonalityFeedback'
  | 'bookConversation'
  | 'markConversationHeld'
  | 'documentConversation'
  | 'approveAgreement';

export interface AgendaItem {
  code: AgendaCode;
  text: LocalizedText;
  /** The conversation the step is about, when it is about one. */
  conversationId?: string;
  /** The kind of conversation to book or finish, when it is about one. */
  kind?: ConversationKind;
}

/** The conversation that comes next: the earliest booked one that has not ended yet. */
export function nextConversation(state: ProgrammeState, now: Date): ConversationState | undefined {
  return state.conversations
    .filter((c) => c.status === 'booked' && endOf(c) > now.getTime())
    .sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt))[0];
}

/** The steps that wait for this person, most pressing first; empty for someone outside the programme. */
export function agendaFor(state: ProgrammeState, personId: PersonId, now: Date): AgendaItem[] {
  const role = roleIn(state, personId);
  // Nothing waits in a closed programme: completed, or declined at nomination.
  if (!role || state.outcome || state.declined) return [];
  const items: AgendaItem[] = [];
  const label = (kind: ConversationKind) => CONVERSATION_KIND_LABELS[kind];

  if (personalityTestRequired(state) && (state.phase === 'nomination' || state.phase === 'startup')) {
    if (!state.personalityTest.taken && role === 'trainee') {
      items.push({ code: 'takePersonalityTest', text: { da: 'Tag persontesten.', en: 'Take the personality test.' } });
    }
    if (state.personalityTest.taken && !state.personalityTest.feedbackGiven && role === 'hrConsultant') {
      items.push({
        code: 'givePersonalityFeedback',
        text: {
          da: 'Giv ledertraineen feedback på persontesten – først da kan opstartssamtalen afholdes.',
          en: 'Give the leader trainee feedback on the personality test – only then can the start-up interview be held.',
        },
      });
    }
  }

  for (const c of state.conversations) {
    if (!KIND_ROLES[c.kind].includes(role)) continue;
    if (c.status === 'booked' && endOf(c) <= now.getTime()) {
      const blocked = c.kind === 'startupPart1' && !personalityGateHolds(state);
      if (!blocked) {
        items.push({
          code: 'markConversationHeld',
          conversationId: c.id,
          kind: c.kind,
          text: {
            da: `Markér ${label(c.kind).da.toLowerCase()} som afholdt.`,
            en: `Mark the ${label(c.kind).en.toLowerCase()} as held.`,
          },
        });
      }
    }
    if (c.status === 'held' && c.kind !== 'followUp') {
      items.push({
        code: 'documentConversation',
        conversationId: c.id,
        kind: c.kind,
        text: { da: `Udfyld skabelonen for ${label(c.kind).da.toLowerCase()}.`, en: `Fill in the template for the ${label(c.kind).en.toLowerCase()}.` },
      });
    }
  }

  const draft = draftAgreement(state.agreements);
  if (draft && (role === 'trainee' || role === 'leader')) {
    const mine = role === 'trainee' ? draft.acceptedByTrainee : draft.acceptedByLeader;
    if (!mine && draft.goals.length > 0) {
      items.push({ code: 'approveAgreement', text: { da: 'Godkend læringsaftalen.', en: 'Approve the learning agreement.' } });
    }
  }

  const toBook = nextToBook(state);
  if (toBook && KIND_ROLES[toBook].includes(role)) {
    items.push({
      code: 'bookConversation',
      kind: toBook,
      text: { da: `Aftal et tidspunkt for ${label(toBook).da.toLowerCase()}.`, en: `Schedule the ${label(toBook).en.toLowerCase()}.` },
    });
  }
  return items;
}

/**
 * The one-off conversation the phase calls for next, when none of it is booked or done yet.
 * Follow-up meetings are booked at the agreed cadence and are left to the reminders.
 */
export function nextToBook(state: ProgrammeState): ConversationKind | undefined {
  const has = (kind: ConversationKind) => state.conversations.some((c) => c.kind === kind && c.status !== 'cancelled');
  switch (state.phase) {
    case 'startup':
      if (!has('startupPart1')) return 'startupPart1';
      if (!has('startupPart2') && state.conversations.some((c) => c.kind === 'startupPart1' && (c.status === 'held' || c.status === 'documented'))) {
        return 'startupPart2';
      }
      return undefined;
    case 'development':
      return has('midway') ? undefined : 'midway';
    case 'completion':
      return has('transition') ? undefined : 'transition';
    default:
      return undefined;
  }
}

function endOf(c: Pick<ConversationState, 'scheduledAt' | 'durationMinutes'>): number {
  return Date.parse(c.scheduledAt) + c.durationMinutes * 60_000;
}
