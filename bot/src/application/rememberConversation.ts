/**
 * Remembers where a user can be reached, on every activity they send, so the bot can later write
 * to them (reminders, cards for the next conversation) without waiting for them to speak first.
 */
import { ActingPerson, ConversationReferenceStore, StoredConversationReference } from './ports';

/**
 * Saves the reference under the acting person's Entra object id, the id the rest of the product
 * uses, so that a programme's trainee, leader and HR consultant can be reached by the ids stored on
 * it. There is no fallback to the channel's own user id: a sender the channel does not vouch for
 * as an Entra user acts as nobody and is never remembered (the edge does not call this for them).
 * The stored reference names the tenant the person acted in. Storage errors propagate: the caller
 * decides that a failed save must not cost the user an answer.
 */
export async function rememberConversation(
  store: ConversationReferenceStore,
  person: ActingPerson,
  reference: StoredConversationReference,
): Promise<void> {
  const tenantId = person.tenantId || reference.conversation.tenantId;
  await store.save(person.personId, {
    ...reference,
    conversation: { ...reference.conversation, ...(tenantId ? { tenantId } : {}) },
  });
}
