/** The answer to `status`: each of the person's programmes with its phase, next conversation and next steps. */
import { inLanguage, LocalizedText } from '../domain/localizedText';
import { CONVERSATION_KIND_LABELS, PHASE_LABELS, ROLE_LABELS } from '../domain/labels';
import { formatDateTime } from '../domain/calendar';
import { ConversationKind, Phase } from '../domain/state';
import { ProgrammeRole } from '../domain/people';
import template from './status.json';
import { AdaptiveCard, expandCard } from './adaptiveCard';
import { Language } from './language';
import { CARD_VERBS, CardVerb } from './cardVerbs';
import { STATUS_TEXTS } from './statusTexts';
import { CONVERSATION_TEXTS } from './conversationTexts';
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

/** Steps the person can take right from the card, by the code of the waiting step (titled in STATUS_TEXTS.buttons). */
const BUTTON_VERBS: Readonly<Record<keyof typeof STATUS_TEXTS.buttons, CardVerb>> = {
  takePersonalityTest: CARD_VERBS.personalityTestTaken,
  givePersonalityFeedback: CARD_VERBS.personalityFeedbackGiven,
};

function hasButton(code: string): code is keyof typeof BUTTON_VERBS {
  return Object.hasOwn(BUTTON_VERBS, code);
}

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
  const texts = inLanguage(STATUS_TEXTS, vm.language);
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
          .map((item) => item.code)
          .filter(hasButton)
          .map((code): StatusButton => ({ title: texts.buttons[code], data: { verb: BUTTON_VERBS[code], programmeId: p.programmeId } })),
        // The next conversation's template, to fill in together (sent as a new card).
        ...(p.nextConversation?.id && !p.closed && KIND_ROLES[p.nextConversation.kind].includes(p.role)
          ? [{ title: CONVERSATION_TEXTS.openTemplate[lang], data: { verb: CARD_VERBS.conversationShow, programmeId: p.programmeId, conversationId: p.nextConversation.id } }]
          : []),
        // The learning agreement (Action.Submit fallback of its refresh: the card comes as a new message).
        ...(!p.declined && p.phase !== 'nomination'
          ? [{ title: agreementTextsFor(lang).openFromStatus, data: { verb: REFRESH_VERB, view: AGREEMENT_VIEWS.agreement, programmeId: p.programmeId } }]
          : []),
      ],
    })),
    more: hidden > 0 ? texts.more({ count: hidden }) : '',
  });
}
