/**
 * Input checks shared by the aggregate. Each throws a ValidationError naming the field, so the
 * card or form can point at it.
 */
import { isIsoDate, isValidInstant } from './calendar';
import { invalid } from './messages';
import { PersonRef } from './people';

export const MAX_ID = 128;
export const MAX_NAME = 200;
export const MAX_EMAIL = 320;
export const MAX_TITLE = 200;
export const MAX_SHORT_TEXT = 500;
export const MAX_TEXT = 2000;
export const MAX_LONG_TEXT = 4000;

// Ids come from the application layer (GUIDs, Entra object ids); control characters are never valid.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export function checkId(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_ID || CONTROL.test(value)) {
    throw invalid('invalidId', field);
  }
  return value;
}

/** Required or optional free text; returns it trimmed. */
export function checkText(value: unknown, field: string, max: number, required: boolean): string {
  if (value === undefined || value === null) {
    if (required) throw invalid('required', field);
    return '';
  }
  if (typeof value !== 'string') throw invalid('invalidChoice', field);
  const trimmed = value.trim();
  if (required && trimmed === '') throw invalid('required', field);
  if (trimmed.length > max) throw invalid('tooLong', field, { max });
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
