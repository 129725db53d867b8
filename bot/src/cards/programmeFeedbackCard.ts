/**
 * The programme admin's `tilbagemeldinger`: what trainees and leaders said about the programme in
 * their transition interviews, newest first. Stays under Teams' 28 KB: long feedback is shortened
 * and fewer are shown until the card fits (the rest is counted).
 */
import template from './programmeFeedback.json';
import { Readiness } from '../domain/state';
import { AdaptiveCard, expandCard } from './adaptiveCard';
import { READINESS_LABELS } from '../domain/labels';
import { inLanguage } from '../domain/localizedText';
import { Language } from './language';
import { formatDate } from './nominationFormat';
import { PROGRAMME_FEEDBACK_TEXTS } from './programmeFeedbackTexts';

export interface ProgrammeFeedbackCardViewModel {
  language: Language;
  /** Newest first; the application's `FeedbackItemView` fits as it is. */
  items: readonly {
    trainee: { name: string };
    leader: { name: string };
    department: { name: string };
    documentedAt: string;
    readiness: Readiness;
    traineeFeedback: string;
    leaderFeedback: string;
  }[];
}

const BUDGET_BYTES = 26_000;
const LIMITS = [30, 20, 12, 6, 3];
const FEEDBACK_CHARS = 600;

export function renderProgrammeFeedbackCard(vm: ProgrammeFeedbackCardViewModel): AdaptiveCard {
  let card: AdaptiveCard | undefined;
  for (const limit of LIMITS) {
    card = render(vm, limit);
    if (new TextEncoder().encode(JSON.stringify(card)).length <= BUDGET_BYTES) return card;
  }
  return card as AdaptiveCard;
}

function render(vm: ProgrammeFeedbackCardViewModel, limit: number): AdaptiveCard {
  const texts = inLanguage(PROGRAMME_FEEDBACK_TEXTS, vm.language);
  const shown = vm.items.slice(0, limit);
  return expandCard(template, {
    texts,
    items: shown.map((item) => ({
      heading: texts.item({
        trainee: item.trainee.name,
        department: item.department.name,
        date: formatDate(item.documentedAt.slice(0, 10), vm.language),
      }),
      readiness: READINESS_LABELS[item.readiness][vm.language],
      trainee: shorten(item.traineeFeedback, FEEDBACK_CHARS),
      leader: `${shorten(item.leaderFeedback, FEEDBACK_CHARS)} (${item.leader.name})`,
    })),
    more: vm.items.length > shown.length ? texts.more({ count: vm.items.length - shown.length }) : '',
  });
}

function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
