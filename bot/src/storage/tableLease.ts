/**
 * A lease in Table Storage: one row per lease with its holder and expiry, changed only over the
 * ETag that was read, so of two instances asking at the same moment exactly one gets it. The
 * expiry is compared with the caller's clock (the engine's, injectable): instances' clocks differ by
 * far less than a lease lasts.
 */
import { TableClient } from '@azure/data-tables';
import { Lease } from '../application/ports';
import { LEASE_PARTITION, leaseRowKey } from './keys';
import { isAlreadyExists, isNotFound, isPreconditionFailed } from './storageErrors';

interface LeaseRow {
  holder: string;
  /** Epoch milliseconds, as a string (Table Storage numbers are 32-bit unless typed). */
  expiresAt: string;
  etag?: string;
}

export class TableLease implements Lease {
  private readonly rowKey: string;

  constructor(
    private readonly table: TableClient,
    name: string,
  ) {
    this.rowKey = leaseRowKey(name);
  }

  async acquire(holder: string, now: Date, ttlMs: number): Promise<boolean> {
    const entity = { partitionKey: LEASE_PARTITION, rowKey: this.rowKey, holder, expiresAt: String(now.getTime() + ttlMs) };
    const current = await this.read();
    if (!current) {
      try {
        await this.table.createEntity(entity);
        return true;
      } catch (error) {
        if (isAlreadyExists(error)) return false;
        throw error;
      }
    }
    const free = current.holder === holder || Number(current.expiresAt) <= now.getTime();
    if (!free) return false;
    try {
      await this.table.updateEntity(entity, 'Replace', { etag: current.etag });
      return true;
    } catch (error) {
      if (isPreconditionFailed(error) || isNotFound(error)) return false;
      throw error;
    }
  }

  async release(holder: string): Promise<void> {
    const current = await this.read();
    if (!current || current.holder !== holder) return;
    try {
      await this.table.updateEntity({ partitionKey: LEASE_PARTITION, rowKey: this.rowKey, holder: '', expiresAt: '0' }, 'Replace', {
        etag: current.etag,
      });
    } catch (error) {
      // Someone took it over in between (ours had expired): theirs now.
      if (!isPreconditionFailed(error) && !isNotFound(error)) throw error;
    }
  }

  private async read(): Promise<LeaseRow | undefined> {
    try {
      return await this.table.getEntity<LeaseRow>(LEASE_PARTITION, this.rowKey);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }
}
