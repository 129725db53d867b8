/**
 * Audit entries as rows of the programme's own partition, so an entry commits in the same
 * transaction as the change it describes.
 */
import { randomBytes } from 'node:crypto';
import { TableEntity } from '@azure/data-tables';
import { AuditEntry } from '../domain/ports';
import { auditRowKey } from './keys';

export function auditEntity(partitionKey: string, entry: AuditEntry): TableEntity<Record<string, string>> {
  return {
    partitionKey,
    rowKey: auditRowKey(entry.at, randomBytes(4).toString('hex')),
    at: entry.at,
    by: entry.by,
    action: entry.action,
    ...(entry.detail !== undefined ? { detail: entry.detail } : {}),
  };
}

export function auditEntryFromEntity(entity: Record<string, unknown>): AuditEntry {
  return {
    at: String(entity.at),
    by: String(entity.by),
    action: String(entity.action),
    ...(typeof entity.detail === 'string' ? { detail: entity.detail } : {}),
  };
}
