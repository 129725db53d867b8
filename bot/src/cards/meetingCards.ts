/**
 * The card a booked conversation's Teams meeting chat gets when the meeting ends: the conversation
 * is marked afholdt and should now be documented, or (refused by the rules) why it is not afholdt
 * yet. Its button opens the conversation's template in place (a refresh into the conversation view,
 * which every participant then sees in their own view).
 */
import template from './meetingEnded.json';
import { AdaptiveCard, expandCard } from './adaptiveCard';
import { CONVERSATION_VIEW } from './conversationCards';
import { conversationTextsFor } from './conversationTexts';
import { Language } from './language';
import { withSubmitFallbacks } from './universalActions';
import { CONVERSATION_KIND_LABELS } from '../domain/labels';
import { ConversationKind } from '../domain/state';

export interface MeetingEndedCardViewModel {
  language: Language;
  programmeId: string;
  conversationId: string;
  kind: ConversationKind;
  traineeName: string;
  /** held: just marked afholdt; alreadyHeld: was afholdt before; refused: not afholdt, with the reason. */
  outcome: 'held' | 'alreadyHeld' | 'refused';
  reason?: string;
}

const TEXTS = {
  da: {
    title: '{kind} – {trainee}',
    held: 'Mødet er slut, og samtalen er markeret som afholdt. Husk at dokumentere den i skabelonen.',
    refused: 'Mødet er slut, men samtalen er ikke markeret som afholdt:',
  },
  en: {
    title: '{kind} – {trainee}',
    held: 'The meeting has ended and the conversation is marked as held. Remember to document it in the template.',
    refused: 'The meeting has ended, but the conversation is not marked as held:',
  },
} as const;

export function renderMeetingEndedCard(vm: MeetingEndedCardViewModel): AdaptiveCard {
  const texts = TEXTS[vm.language];
  const kind = CONVERSATION_KIND_LABELS[vm.kind][vm.language];
  const refused = vm.outcome === 'refused';
  return withSubmitFallbacks(
    expandCard(template, {
      title: texts.title.replace('{kind}', kind).replace('{trainee}', vm.traineeName),
      message: refused ? texts.refused : texts.held,
      hasReason: refused && Boolean(vm.reason),
      reason: vm.reason ?? '',
      openTemplate: conversationTextsFor(vm.language).openTemplate,
      view: CONVERSATION_VIEW,
      programmeId: vm.programmeId,
      conversationId: vm.conversationId,
    }),
  );
}
