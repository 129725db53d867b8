/**
 * Opens a conversation's card for one of its participants: the template as they see it now, read
 * from storage (also what a card's refresh shows). `samtale` opens the current conversation of each
 * of the person's programmes: the open one (booked or held) in the programme's phase, earliest first.
 */
import { KIND_PHASE, KIND_ROLES } from '../../domain/conversationKinds';
import { PersonId } from '../../domain/people';
import { PersonDirectory, ProgrammeRepository } from '../../domain/ports';
import { actorFacts } from '../actorFacts';
import { conversationCardView, ConversationCardView } from './conversationCardView';

export interface ConversationReadDeps {
  programmes: ProgrammeRepository;
  people: PersonDirectory;
}

export interface OpenConversationRequest {
  actorId: PersonId;
  programmeId: string;
  conversationId: string;
}

/** How many programmes' current conversations `samtale` opens at most (an HR consultant has many). */
export const MAX_CURRENT_CONVERSATIONS = 5;

export async function openConversationCard(deps: ConversationReadDeps, request: OpenConversationRequest): Promise<ConversationCardView> {
  const [actor, loaded] = await Promise.all([actorFacts(deps.people, request.actorId), deps.programmes.load(request.programmeId)]);
  loaded.programme.assertCanView(actor);
  return conversationCardView(loaded.programme, loaded.version, request.conversationId, request.actorId);
}

/** The current conversation of each of the person's open programmes in which they take part, soonest first. */
export async function currentConversationCards(deps: ConversationReadDeps, actorId: PersonId): Promise<ConversationCardView[]> {
  const mine = await deps.programmes.listForPerson(actorId);
  const current = mine.flatMap((programme) => {
    const role = programme.roleOf(actorId);
    if (!role || programme.isClosed) return [];
    const open = programme
      .conversations()
      .filter((c) => (c.status === 'booked' || c.status === 'held') && KIND_PHASE[c.kind] === programme.phase && KIND_ROLES[c.kind].includes(role))
      .sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
    return open.length > 0 ? [{ programmeId: programme.id, conversationId: open[0].id, at: open[0].scheduledAt }] : [];
  });
  current.sort((a, b) => a.at.localeCompare(b.at));
  // Each card is read afresh with its version: the list above came from index reads.
  return Promise.all(
    current.slice(0, MAX_CURRENT_CONVERSATIONS).map((c) => openConversationCard(deps, { actorId, programmeId: c.programmeId, conversationId: c.conversationId })),
  );
}
