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
 * Expands a template with `data` as `$root`. A new Template per call: Template keeps the data of
 * its last expansion, so sharing one between concurrent turns would be a hidden shared state.
 */
export function expandCard(template: object, data: object): AdaptiveCard {
  const card = new Template(template).expand({ $root: data }) as AdaptiveCard;
  if (card?.type !== 'AdaptiveCard') throw new Error('Card template did not expand to an AdaptiveCard');
  return card;
}
