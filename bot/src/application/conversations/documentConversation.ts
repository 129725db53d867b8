/**
 * A participant documents a conversation from its card (Dokumentér): the shared draft with their
 * own answers on top must be complete. A booked conversation is marked afholdt first (from its
 * start on). Start-up part 2 drafts the learning agreement from the goals written in it; the midway
 * interview may open a new version of it; the transition interview closes the programme. A
 * follow-up meeting becomes the referat af opfølgningsmødet (recordFollowUp.ts names that intent).
 * Over the version the card showed; nothing is stored when anything is refused.
 */
import { ChangeDeps, changeProgramme } from '../changeProgramme';
import { conversationCardView, ConversationCardView } from './conversationCardView';
import { ConversationAnswersRequest } from './saveConversationDraft';

export async function documentConversation(deps: ChangeDeps, request: ConversationAnswersRequest, action = 'conversation.documented'): Promise<ConversationCardView> {
  const { actorId, programmeId, conversationId } = request;
  const outcome = await changeProgramme(
    deps,
    { programmeId, actorId, action, detail: conversationId, expectedVersion: request.expectedVersion },
    (programme, at) => programme.documentFromCard(conversationId, request.answers, at, actorId),
  );
  return conversationCardView(outcome.programme, outcome.version, conversationId, actorId);
}
