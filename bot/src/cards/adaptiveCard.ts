/**
 * Binds a card template (JSON with adaptivecards-templating `${…}` expressions) to its data. Card
 * renderers go through here so every card is expanded the same way and comes out as a plain
 * object that can be put into an Attachment as it is.
 */
import { Template } from 'adaptivecards-templating';

/** An expanded Adaptive Card: the `content` of an `application/vnd.microsoft.card.adaptive` attachment. */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  version: string;
  body: unknown[];
  actions?: unknown[];
  [property: string]: unknown;
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/**
 * A template parsed once, with the cards it last expanded. `new Template` parses every `${…}`
 * expression (the costly part), `expand` only evaluates them. Sharing one Template between turns is
 * safe because `expand` is synchronous and starts from a fresh evaluation context each time: no
 * other turn can run in between, and nothing of one expansion is read by the next.
 */
interface ParsedTemplate {
  template: Template;
  /** Card JSON by data JSON, least recently used first. */
  expanded: Map<string, string>;
}

/** By template object: the imported JSON modules, one each, for the life of the process. */
const parsedTemplates = new Map<object, ParsedTemplate>();

/**
 * Many cards depend only on their template and the reader's language (help, welcome, the chat
 * cards' how-to): those come from here without evaluating an expression. Data that big is
 * one programme's state, which hardly repeats, so it is expanded without being remembered.
 */
const EXPANDED_PER_TEMPLATE = 16;
const LARGEST_REMEMBERED_DATA = 4_096;

/** Forgets every remembered card, keeping the parsed templates: what a turn pays for data it has not seen. */
export function forgetExpandedCards(): void {
  for (const parsed of parsedTemplates.values()) parsed.expanded.clear();
}

/** Expands a template with `data` as `$root`: parsed only the first time, expanded only for data not seen lately. */
export function expandCard(template: object, data: object): AdaptiveCard {
  let parsed = parsedTemplates.get(template);
  if (!parsed) {
    parsed = { template: new Template(template), expanded: new Map() };
    parsedTemplates.set(template, parsed);
  }
  const key = JSON.stringify(data);
  const remembered = parsed.expanded.get(key);
  if (remembered !== undefined) {
    parsed.expanded.delete(key);
    parsed.expanded.set(key, remembered);
    // A fresh object each time: callers add refresh, notices and fallbacks to what they get.
    return JSON.parse(remembered) as AdaptiveCard;
  }
  const card = parsed.template.expand({ $root: data }) as AdaptiveCard;
  if (card?.type !== 'AdaptiveCard') throw new Error('Card template did not expand to an AdaptiveCard');
  if (key.length <= LARGEST_REMEMBERED_DATA) {
    parsed.expanded.set(key, JSON.stringify(card));
    if (parsed.expanded.size > EXPANDED_PER_TEMPLATE) parsed.expanded.delete(parsed.expanded.keys().next().value as string);
  }
  return card;
}
