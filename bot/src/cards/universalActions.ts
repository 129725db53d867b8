/**
 * What every card with Universal Actions (Action.Execute) shares: the refresh that renders it anew
 * from stored state for each person who looks at it, the Action.Submit fallback for clients
 * without Universal Actions, a notice on top (saved, refused, changed by someone else) and the
 * small card that answers a person who may not see what they asked for.
 *
 * The data of every Action.Execute carries `view` (what to render again when the action is refused),
 * what identifies the subject (e.g. `programmeId`) and `version` (what the card was rendered from).
 */
import { inLanguage } from '../domain/localizedText';
import { AdaptiveCard } from './adaptiveCard';
import { Language } from './language';
import { UNIVERSAL_ACTION_TEXTS } from './universalActionTexts';

/** The verb of the refresh action; its data says which view to render (`view`) and of what. */
export const REFRESH_VERB = 'refresh';

/** At most this many users get a card refreshed automatically (Teams' limit). */
export const MAX_REFRESH_USERS = 60;

export interface CardRefresh {
  /** The view to render, e.g. 'agreement'. */
  view: string;
  /** What identifies the subject, e.g. { programmeId }. Never a version: a refresh renders what is stored now. */
  subject: Readonly<Record<string, string>>;
  /** Teams user ids (29:…) of the people whose card refreshes by itself. */
  userIds: readonly string[];
}

export type NoticeKind = 'saved' | 'refused' | 'conflict';

export interface CardNotice {
  kind: NoticeKind;
  text: string;
}

const NOTICE_STYLE: Readonly<Record<NoticeKind, string>> = { saved: 'good', refused: 'attention', conflict: 'warning' };

/** The card with `refresh`: an Action.Execute with the refresh verb, and who gets it automatically. */
export function withRefresh(card: AdaptiveCard, refresh: CardRefresh): AdaptiveCard {
  return {
    ...card,
    refresh: {
      action: { type: 'Action.Execute', verb: REFRESH_VERB, data: { view: refresh.view, ...refresh.subject } },
      userIds: [...new Set(refresh.userIds)].slice(0, MAX_REFRESH_USERS),
    },
  };
}

/** The card with the notice as its first element (coloured by kind). */
export function withNotice(card: AdaptiveCard, notice: CardNotice | undefined): AdaptiveCard {
  if (!notice) return card;
  const block = {
    type: 'Container',
    style: NOTICE_STYLE[notice.kind],
    items: [{ type: 'TextBlock', text: notice.text, wrap: true, weight: 'Bolder' }],
  };
  return { ...card, body: [block, ...card.body] };
}

/**
 * Every Action.Execute gets an Action.Submit fallback with the same title and data plus its verb,
 * which the bot routes to the same handler as the invoke. Clients without Universal Actions use it.
 */
export function withSubmitFallbacks(card: AdaptiveCard): AdaptiveCard {
  return addFallbacks(card) as AdaptiveCard;
}

function addFallbacks(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) return value.map((item) => addFallbacks(item));
  if (typeof value !== 'object' || value === null || key === 'data' || key === 'refresh') return value;
  const node: Record<string, unknown> = {};
  for (const [k, child] of Object.entries(value)) node[k] = addFallbacks(child, k);
  if (node.type === 'Action.Execute' && typeof node.verb === 'string' && node.fallback === undefined) {
    const data = typeof node.data === 'object' && node.data !== null ? node.data : {};
    node.fallback = { type: 'Action.Submit', title: node.title, data: { ...data, verb: node.verb } };
  }
  return node;
}

/** The answer to an action or refresh the person may not see or do: the reason, and no data. */
export function renderActionErrorCard(language: Language, text: string): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: inLanguage(UNIVERSAL_ACTION_TEXTS, language).errorTitle, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text, wrap: true },
    ],
  };
}
