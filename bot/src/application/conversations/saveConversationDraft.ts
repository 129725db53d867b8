/**
 * A participant saves what is written on a conversation's card so far (Gem kladde): their own
 * answers replace theirs, the others' stay. Over the version the card showed: a card read before
 * someone else's save is refused (VersionConflictError), nothing stored. Invalid answers (too long,
 * out of range) are refused with every problem (AnswersRefused), nothing stored.
 */
import { PersonId } from '../../domain/people';
import { ChangeDeps, changeProgramme } from '../changeProgramme';
import { conversationCardView, ConversationCardView } from './conversationCardView';

export interface ConversationAnswersRequest {
  actorId: PersonId;
  programmeId: string;
  conversationId: string;
  /** The version the card showed. */
  expectedVersion: number;
  /** The card's inputs as sent (input id → value). Untrusted: only the person's own answers are kept. */
  answers: Readonly<Record<string, unknown>>;
}

export async function saveConversationDraft(deps: ChangeDeps, request: ConversationAnswersRequest): Promise<ConversationCardView> {
  const { actorId, programmeId, conversationId } = request;
  const outcome = await changeProgramme(
    deps,
    { programmeId, actorId, action: 'conversation.draftSaved', detail: conversationId, expectedVersion: request.expectedVersion },
    (programme, at) => programme.saveConversationDraft(conversationId, request.answers, at, actorId),
  );
  return conversationCardView(outcome.programme, outcome.version, conversationId, actorId);
}
