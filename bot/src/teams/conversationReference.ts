/** Reads from an incoming activity what the application needs to remember the conversation. */
import { Activity, TurnContext } from 'botbuilder';
import { IncomingConversation } from '../application/rememberConversation';
import { StoredConversationReference } from '../application/ports';

/** Undefined when the activity does not say who sent it or where to answer. */
export function incomingConversationOf(activity: Activity): IncomingConversation | undefined {
  if (!activity.from?.id || !activity.conversation?.id || !activity.serviceUrl) return undefined;
  // activityId is left out: a later proactive message starts something new rather than answering
  // this activity, and without it saving the same conversation again stores the same reference.
  const { activityId: _activityId, ...reference } = TurnContext.getConversationReference(activity);
  return {
    aadObjectId: activity.from.aadObjectId,
    channelUserId: activity.from.id,
    // Plain JSON: drops undefined fields and anything that is not data.
    reference: JSON.parse(JSON.stringify(reference)) as StoredConversationReference,
  };
}
