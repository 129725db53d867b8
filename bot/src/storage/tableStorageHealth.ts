/**
 * The health probe: one real, cheap round-trip (a query for at most one entity). It proves the
 * endpoint answers, the credential is accepted and the table exists; it rejects otherwise.
 */
import { TableClient } from '@azure/data-tables';
import { StorageHealth } from '../application/ports';

export class TableStorageHealth implements StorageHealth {
  constructor(private readonly probe: TableClient) {}

  /** The probe's client carries the time limit (createTableStorage), so a hanging storage counts as down. */
  async check(): Promise<void> {
    await this.probe
      .listEntities({ queryOptions: { select: ['PartitionKey'] } })
      .byPage({ maxPageSize: 1 })
      .next();
  }
}
