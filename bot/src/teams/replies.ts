/** How a rendered card becomes an outgoing Bot Framework message. */
import { Activity, CardFactory, MessageFactory } from 'botbuilder';
import { AdaptiveCard } from '../cards';

export function cardMessage(card: AdaptiveCard): Partial<Activity> {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}
