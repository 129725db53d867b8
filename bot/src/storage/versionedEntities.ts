/**
 * Single-entity writes that never silently overwrite: a new entity is created (a conflict if it
 * exists), a change is written only over the ETag that was read (a conflict if it moved on).
 */
import { TableClient, TableEntity } from '@azure/data-tables';
import { ConcurrencyConflictError, DomainError, NotFoundError } from '../domain/errors';
import { LocalizedText } from '../domain/localizedText';
import { isAlreadyExists, isNotFound, isPreconditionFailed } from './storageErrors';

type Entity = TableEntity<Record<string, unknown>>;

export interface EntityTexts {
  /** The thing in each language, e.g. { da: 'magistratsafdelingen', en: 'department' }. */
  what: LocalizedText;
  alreadyExists: LocalizedText;
  notFound: LocalizedText;
  codePrefix: string;
}

export async function readVersioned(table: TableClient, partitionKey: string, rowKey: string, texts: EntityTexts) {
  try {
    return await table.getEntity<Record<string, unknown>>(partitionKey, rowKey);
  } catch (error) {
    if (isNotFound(error)) throw new NotFoundError(`${texts.codePrefix}NotFound`, texts.notFound);
    throw error;
  }
}

export async function addEntity(table: TableClient, entity: Entity, texts: EntityTexts): Promise<void> {
  try {
    await table.createEntity(entity);
  } catch (error) {
    if (isAlreadyExists(error)) throw new DomainError(`${texts.codePrefix}AlreadyExists`, 'conflict', texts.alreadyExists);
    throw error;
  }
}

/** Replaces the entity if its ETag is still `etag`; returns the new ETag. */
export async function replaceEntity(table: TableClient, entity: Entity, etag: string, texts: EntityTexts): Promise<string> {
  try {
    return (await table.updateEntity(entity, 'Replace', { etag })).etag ?? '';
  } catch (error) {
    if (isPreconditionFailed(error)) throw new ConcurrencyConflictError(texts.what);
    if (isNotFound(error)) throw new NotFoundError(`${texts.codePrefix}NotFound`, texts.notFound);
    throw error;
  }
}
