/**
 * The idempotency records of reminders: one row per reminder and person. Claiming creates the row
 * (409: someone has it already), reclaiming changes it over its ETag (412: someone changed it), so
 * whatever two engines do at the same moment, only one of them sends each reminder to each person.
 */
import { TableClient } from '@azure/data-tables';
import { ReminderDeliveryState, ReminderRecord, SentReminders } from '../application/ports';
import { PersonId } from '../domain/people';
import { sentReminderKeys } from './keys';
import { isAlreadyExists, isNotFound, isPreconditionFailed } from './storageErrors';

interface ReminderRow {
  state: ReminderDeliveryState;
  claimedAt: string;
  attempts: number;
  settledAt?: string;
  etag?: string;
}

export class TableReminderRecords implements SentReminders {
  constructor(private readonly table: TableClient) {}

  async find(reminderKey: string, to: PersonId): Promise<ReminderRecord | undefined> {
    const { partitionKey, rowKey } = sentReminderKeys(reminderKey, to);
    try {
      const row = await this.table.getEntity<ReminderRow>(partitionKey, rowKey);
      return { state: row.state, claimedAt: row.claimedAt, attempts: Number(row.attempts) || 0, version: row.etag ?? '' };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async claim(reminderKey: string, to: PersonId, at: Date): Promise<boolean> {
    try {
      await this.table.createEntity({ ...sentReminderKeys(reminderKey, to), state: 'pending', claimedAt: at.toISOString(), attempts: 1 });
      return true;
    } catch (error) {
      if (isAlreadyExists(error)) return false;
      throw error;
    }
  }

  async reclaim(reminderKey: string, to: PersonId, read: ReminderRecord, at: Date): Promise<boolean> {
    try {
      await this.table.updateEntity(
        { ...sentReminderKeys(reminderKey, to), state: 'pending', claimedAt: at.toISOString(), attempts: read.attempts + 1 },
        'Replace',
        { etag: read.version },
      );
      return true;
    } catch (error) {
      if (isPreconditionFailed(error) || isNotFound(error)) return false;
      throw error;
    }
  }

  async settle(reminderKey: string, to: PersonId, state: Exclude<ReminderDeliveryState, 'pending'>, at: Date): Promise<void> {
    // Merge: the claim's time and attempt count stay.
    await this.table.updateEntity({ ...sentReminderKeys(reminderKey, to), state, settledAt: at.toISOString() }, 'Merge');
  }
}
