/**
 * The health probe: one real, cheap round-trip (a query for at most one entity). It proves the
 * endpoint answers, the credential is accepted and the table exists; it rejects otherwise.
 */
import { TableClient } from '@azure/data-tables';
import { StorageHealth } from '../application/ports';

export class TableStorageHealth implements StorageHealth {
  constructor(private readonly probe: TableClient) {}

  /** A storage that hangs counts as down after this long. */
  static readonly TIMEOUT_MS = 5000;

  async check(): Promise<void> {
    await this.probe
      .listEntities({ queryOptions: { select: ['PartitionKey'] }, abortSignal: AbortSignal.timeout(TableStorageHealth.TIMEOUT_MS) })
      .byPage({ maxPageSize: 1 })
      .next();
  }
}
