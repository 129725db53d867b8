/**
 * A programme's state as rows of its partition, and back. Pure: no I/O.
 *
 * Rows: the root (`programme`: core fields + the order of the list rows + revision), one row per
 * agreement version, conversation and follow-up entry, and `takeoff`. Each row holds its piece of
 * the state as JSON (split over properties when long), so the state type can grow without a
 * storage change. The fingerprint of a row lets a save write only the rows that changed.
 */
import { createHash } from 'node:crypto';
import { ProgrammeState } from '../domain/state';
import { joinText, splitText } from './chunkedText';
import {
  agreementRowKey,
  conversationRowKey,
  followUpRowKey,
  PROGRAMME_ROOT_ROW,
  programmeRowKind,
  TAKE_OFF_ROW,
} from './keys';

/** Bumped when the row layout changes incompatibly; older code refuses to read newer rows. */
export const ROW_SCHEMA = 1;

export type RowProperties = Record<string, string | number | boolean>;

export interface StateRow {
  rowKey: string;
  properties: RowProperties;
  /** A hash of the row's content: equal fingerprints mean the stored row needs no write. */
  fingerprint: string;
}

type CoreState = Omit<ProgrammeState, 'agreements' | 'conversations' | 'followUps' | 'takeOff'>;

/** The root row's document: the core fields, and the list rows in the order the state lists them. */
interface RootDocument {
  state: CoreState;
  order: string[];
}

/** The rows of `state`, root first. */
export function stateRows(state: ProgrammeState, revision: number): StateRow[] {
  const { agreements, conversations, followUps, takeOff, ...core } = state;
  const listRows = [
    ...agreements.map((item) => documentRow(agreementRowKey(item.version), item)),
    ...conversations.map((item) => documentRow(conversationRowKey(item.id), item)),
    ...followUps.map((item) => documentRow(followUpRowKey(item.id), item)),
  ];
  const rows = [...listRows, ...(takeOff ? [documentRow(TAKE_OFF_ROW, takeOff)] : [])];
  assertUniqueKeys(rows);

  const root: RootDocument = { state: core, order: listRows.map((row) => row.rowKey) };
  const rootRow = documentRow(PROGRAMME_ROOT_ROW, root, {
    schema: ROW_SCHEMA,
    revision,
    // Plain columns beside the JSON, for reading the table in Storage Explorer.
    departmentId: state.departmentId,
    phase: state.phase,
  });
  return [rootRow, ...rows];
}

/** What was read from a partition: the state and what a later save needs to know about it. */
export interface StoredProgramme {
  state: ProgrammeState;
  revision: number;
  rootEtag: string;
  fingerprints: Map<string, string>;
}

export type StoredEntity = Record<string, unknown> & { rowKey?: string; etag?: string };

/** Rebuilds the state from the rows of a partition; undefined when there is no root row. */
export function programmeFromRows(entities: readonly StoredEntity[]): StoredProgramme | undefined {
  const rootEntity = entities.find((entity) => entity.rowKey === PROGRAMME_ROOT_ROW);
  if (!rootEntity) return undefined;
  const schema = Number(rootEntity.schema);
  if (schema > ROW_SCHEMA) {
    throw new Error(`The programme was stored with row schema ${schema}; this version reads up to ${ROW_SCHEMA}.`);
  }

  const fingerprints = new Map<string, string>();
  const documents = new Map<string, unknown>();
  for (const entity of entities) {
    const rowKey = entity.rowKey ?? '';
    // Rows of a kind this version does not know are neither read nor tracked, so a save leaves them alone.
    if (!programmeRowKind(rowKey)) continue;
    const json = joinText(entity, 'data');
    if (json === undefined) throw new Error(`Row "${rowKey}" of the programme has no data.`);
    fingerprints.set(rowKey, fingerprint(json));
    documents.set(rowKey, JSON.parse(json));
  }

  const root = documents.get(PROGRAMME_ROOT_ROW) as RootDocument;
  const state: ProgrammeState = { ...root.state, agreements: [], conversations: [], followUps: [] };
  // The root's order first; a row missing from it (should not happen) still comes back, last.
  const listKeys = [...documents.keys()].filter((key) => isListRow(key));
  const ordered = [...root.order.filter((key) => documents.has(key)), ...listKeys.filter((key) => !root.order.includes(key)).sort()];
  for (const rowKey of ordered) {
    const document = documents.get(rowKey);
    const kind = programmeRowKind(rowKey);
    if (kind === 'agreement') state.agreements.push(document as ProgrammeState['agreements'][number]);
    if (kind === 'conversation') state.conversations.push(document as ProgrammeState['conversations'][number]);
    if (kind === 'followUp') state.followUps.push(document as ProgrammeState['followUps'][number]);
  }
  if (documents.has(TAKE_OFF_ROW)) state.takeOff = documents.get(TAKE_OFF_ROW) as ProgrammeState['takeOff'];

  return {
    state,
    revision: Number(rootEntity.revision) || 0,
    rootEtag: String(rootEntity.etag ?? ''),
    fingerprints,
  };
}

function isListRow(rowKey: string): boolean {
  const kind = programmeRowKind(rowKey);
  return kind === 'agreement' || kind === 'conversation' || kind === 'followUp';
}

function documentRow(rowKey: string, document: unknown, columns: RowProperties = {}): StateRow {
  const json = JSON.stringify(document);
  return { rowKey, properties: { ...columns, ...splitText('data', json) }, fingerprint: fingerprint(json) };
}

function fingerprint(json: string): string {
  return createHash('sha256').update(json).digest('base64');
}

/** Two items with the same id would silently share a row: refuse instead. */
function assertUniqueKeys(rows: readonly StateRow[]): void {
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.rowKey)) throw new Error(`The programme holds two items stored as "${row.rowKey}"; ids must be unique.`);
    seen.add(row.rowKey);
  }
}
