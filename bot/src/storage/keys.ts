/**
 * Every PartitionKey and RowKey the storage layer writes is built here, so the key scheme can be
 * read in one place and no user text ever reaches a key unescaped.
 *
 * Table Storage forbids `/ \ # ?` and control characters in keys; `%` and `'` cause trouble in
 * URLs and OData filters. `escapeKeyPart` maps each of those (and our own separators `|` and `~`)
 * to `~XX` (hex), reversibly, and leaves everything else readable.
 *
 * Nothing is written under a key that cannot be read back: every key builder refuses, with
 * InvalidStorageKeyError and before any request,
 * - a part holding a lone surrogate (half of a UTF-16 surrogate pair): the service (and Azurite)
 *   replace it on the way in, so the row could be written but never read, listed or deleted again;
 * - a key longer than MAX_KEY_LENGTH once escaped (the service's limit; escaping makes one
 *   character up to three). Domain ids (at most MAX_ID = 128) always fit, even fully escaped; ids
 *   from Teams (conversation ids of several hundred characters, activity ids) fit as they come.
 * Control characters stay accepted in keys: they are escaped reversibly and read back unchanged
 * (the domain refuses them in its own ids anyway, and Teams never sends them).
 */
import { hasLoneSurrogate } from '../domain/validation';
import { InvalidStorageKeyError } from './storageErrors';

const UNSAFE = /[\u0000-\u001f\u007f-\u009f/\\#?%'|~]/g;

/** Table Storage allows 1 KiB per PartitionKey and per RowKey: 512 UTF-16 code units (Azurite checks the same). */
export const MAX_KEY_LENGTH = 512;

/** `value` escaped for use in a key; refuses what storage could not give back unchanged. `what` names it in the error. */
export function escapeKeyPart(value: string, what = 'key part'): string {
  if (typeof value !== 'string') {
    throw new InvalidStorageKeyError(what, String(value), { da: 'Den er ikke tekst.', en: 'it is not text.' });
  }
  if (hasLoneSurrogate(value)) {
    throw new InvalidStorageKeyError(what, printable(value), {
      da: 'Den indeholder en halv UTF-16-surrogat, som Table Storage erstatter, så rækken aldrig kunne findes igen.',
      en: 'it holds half of a UTF-16 surrogate pair, which Table Storage replaces on the way in, so the row could never be found again.',
    });
  }
  return value.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    return `~${code.toString(16).toUpperCase().padStart(2, '0')}`;
  });
}

/** A whole key, checked against the service's limit. */
function fitted(key: string, what: string, value: string): string {
  if (key.length > MAX_KEY_LENGTH) {
    throw new InvalidStorageKeyError(what, printable(value), {
      da: `Som nøgle fylder den ${key.length} tegn; Table Storage tillader højst ${MAX_KEY_LENGTH}.`,
      en: `escaped, the key is ${key.length} characters long; Table Storage allows at most ${MAX_KEY_LENGTH}.`,
    });
  }
  return key;
}

/** One value as a whole key (escaped, checked). */
function keyOf(value: string, what: string, prefix = ''): string {
  return fitted(`${prefix}${escapeKeyPart(value, what)}`, what, value);
}

/** The value for an error message: control characters and lone surrogates escaped, long values shortened. */
function printable(value: string): string {
  const shown = JSON.stringify(value.length > 80 ? value.slice(0, 80) : value).slice(1, -1);
  return value.length > 80 ? `${shown}… (${value.length} characters)` : shown;
}

export function unescapeKeyPart(value: string): string {
  return value.replace(/~([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Separator between the parts of a composite key (never produced by escapeKeyPart). */
export const SEP = '|';

// ---------------------------------------------------------------- Programmes table
//
// One partition per programme, so loading is one partition query and a save is one transaction.
// Every row of the programme's state sorts before `~`; the audit rows start with `~` and sort
// after everything else, so `RowKey lt '~'` reads the state without the (growing) audit log.

/** PartitionKey of every row of one programme. */
export function programmePartitionKey(programmeId: string): string {
  if (!programmeId) throw new Error('A programme id is required to build its storage key.');
  return keyOf(programmeId, 'programme id');
}

/** The root row: core fields, the order of the list rows and the revision counter. */
export const PROGRAMME_ROOT_ROW = 'programme';
export const TAKE_OFF_ROW = 'takeoff';
/** Everything of the programme's state has a RowKey below this; audit rows start with it. */
export const STATE_ROWS_END = '~';

const AGREEMENT = 'agreement';
const CONVERSATION = 'conversation';
const FOLLOW_UP = 'followup';
const AUDIT = '~audit';

export type ProgrammeRowKind = 'root' | 'agreement' | 'conversation' | 'followUp' | 'takeOff';

/** `agreement|v0003`: zero-padded so versions sort in order when listed in Storage Explorer. */
export function agreementRowKey(version: number): string {
  if (!Number.isInteger(version) || version < 1 || version > 9999) {
    throw new Error(`Agreement version ${version} cannot be stored: versions run from 1 to 9999.`);
  }
  return `${AGREEMENT}${SEP}v${String(version).padStart(4, '0')}`;
}

export function conversationRowKey(conversationId: string): string {
  return keyOf(conversationId, 'conversation id', `${CONVERSATION}${SEP}`);
}

/**
 * Keyed by id rather than inverted time: a follow-up's row then never moves when its content is
 * edited, and the order of the list is kept on the root row anyway.
 */
export function followUpRowKey(followUpId: string): string {
  return keyOf(followUpId, 'follow-up id', `${FOLLOW_UP}${SEP}`);
}

/** Which part of the state a row of the Programmes table holds; undefined for audit or unknown rows. */
export function programmeRowKind(rowKey: string): ProgrammeRowKind | undefined {
  if (rowKey === PROGRAMME_ROOT_ROW) return 'root';
  if (rowKey === TAKE_OFF_ROW) return 'takeOff';
  const end = rowKey.indexOf(SEP);
  const prefix = end < 0 ? rowKey : rowKey.slice(0, end);
  if (prefix === AGREEMENT) return 'agreement';
  if (prefix === CONVERSATION) return 'conversation';
  if (prefix === FOLLOW_UP) return 'followUp';
  return undefined;
}

/** Larger than any epoch millisecond value until the year 2286, so the inverted time stays 13 digits. */
const TIME_CEILING = 9_999_999_999_999;

/**
 * `~audit|<inverted time>|<nonce>`: newest first in RowKey order. The nonce keeps two entries
 * written in the same millisecond apart.
 */
export function auditRowKey(at: string, nonce: string): string {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) throw new Error(`Audit time "${at}" is not an ISO 8601 instant.`);
  const inverted = String(TIME_CEILING - ms).padStart(13, '0');
  return keyOf(nonce, 'audit nonce', `${AUDIT}${SEP}${inverted}${SEP}`);
}

/** RowKey bounds of the audit rows: `ge` the first, `lt` the second (`}` follows `|`). */
export const AUDIT_ROWS_FROM = `${AUDIT}${SEP}`;
export const AUDIT_ROWS_TO = `${AUDIT}}`;

// ---------------------------------------------------------------- index tables

/** PersonIndex: PartitionKey = person, RowKey = programme. */
export function personIndexKeys(personId: string, programmeId: string): { partitionKey: string; rowKey: string } {
  return { partitionKey: personIndexPartitionKey(personId), rowKey: keyOf(programmeId, 'programme id') };
}

export function personIndexPartitionKey(personId: string): string {
  return keyOf(personId, 'person id');
}

/** DepartmentIndex: PartitionKey = department, RowKey = programme. */
export function departmentIndexKeys(departmentId: string, programmeId: string): { partitionKey: string; rowKey: string } {
  return { partitionKey: departmentIndexPartitionKey(departmentId), rowKey: keyOf(programmeId, 'programme id') };
}

export function departmentIndexPartitionKey(departmentId: string): string {
  return keyOf(departmentId, 'department id');
}

/** The programme id an index row points at. */
export function programmeIdFromIndexRowKey(rowKey: string): string {
  return unescapeKeyPart(rowKey);
}

// ---------------------------------------------------------------- directory tables

/** Departments: a handful of rows, all in one partition so `list()` is one query. */
export const DEPARTMENT_PARTITION = 'department';
export function departmentRowKey(departmentId: string): string {
  return keyOf(departmentId, 'department id');
}

/** People: one partition, so an admin can list everyone with one partition query. */
export const PERSON_PARTITION = 'person';
export function personRowKey(personId: string): string {
  return keyOf(personId, 'person id');
}

/** ConversationRefs: PartitionKey = user, RowKey = conversation: one row per place the user can be reached. */
export function conversationReferenceKeys(userId: string, conversationId: string): { partitionKey: string; rowKey: string } {
  return { partitionKey: conversationReferencePartitionKey(userId), rowKey: keyOf(conversationId, 'Teams conversation id') };
}
export function conversationReferencePartitionKey(userId: string): string {
  return keyOf(userId, 'user id');
}

// ---------------------------------------------------------------- HandledActivities table
// PartitionKey = conversation id, RowKey = activity id (both escaped: Teams ids hold ':' and more).

export function handledActivityKeys(conversationId: string, activityId: string): { partitionKey: string; rowKey: string } {
  return { partitionKey: keyOf(conversationId, 'Teams conversation id'), rowKey: keyOf(activityId, 'Teams activity id') };
}

// ---------------------------------------------------------------- Leases and SentReminders tables

/** Leases: one partition, one row per lease (e.g. "reminders"). */
export const LEASE_PARTITION = 'lease';
export function leaseRowKey(name: string): string {
  return keyOf(name, 'lease name');
}

/**
 * SentReminders: PartitionKey = the reminder key (`<programmeId>|<kind>|<subject>`, escaped, so its
 * `|` reads `~7C`), RowKey = the person it went to. One row per reminder and person.
 */
export function sentReminderKeys(reminderKey: string, personId: string): { partitionKey: string; rowKey: string } {
  return { partitionKey: keyOf(reminderKey, 'reminder key'), rowKey: keyOf(personId, 'person id') };
}

// ---------------------------------------------------------------- SlotReservations table
// PartitionKey = person, RowKey = a quarter-hour cell of their time (ISO instant): one row per cell
// booked, so a second booking of the same person at the same time fails on create.

export function slotReservationPartitionKey(personId: string): string {
  return escapeKeyPart(personId, 'person id');
}

export function slotReservationRowKey(cell: string): string {
  return escapeKeyPart(cell, 'time cell');
}

// ---------------------------------------------------------------- TakeOffEvents table
//
// Events in one partition (listing them is one partition query), RowKey = event id; the programmes
// invited to an event in a partition per event, RowKey = programme id.

export const TAKE_OFF_EVENT_PARTITION = 'event';

export function takeOffEventRowKey(eventId: string): string {
  return keyOf(eventId, 'take-off event id');
}

export function takeOffInvitationPartitionKey(eventId: string): string {
  return keyOf(eventId, 'take-off event id', `invited${SEP}`);
}

export function takeOffInvitationKeys(eventId: string, programmeId: string): { partitionKey: string; rowKey: string } {
  return { partitionKey: takeOffInvitationPartitionKey(eventId), rowKey: keyOf(programmeId, 'programme id') };
}

// ---------------------------------------------------------------- ProgrammeChats table
//
// Every binding in one partition (one row per programme and one per chat: a few hundred rows), so
// binding writes the programme's row and the chat's row in one transaction. The programme's row is
// the binding; the chat's row only finds it and is trusted only when the two agree.

export const PROGRAMME_CHAT_PARTITION = 'binding';

export function programmeChatRowKey(programmeId: string): string {
  return keyOf(programmeId, 'programme id', `programme${SEP}`);
}

export function chatBindingRowKey(chatId: string): string {
  return keyOf(chatId, 'Teams conversation id', `chat${SEP}`);
}
