/**
 * Where each user can be reached for proactive messages: one row per user and conversation, so
 * saving the same conversation again only refreshes its row (and clears a stale mark: the user is
 * back). A row marked stale (Teams answered 403/404 there) is not listed, so nobody tries it again.
 */
import { odata, TableClient } from '@azure/data-tables';
import { ConversationReferenceStore, StoredConversationReference } from '../application/ports';
import { PersonId } from '../domain/people';
import { joinText, splitText } from './chunkedText';
import { conversationReferenceKeys, conversationReferencePartitionKey } from './keys';
import { isNotFound } from './storageErrors';

export class TableConversationReferenceStore implements ConversationReferenceStore {
  constructor(private readonly table: TableClient) {}

  async save(userId: PersonId, reference: StoredConversationReference): Promise<void> {
    await this.table.upsertEntity(
      {
        ...conversationReferenceKeys(userId, reference.conversation.id),
        conversationType: reference.conversation.conversationType ?? '',
        ...splitText('reference', JSON.stringify(reference)),
      },
      'Replace',
    );
  }

  async listForUser(userId: PersonId): Promise<StoredConversationReference[]> {
    const partitionKey = conversationReferencePartitionKey(userId);
    const rows = this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter: odata`PartitionKey eq ${partitionKey}` } });
    const personal: StoredConversationReference[] = [];
    const others: StoredConversationReference[] = [];
    for await (const row of rows) {
      // Teams refused the bot there (app removed): left out until the user writes there again.
      if (row.stale === true) continue;
      const reference = JSON.parse(joinText(row, 'reference') ?? '{}') as StoredConversationReference;
      // The personal chat with the bot is where a reminder belongs first; group chats and channels after.
      (row.conversationType === 'personal' ? personal : others).push(reference);
    }
    return [...personal, ...others];
  }

  /** Marks the row stale; `save` (the user wrote there again) replaces the row and so clears it. */
  async markStale(userId: PersonId, conversationId: string): Promise<void> {
    try {
      await this.table.updateEntity({ ...conversationReferenceKeys(userId, conversationId), stale: true, staleAt: new Date().toISOString() }, 'Merge');
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
}
