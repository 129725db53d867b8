/**
 * Handled activities: one row per conversation and activity id. Inserting a row that exists fails
 * with 409, which is exactly the answer "already handled", atomically, even for two deliveries of
 * the same activity at the same moment.
 */
import { TableClient } from '@azure/data-tables';
import { HandledActivities } from '../application/ports';
import { handledActivityKeys } from './keys';
import { isAlreadyExists } from './storageErrors';

export class TableHandledActivities implements HandledActivities {
  constructor(private readonly table: TableClient) {}

  async markHandled(conversationId: string, activityId: string): Promise<boolean> {
    try {
      await this.table.createEntity({ ...handledActivityKeys(conversationId, activityId), handledAt: new Date().toISOString() });
      return true;
    } catch (error) {
      if (isAlreadyExists(error)) return false;
      throw error;
    }
  }
}
