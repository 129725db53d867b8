/**
 * Remembers where a user can be reached, on every activity they send, so the bot can later write
 * to them (reminders, cards for the next conversation) without waiting for them to speak first.
 */
import { PersonId } from '../domain/people';
import { ConversationReferenceStore, StoredConversationReference } from './ports';

export interface IncomingConversation {
  /** The sender's Entra object id; Teams sends it for every user. */
  aadObjectId?: string;
  /** The channel's own id for the sender (Teams: "29:…"); used only when there is no Entra id. */
  channelUserId: string;
  reference: StoredConversationReference;
}

/**
 * Saves the reference under the person id the rest of the product uses (the Entra object id), so
 * that a programme's trainee, leader and HR consultant can be reached by the ids stored on it.
 * Local tools without Entra ids fall back to the channel's user id. Storage errors propagate: the
 * caller decides that a failed save must not cost the user an answer.
 */
export async function rememberConversation(
  store: ConversationReferenceStore,
  incoming: IncomingConversation,
): Promise<PersonId> {
  const userId = incoming.aadObjectId?.trim() || incoming.channelUserId;
  await store.save(userId, incoming.reference);
  return userId;
}
