/**
 * The Teams user ids (29:…) of a programme's people, for cards that refresh themselves for each of
 * them (`refresh.userIds`). Teams names users by these ids, the product by Entra object ids; the
 * conversation references remembered from each person's own activities join the two.
 */
import { PersonId } from '../domain/people';
import { ConversationReferenceStore } from './ports';

export async function teamsUserIdsOf(store: ConversationReferenceStore, personIds: readonly PersonId[]): Promise<string[]> {
  const lists = await Promise.all(personIds.map((id) => store.listForUser(id).catch(() => [])));
  const ids: string[] = [];
  for (const references of lists) {
    const user = references.map((reference) => reference.user).find((u): u is { id: string } => isUser(u));
    if (user) ids.push(user.id);
  }
  return ids;
}

function isUser(value: unknown): value is { id: string } {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' && (value as { id: string }).id !== '';
}
