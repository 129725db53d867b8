/**
 * Input checks shared by the aggregate. Each throws a ValidationError naming the field, so the
 * card or form can point at it.
 */
import { isIsoDate, isValidInstant } from './calendar';
import { invalid } from './messages';
import { PersonRef } from './people';
import { Stamp } from './state';

export const MAX_ID = 128;
export const MAX_NAME = 200;
export const MAX_EMAIL = 320;
export const MAX_TITLE = 200;
export const MAX_SHORT_TEXT = 500;
export const MAX_TEXT = 2000;
export const MAX_LONG_TEXT = 4000;

// Ids come from the application layer (GUIDs, Entra object ids); control characters are never valid.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// Half of a surrogate pair on its own is not text: storage cannot write it and read it back (keys are
// mangled), so an id holding one could be stored but never found again.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Does the string hold half of a surrogate pair without the other half (invalid UTF-16)? */
export function hasLoneSurrogate(value: string): boolean {
  return LONE_SURROGATE.test(value);
}

/** Ids are limited in UTF-16 code units (MAX_ID), because that is what a storage key is measured in. */
export function checkId(value: unknown, field: string): string {
  if (
    typeof value !== 'string' ||
    value.trim() === '' ||
    value.length > MAX_ID ||
    CONTROL.test(value) ||
    hasLoneSurrogate(value)
  ) {
    throw invalid('invalidId', field);
  }
  return value;
}

// ---------------------------------------------------------------- length as a person sees it

let graphemes: Intl.Segmenter | undefined;

/**
 * The number of characters as a person sees them (grapheme clusters): "👍🏽", "👨‍👩‍👧‍👦", "🇩🇰" and "é"
 * written as e + combining accent each count as one, although they are 2 to 11 UTF-16 code units.
 */
export function characterCount(value: string): number {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  for (const _ of graphemes.segment(value)) count += 1;
  return count;
}

/**
 * A text may use, on average, this many UTF-16 code units per character it is allowed. The longest
 * standard emoji (a kiss with two skin tones, a subdivision flag) take 14–15, so no real text hits
 * it; it stops "one character" carrying thousands of combining marks into storage.
 */
export const MAX_CODE_UNITS_PER_CHARACTER = 16;

/** Is the text longer than `max` characters as a person sees them? */
export function exceedsLength(value: string, max: number): boolean {
  // A grapheme is at least one code unit: a text within `max` code units is within `max` characters,
  // so the common case needs no segmentation at all (loading a programme checks every text).
  if (value.length <= max) return false;
  if (value.length > max * MAX_CODE_UNITS_PER_CHARACTER) return true;
  return characterCount(value) > max;
}

/** Required or optional free text; returns it trimmed. `max` counts characters as a person sees them. */
export function checkText(value: unknown, field: string, max: number, required: boolean): string {
  if (value === undefined || value === null) {
    if (required) throw invalid('required', field);
    return '';
  }
  if (typeof value !== 'string') throw invalid('invalidChoice', field);
  const trimmed = value.trim();
  if (required && trimmed === '') throw invalid('required', field);
  if (exceedsLength(trimmed, max)) throw invalid('tooLong', field, { max });
  return trimmed;
}

export function checkInt(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalid('outOfRange', field, { min, max });
  }
  return value;
}

export function checkNumber(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw invalid('outOfRange', field, { min, max });
  }
  return value;
}

export function checkBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw invalid('invalidChoice', field);
  return value;
}

export function checkChoice<T extends string | number>(value: unknown, field: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw invalid('invalidChoice', field);
  return value as T;
}

export function checkIsoDate(value: unknown, field: string): string {
  if (!isIsoDate(value)) throw invalid('invalidDate', field);
  return value;
}

/** An instant as stored: ISO 8601 in UTC. */
export function checkInstant(value: unknown, field: string): string {
  if (!isValidInstant(value)) throw invalid('invalidDate', field);
  return value.toISOString();
}

// As the domain writes instants (Date.toISOString), also without milliseconds or with an offset.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** An instant read back from storage: an ISO 8601 string with a time zone. */
export function checkStoredInstant(value: unknown, field: string): string {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
    throw invalid('invalidDate', field);
  }
  return value;
}

/** Something that must be an object (not null, not a list): a part of stored state. */
export function checkObject<T>(value: T | undefined | null, field: string): T {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw invalid('required', field);
  return value;
}

/** Who did something and when, as stored. */
export function checkStamp(value: Stamp | undefined, field: string): Stamp {
  const stamp = checkObject(value, field);
  checkStoredInstant(stamp.at, `${field}.at`);
  checkId(stamp.by, `${field}.by`);
  return stamp;
}

/** An optional stamp: absent, or valid. */
export function checkOptionalStamp(value: Stamp | undefined, field: string): void {
  if (value !== undefined) checkStamp(value, field);
}

export function checkArray(value: unknown, field: string, min: number, max: number): unknown[] {
  if (!Array.isArray(value) || value.length < min || value.length > max) {
    throw invalid('tooMany', field, { min, max });
  }
  return value;
}

export function checkNoDuplicates(values: readonly string[], field: string): void {
  if (new Set(values).size !== values.length) throw invalid('duplicate', field);
}

export function checkPersonRef(value: PersonRef | undefined, field: string): PersonRef {
  if (!value || typeof value !== 'object') throw invalid('required', `${field}.id`);
  const person: PersonRef = {
    id: checkId(value.id, `${field}.id`),
    name: checkText(value.name, `${field}.name`, MAX_NAME, true),
  };
  const email = checkText(value.email, `${field}.email`, MAX_EMAIL, false);
  if (email) person.email = email;
  return person;
}
