/**
 * Audit entries as rows of the programme's own partition, so an entry commits in the same
 * transaction as the change it describes.
 */
import { randomBytes } from 'node:crypto';
import { TableEntity } from '@azure/data-tables';
import { AuditEntry } from '../domain/ports';
import { auditRowKey } from './keys';

/**
 * At most this many UTF-16 code units of each audit text are stored (ellipsis included). The audit
 * entry commits in the same transaction as the change it describes, so an over-long detail (a
 * property holds at most 32K code units) must never make the change itself fail; and a log line
 * needs no more.
 */
export const MAX_AUDIT_TEXT = 500;
const ELLIPSIS = '…';

let graphemes: Intl.Segmenter | undefined;

/**
 * `text` cut to MAX_AUDIT_TEXT code units with an ellipsis, between characters as a person sees
 * them (never inside a surrogate pair, an emoji sequence or a letter with its accent); lone
 * surrogates become U+FFFD, as the service would store them anyway, so what is read back is what
 * was meant to be written.
 */
export function capAuditText(text: string, max = MAX_AUDIT_TEXT): string {
  const wellFormed = text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  if (wellFormed.length <= max) return wellFormed;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let end = 0;
  for (const { segment, index } of graphemes.segment(wellFormed)) {
    if (index + segment.length > max - ELLIPSIS.length) break;
    end = index + segment.length;
  }
  return `${wellFormed.slice(0, end)}${ELLIPSIS}`;
}

export function auditEntity(partitionKey: string, entry: AuditEntry): TableEntity<Record<string, string | number | boolean>> {
  return {
    partitionKey,
    rowKey: auditRowKey(entry.at, randomBytes(4).toString('hex')),
    at: entry.at,
    by: capAuditText(entry.by),
    action: capAuditText(entry.action),
    ...(entry.detail !== undefined ? { detail: capAuditText(entry.detail) } : {}),
    ...(entry.version !== undefined ? { version: entry.version } : {}),
    ...(entry.agreementChanged !== undefined ? { agreementChanged: entry.agreementChanged } : {}),
  };
}

export function auditEntryFromEntity(entity: Record<string, unknown>): AuditEntry {
  return {
    at: String(entity.at),
    by: String(entity.by),
    action: String(entity.action),
    ...(typeof entity.detail === 'string' ? { detail: entity.detail } : {}),
    ...(typeof entity.version === 'number' ? { version: entity.version } : {}),
    ...(typeof entity.agreementChanged === 'boolean' ? { agreementChanged: entity.agreementChanged } : {}),
  };
}
