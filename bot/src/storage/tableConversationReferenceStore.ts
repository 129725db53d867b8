/**
 * Where each user can be reached for proactive messages: one row per user and conversation, so
 * saving the same conversation again only refreshes its row.
 */
import { odata, TableClient } from '@azure/data-tables';
import { ConversationReferenceStore, StoredConversationReference } from '../application/ports';
import { PersonId } from '../domain/people';
import { joinText, splitText } from './chunkedText';
import { conversationReferenceKeys, conversationReferencePartitionKey } from './keys';

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
      const reference = JSON.parse(joinText(row, 'reference') ?? '{}') as StoredConversationReference;
      // The personal chat with the bot is where a reminder belongs first; group chats and channels after.
      (row.conversationType === 'personal' ? personal : others).push(reference);
    }
    return [...personal, ...others];
  }
}
