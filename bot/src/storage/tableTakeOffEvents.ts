/**
 * The TakeOffEvents table: each take-off event (date, place, description, who created it when) and
 * the programmes invited to it. Events are only added, never overwritten (create: 409 when the id
 * exists); an invitation is written once (a second invite of the same programme keeps the first).
 */
import { odata, TableClient } from '@azure/data-tables';
import { DomainError } from '../domain/errors';
import { TakeOffEvent, TakeOffEventRepository, TakeOffInvitation } from '../domain/takeOffEvent';
import { TAKE_OFF_EVENT_PARTITION, takeOffEventRowKey, takeOffInvitationKeys, takeOffInvitationPartitionKey } from './keys';
import { isAlreadyExists, isNotFound } from './storageErrors';

interface EventRow {
  eventId: string;
  date: string;
  place: string;
  description: string;
  createdAt: string;
  createdBy: string;
}

interface InvitationRow {
  programmeId: string;
  traineeId: string;
  traineeName: string;
  invitedAt: string;
}

export class TableTakeOffEvents implements TakeOffEventRepository {
  constructor(private readonly table: TableClient) {}

  async add(event: TakeOffEvent): Promise<void> {
    const row: EventRow = {
      eventId: event.id,
      date: event.date,
      place: event.place,
      description: event.description,
      createdAt: event.created.at,
      createdBy: event.created.by,
    };
    try {
      await this.table.createEntity({ partitionKey: TAKE_OFF_EVENT_PARTITION, rowKey: takeOffEventRowKey(event.id), ...row });
    } catch (error) {
      if (isAlreadyExists(error)) {
        throw new DomainError('takeOffEventExists', 'conflict', { da: 'Take-off-arrangementet findes allerede.', en: 'The take-off event exists already.' });
      }
      throw error;
    }
  }

  async list(): Promise<TakeOffEvent[]> {
    const events: TakeOffEvent[] = [];
    const rows = this.table.listEntities<EventRow>({ queryOptions: { filter: odata`PartitionKey eq ${TAKE_OFF_EVENT_PARTITION}` } });
    for await (const row of rows) events.push(eventOf(row));
    return events;
  }

  async find(eventId: string): Promise<TakeOffEvent | undefined> {
    try {
      return eventOf(await this.table.getEntity<EventRow>(TAKE_OFF_EVENT_PARTITION, takeOffEventRowKey(eventId)));
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async invite(eventId: string, invitation: TakeOffInvitation): Promise<void> {
    const row: InvitationRow = { ...invitation };
    try {
      await this.table.createEntity({ ...takeOffInvitationKeys(eventId, invitation.programmeId), ...row });
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
    }
  }

  async invitations(eventId: string): Promise<TakeOffInvitation[]> {
    const found: TakeOffInvitation[] = [];
    const rows = this.table.listEntities<InvitationRow>({
      queryOptions: { filter: odata`PartitionKey eq ${takeOffInvitationPartitionKey(eventId)}` },
    });
    for await (const row of rows) {
      found.push({ programmeId: row.programmeId, traineeId: row.traineeId, traineeName: row.traineeName, invitedAt: row.invitedAt });
    }
    return found;
  }
}

function eventOf(row: EventRow): TakeOffEvent {
  return {
    id: row.eventId,
    date: row.date,
    place: row.place,
    description: row.description,
    created: { at: row.createdAt, by: row.createdBy },
  };
}
