/**
 * Slot reservations: one row per person and quarter-hour cell a booked conversation holds
 * (PartitionKey = the person, RowKey = the cell's start, ISO UTC). Booking reserves the cells of
 * every participant before the programme is saved: the cells of one person are created in one
 * transaction, which fails as a whole (409) when any of them exists — so two bookings of the same
 * person at the same time, from different programmes and at the same moment, cannot both succeed.
 * People are reserved in a fixed order (sorted ids); whoever loses releases what they took.
 *
 * Its own table (`SlotReservations`, with the storage's prefix), made by `createSlotReservations`
 * beside the other tables, so booking needs no change to the programme rows.
 */
import { TableClient, TransactionAction } from '@azure/data-tables';
import { PersonId } from '../domain/people';
import { SlotHolder, SlotReservations } from '../application/ports';
import { slotReservationPartitionKey as partitionOf, slotReservationRowKey as rowOf } from './keys';
import { isNotFound, isPreconditionFailed, storageStatus } from './storageErrors';


interface ReservationRow {
  partitionKey: string;
  rowKey: string;
  programmeId: string;
  conversationId: string;
  reservedAt: string;
}

export class TableSlotReservations implements SlotReservations {
  constructor(private readonly table: TableClient) {}

  async reserve(holder: SlotHolder, personIds: readonly PersonId[], cells: readonly string[]): Promise<boolean> {
    if (cells.length === 0) return true;
    const people = [...new Set(personIds)].sort();
    const done: PersonId[] = [];
    const reservedAt = new Date().toISOString();
    for (const person of people) {
      const partitionKey = partitionOf(person);
      const actions: TransactionAction[] = cells.map((cell) => [
        'create',
        { partitionKey, rowKey: rowOf(cell), programmeId: holder.programmeId, conversationId: holder.conversationId, reservedAt },
      ]);
      try {
        // A transaction holds at most 100 actions; a working day has 33 cells.
        await this.table.submitTransaction(actions);
        done.push(person);
      } catch (error) {
        await this.release(holder, done, cells);
        if (storageStatus(error) === 409) return false;
        throw error;
      }
    }
    return true;
  }

  async release(holder: SlotHolder, personIds: readonly PersonId[], cells: readonly string[]): Promise<void> {
    await Promise.all(
      [...new Set(personIds)].flatMap((person) =>
        cells.map(async (cell) => {
          const partitionKey = partitionOf(person);
          const rowKey = rowOf(cell);
          try {
            const row = await this.table.getEntity<ReservationRow>(partitionKey, rowKey);
            if (row.programmeId !== holder.programmeId || row.conversationId !== holder.conversationId) return;
            await this.table.deleteEntity(partitionKey, rowKey, { etag: row.etag });
          } catch (error) {
            // Gone already, or taken over in between: nothing of ours to free.
            if (isNotFound(error) || isPreconditionFailed(error)) return;
            throw error;
          }
        }),
      ),
    );
  }
}
