/**
 * Reading what a card sent back (its data and input values): untrusted, typed by hand. A value of
 * the wrong shape becomes a validation error the person sees on the card; nothing is guessed.
 */
import { invalid } from '../domain/messages';

export type CardData = Readonly<Record<string, unknown>>;

/** A required id (programmeId, goalId …). */
export function idFrom(data: CardData, key: string): string {
  const value = data[key];
  if (typeof value !== 'string' || value.trim() === '') throw invalid('required', 'id');
  return value;
}

/** The version the card was rendered from (`version`), as the use cases expect it. */
export function versionFrom(data: CardData): number {
  const value = typeof data.version === 'string' ? Number(data.version) : data.version;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw invalid('required', 'version');
  return value;
}

/** A text input; an input left empty arrives as '' or not at all. */
export function textFrom(data: CardData, key: string): string {
  const value = data[key];
  return typeof value === 'string' ? value : '';
}

/** A text input, or undefined when it was left empty (an optional field). */
export function optionalTextFrom(data: CardData, key: string): string | undefined {
  const value = textFrom(data, key).trim();
  return value === '' ? undefined : value;
}

/** A number input (Input.Number sends a string or a number); the field's label names it in the error. */
export function numberFrom(data: CardData, key: string): number | undefined {
  const raw = data[key];
  if (raw === undefined || raw === '') return undefined;
  const value = typeof raw === 'number' ? raw : Number(String(raw).trim());
  if (!Number.isFinite(value)) throw invalid('invalidChoice', key);
  return value;
}

/** A multi-select ChoiceSet: comma-separated values. */
export function listFrom(data: CardData, key: string): string[] {
  return textFrom(data, key)
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
