/**
 * The card a booked conversation's Teams meeting chat gets when the meeting ends: the conversation
 * is marked afholdt and should now be documented, or (refused by the rules) why it is not afholdt
 * yet. Its button opens the conversation's template in place (a refresh into the conversation view,
 * which every participant then sees in their own view).
 */
import template from './meetingEnded.json';
import { AdaptiveCard, expandCard } from './adaptiveCard';
import { CONVERSATION_VIEW } from './conversationCards';
import { Language } from './language';
import { MEETING_ENDED_TEXTS } from './meetingEndedTexts';
import { withSubmitFallbacks } from './universalActions';
import { CONVERSATION_KIND_LABELS } from '../domain/labels';
import { inLanguage } from '../domain/localizedText';
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

export function renderMeetingEndedCard(vm: MeetingEndedCardViewModel): AdaptiveCard {
  const texts = inLanguage(MEETING_ENDED_TEXTS, vm.language);
  const refused = vm.outcome === 'refused';
  return withSubmitFallbacks(
    expandCard(template, {
      title: texts.title({ kind: CONVERSATION_KIND_LABELS[vm.kind], trainee: vm.traineeName }),
      message: refused ? texts.refused : texts.held,
      hasReason: refused && Boolean(vm.reason),
      reason: vm.reason ?? '',
      openTemplate: texts.openTemplate,
      view: CONVERSATION_VIEW,
      programmeId: vm.programmeId,
      conversationId: vm.conversationId,
    }),
  );
}
