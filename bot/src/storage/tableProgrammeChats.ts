/**
 * Which Teams group chat is each programme's chat (the `ProgrammeChats` table). One partition;
 * per binding a programme row (the binding itself: chat id, where the bot writes, who bound it)
 * and a chat row (the programme id), written together in one transaction. Rebinding removes the
 * rows of the binding it replaces in the same transaction, so a programme has one chat and a chat
 * one programme. The two rows are written over the versions read (created when absent, replaced
 * over their ETags), so of two binds at once one fails, reads again and is retried; and a chat row
 * counts only when its programme's row names that chat.
 */
import { TableClient, TransactionAction } from '@azure/data-tables';
import { ProgrammeChatBinding, ProgrammeChatStore, StoredConversationReference } from '../application/ports';
import { joinText, splitText } from './chunkedText';
import { chatBindingRowKey, PROGRAMME_CHAT_PARTITION as PARTITION, programmeChatRowKey } from './keys';
import { isNotFound, isPreconditionFailed, storageStatus } from './storageErrors';

type Row = Record<string, unknown> & { etag?: string };

const ATTEMPTS = 5;

export class TableProgrammeChats implements ProgrammeChatStore {
  constructor(private readonly table: TableClient) {}

  async forProgramme(programmeId: string): Promise<ProgrammeChatBinding | undefined> {
    const row = await this.row(programmeChatRowKey(programmeId));
    return row && bindingOf(row);
  }

  async forChat(chatId: string): Promise<ProgrammeChatBinding | undefined> {
    const chatRow = await this.row(chatBindingRowKey(chatId));
    if (typeof chatRow?.programmeId !== 'string') return undefined;
    const binding = await this.forProgramme(chatRow.programmeId);
    // A chat row left behind by a programme that moved to another chat is not a binding.
    return binding?.chatId === chatId ? binding : undefined;
  }

  async bind(binding: ProgrammeChatBinding): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      const programmeKey = programmeChatRowKey(binding.programmeId);
      const chatKey = chatBindingRowKey(binding.chatId);
      const [previous, chatRow] = await Promise.all([this.row(programmeKey), this.row(chatKey)]);
      // Both rows over what was read (create when absent, else replace over the ETag): two binds of
      // the same chat or programme at once cannot both win; the loser reads again.
      const programmeRow = { partitionKey: PARTITION, rowKey: programmeKey, ...fieldsOf(binding) };
      const chatEntity = { partitionKey: PARTITION, rowKey: chatKey, programmeId: binding.programmeId };
      const actions: TransactionAction[] = [
        previous ? ['update', programmeRow, 'Replace', { etag: previous.etag }] : ['create', programmeRow],
        chatRow ? ['update', chatEntity, 'Replace', { etag: chatRow.etag }] : ['create', chatEntity],
      ];
      // The programme's earlier chat is no longer its chat.
      const previousChat = typeof previous?.chatId === 'string' && previous.chatId !== binding.chatId ? previous.chatId : undefined;
      if (previousChat) {
        const stale = await this.row(chatBindingRowKey(previousChat));
        if (stale?.programmeId === binding.programmeId) {
          actions.push(['delete', { partitionKey: PARTITION, rowKey: chatBindingRowKey(previousChat) }]);
        }
      }
      // The chat's earlier programme loses its chat.
      const otherProgramme = typeof chatRow?.programmeId === 'string' && chatRow.programmeId !== binding.programmeId ? chatRow.programmeId : undefined;
      if (otherProgramme) {
        const other = await this.row(programmeChatRowKey(otherProgramme));
        if (other?.chatId === binding.chatId) {
          actions.push(['delete', { partitionKey: PARTITION, rowKey: programmeChatRowKey(otherProgramme) }]);
        }
      }
      try {
        await this.table.submitTransaction(actions);
        return;
      } catch (error) {
        // Someone wrote one of these rows in between (409 created, 412 changed, 404 removed): read again.
        const raced = isNotFound(error) || isPreconditionFailed(error) || storageStatus(error) === 409;
        if (!raced || attempt >= ATTEMPTS) throw error;
      }
    }
  }

  async unbind(programmeId: string): Promise<void> {
    const programmeKey = programmeChatRowKey(programmeId);
    const row = await this.row(programmeKey);
    if (!row) return;
    if (typeof row.chatId === 'string') {
      const chatKey = chatBindingRowKey(row.chatId);
      const chatRow = await this.row(chatKey);
      if (chatRow?.programmeId === programmeId) await this.deleteQuietly(chatKey);
    }
    await this.deleteQuietly(programmeKey);
  }

  private async row(rowKey: string): Promise<Row | undefined> {
    try {
      return await this.table.getEntity<Row>(PARTITION, rowKey);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  private async deleteQuietly(rowKey: string): Promise<void> {
    try {
      await this.table.deleteEntity(PARTITION, rowKey);
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
}

function fieldsOf(binding: ProgrammeChatBinding): Record<string, unknown> {
  return {
    programmeId: binding.programmeId,
    chatId: binding.chatId,
    origin: binding.origin,
    boundBy: binding.boundBy,
    boundAt: binding.boundAt,
    ...(binding.reference ? splitText('reference', JSON.stringify(binding.reference)) : {}),
  };
}

function bindingOf(row: Row): ProgrammeChatBinding | undefined {
  if (typeof row.programmeId !== 'string' || typeof row.chatId !== 'string') return undefined;
  const reference = joinText(row, 'reference');
  return {
    programmeId: row.programmeId,
    chatId: row.chatId,
    ...(reference ? { reference: JSON.parse(reference) as StoredConversationReference } : {}),
    origin: row.origin === 'graph' ? 'graph' : 'teams',
    boundBy: typeof row.boundBy === 'string' ? row.boundBy : '',
    boundAt: typeof row.boundAt === 'string' ? row.boundAt : '',
  };
}
