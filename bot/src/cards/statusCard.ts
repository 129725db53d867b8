/** The answer to `status`: each of the person's programmes with its phase, next conversation and next steps. */
import { LocalizedText } from '../domain/localizedText';
import { CONVERSATION_KIND_LABELS, PHASE_LABELS, ROLE_LABELS } from '../domain/labels';
import { formatDateTime } from '../domain/calendar';
import { ConversationKind, Phase } from '../domain/state';
import { ProgrammeRole } from '../domain/people';
import template from './status.json';
import { AdaptiveCard, expandCard } from './adaptiveCard';
import { Language } from './language';
import { textsFor } from './texts';
import { CARD_VERBS, CardVerb } from './cardVerbs';
import { conversationTextsFor } from './conversationTexts';
import { KIND_ROLES } from '../domain/conversationKinds';
import { agreementTextsFor } from './agreementTexts';
import { AGREEMENT_VIEWS } from './agreementCard';
import { REFRESH_VERB } from './universalActions';

/** What the card shows of one programme; the application's status fits it as it is. */
export interface ProgrammeStatusView {
  programmeId: string;
  role: ProgrammeRole;
  trainee: { name: string };
  phase: Phase;
  closed: boolean;
  declined?: boolean;
  nextConversation?: { id?: string; kind: ConversationKind; scheduledAt: string };
  dueBeforeNextPhase: { text: LocalizedText }[];
  waitingForYou: { code: string; text: LocalizedText }[];
}

/** Steps the person can take right from the card, with the button's verb and title. */
const BUTTONS: Readonly<Record<string, { verb: CardVerb; title: (texts: ReturnType<typeof textsFor>) => string }>> = {
  takePersonalityTest: { verb: CARD_VERBS.personalityTestTaken, title: (t) => t.personalityTest.markTaken },
  givePersonalityFeedback: { verb: CARD_VERBS.personalityFeedbackGiven, title: (t) => t.personalityTest.markFeedbackGiven },
};

type StatusButton = { title: string; data: Readonly<Record<string, string>> };

export interface StatusCardViewModel {
  language: Language;
  programmes: readonly ProgrammeStatusView[];
}

/**
 * An HR consultant may carry a whole cohort; the card shows the first ones in full and points to
 * the tab for the rest, so it stays far below Teams' message size limit.
 */
export const MAX_PROGRAMMES_ON_CARD = 8;

export function renderStatusCard(vm: StatusCardViewModel): AdaptiveCard {
  const all = textsFor(vm.language);
  const texts = all.status;
  const lang = vm.language;
  const shown = vm.programmes.slice(0, MAX_PROGRAMMES_ON_CARD);
  const hidden = vm.programmes.length - shown.length;
  return expandCard(template, {
    texts,
    programmes: shown.map((p) => ({
      trainee: p.trainee.name,
      role: ROLE_LABELS[p.role][lang],
      phase: p.declined
        ? texts.declined
        : p.closed
          ? `${PHASE_LABELS[p.phase][lang]} (${texts.closed.toLowerCase()})`
          : PHASE_LABELS[p.phase][lang],
      nextConversation: p.nextConversation
        ? `${CONVERSATION_KIND_LABELS[p.nextConversation.kind][lang]}, ${formatDateTime(p.nextConversation.scheduledAt, lang)}`
        : texts.noNextConversation,
      due: p.dueBeforeNextPhase.map((item) => item.text[lang]),
      waiting: p.waitingForYou.map((item) => item.text[lang]),
      buttons: [
        ...p.waitingForYou
          .filter((item) => BUTTONS[item.code])
          .map((item): StatusButton => ({ title: BUTTONS[item.code].title(all), data: { verb: BUTTONS[item.code].verb, programmeId: p.programmeId } })),
        // The next conversation's template, to fill in together (sent as a new card).
        ...(p.nextConversation?.id && !p.closed && KIND_ROLES[p.nextConversation.kind].includes(p.role)
          ? [{ title: conversationTextsFor(lang).openTemplate, data: { verb: CARD_VERBS.conversationShow, programmeId: p.programmeId, conversationId: p.nextConversation.id } }]
          : []),
        // The learning agreement (Action.Submit fallback of its refresh: the card comes as a new message).
        ...(!p.declined && p.phase !== 'nomination'
          ? [{ title: agreementTextsFor(lang).openFromStatus, data: { verb: REFRESH_VERB, view: AGREEMENT_VIEWS.agreement, programmeId: p.programmeId } }]
          : []),
      ],
    })),
    more: hidden > 0 ? texts.more.replace('{count}', String(hidden)) : '',
  });
}
