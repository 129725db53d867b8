/** Reads from an incoming activity what the application needs to remember the conversation. */
import { Activity, TurnContext } from 'botbuilder';
import { StoredConversationReference } from '../application/ports';

/**
 * Where to reach the sender again, or undefined when the activity does not say where to answer.
 * Who the sender is comes from `actingPersonOf`, not from here.
 */
export function conversationReferenceOf(activity: Activity): StoredConversationReference | undefined {
  if (!activity.conversation?.id || !activity.serviceUrl) return undefined;
  // activityId is left out: a later proactive message starts something new rather than answering
  // this activity, and without it saving the same conversation again stores the same reference.
  const { activityId: _activityId, ...reference } = TurnContext.getConversationReference(activity);
  // Plain JSON: drops undefined fields and anything that is not data.
  return JSON.parse(JSON.stringify(reference)) as StoredConversationReference;
}
