/**
 * The programme-chat card: in a group chat, which of the sender's programmes the chat is for (one
 * click binds; the chat's id comes from the activity, the button carries only the programme); in
 * the personal chat, the programmes the app can create a chat for. Also the short answers (bound,
 * not part of any programme, bound elsewhere) as the same card without buttons.
 */
import template from './programmeChat.json';
import { AdaptiveCard, expandCard } from './adaptiveCard';
import { CARD_VERBS } from './cardVerbs';
import { Language } from './language';
import { PROGRAMME_CHAT_TEXTS } from './programmeChatTexts';
import { ROLE_LABELS } from '../domain/labels';
import { inLanguage } from '../domain/localizedText';
import { ProgrammeRole } from '../domain/people';

export interface ProgrammeChatChoiceView {
  programmeId: string;
  traineeName: string;
  role: ProgrammeRole;
  hasChat: boolean;
}

export type ProgrammeChatCardViewModel =
  | { language: Language; kind: 'choose'; choices: readonly ProgrammeChatChoiceView[] }
  | { language: Language; kind: 'nothingToBind' }
  | { language: Language; kind: 'bound'; traineeName: string }
  | { language: Language; kind: 'boundElsewhere' }
  /** Personal chat, Graph configured: programmes the app can create a chat for. */
  | { language: Language; kind: 'create'; choices: readonly ProgrammeChatChoiceView[] }
  /** Personal chat without Graph: how to make the chat. */
  | { language: Language; kind: 'howTo' };

/**
 * Choices shown at most: far below Teams' 28 KB per message even with long names. In a group chat
 * only programmes whose three are all in it are offered, so the cap matters only for HR consultants
 * with many programmes; programmes without a chat come first.
 */
export const MAX_PROGRAMME_CHAT_CHOICES = 25;

export function renderProgrammeChatCard(vm: ProgrammeChatCardViewModel): AdaptiveCard {
  const t = inLanguage(PROGRAMME_CHAT_TEXTS, vm.language);
  const shown = (choices: readonly ProgrammeChatChoiceView[]) =>
    [...choices].sort((a, b) => Number(a.hasChat) - Number(b.hasChat) || a.traineeName.localeCompare(b.traineeName, 'da')).slice(0, MAX_PROGRAMME_CHAT_CHOICES);
  const more = (choices: readonly ProgrammeChatChoiceView[]) =>
    choices.length > MAX_PROGRAMME_CHAT_CHOICES ? t.moreChoices({ shown: MAX_PROGRAMME_CHAT_CHOICES, total: choices.length }) : '';
  const note = (c: ProgrammeChatChoiceView, hasChat: string) => [t.yourRole({ role: ROLE_LABELS[c.role] }), c.hasChat ? hasChat : ''].filter(Boolean).join(' ');
  const base = { title: '', intro: '', choices: [] as object[], footer: '' };
  switch (vm.kind) {
    case 'choose':
      return expandCard(template, {
        ...base,
        title: t.chooseTitle,
        intro: t.chooseIntro,
        choices: shown(vm.choices).map((c) => ({
          label: t.choiceLabel({ trainee: c.traineeName }),
          note: note(c, t.replacesChat),
          buttonTitle: t.bindButton,
          data: { verb: CARD_VERBS.programmeChatBind, programmeId: c.programmeId },
        })),
        footer: [more(vm.choices), t.footer].filter(Boolean).join(' '),
      });
    case 'create':
      return expandCard(template, {
        ...base,
        title: t.createTitle,
        intro: t.createIntro,
        choices: shown(vm.choices).map((c) => ({
          label: t.choiceLabel({ trainee: c.traineeName }),
          note: note(c, t.hasChat),
          buttonTitle: t.createButton,
          data: { verb: CARD_VERBS.programmeChatCreate, programmeId: c.programmeId },
        })),
        footer: more(vm.choices),
      });
    case 'nothingToBind':
      return expandCard(template, { ...base, title: t.nothingToBindTitle, intro: t.nothingToBind });
    case 'bound':
      return expandCard(template, { ...base, title: t.boundTitle, intro: t.bound({ trainee: vm.traineeName }), footer: t.footer });
    case 'boundElsewhere':
      return expandCard(template, { ...base, title: t.boundTitle, intro: t.boundElsewhere });
    case 'howTo':
      return expandCard(template, { ...base, title: t.howToTitle, intro: t.howTo });
  }
}
