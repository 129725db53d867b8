/**
 * Long text (our JSON documents) split over several string properties of one entity.
 *
 * Table Storage limits a string property to 64 KiB, i.e. 32K UTF-16 code units, and a whole
 * entity to 1 MiB. A learning agreement with many building blocks, or a transition interview
 * written at length, can pass the first limit, so every JSON document is stored as `data`,
 * `data_1`, `data_2`, … and joined again on read. Entities are always written in Replace mode,
 * so parts left over from a longer earlier value never linger.
 */

/** Code units per property: below the 32K limit with a margin. */
export const CHUNK_LENGTH = 30_000;
/** At most this many parts, so the entity (UTF-16: two bytes per unit) stays below 1 MiB. */
export const MAX_CHUNKS = 15;

/** Raised when a value cannot be stored at all: fail loudly instead of writing part of it. */
export class StorageLimitError extends Error {
  override readonly name = 'StorageLimitError';
}

function partName(name: string, index: number): string {
  return index === 0 ? name : `${name}_${index}`;
}

/** The properties that hold `value` under `name`. */
export function splitText(name: string, value: string, chunkLength = CHUNK_LENGTH): Record<string, string> {
  const parts: Record<string, string> = {};
  let start = 0;
  let index = 0;
  do {
    let end = Math.min(start + chunkLength, value.length);
    // Never cut between the two halves of a surrogate pair (emoji and other astral characters):
    // each half alone is not valid Unicode and may be replaced on the wire.
    if (end < value.length && isHighSurrogate(value.charCodeAt(end - 1))) end -= 1;
    parts[partName(name, index)] = value.slice(start, end);
    start = end;
    index += 1;
  } while (start < value.length);
  if (index > MAX_CHUNKS) {
    throw new StorageLimitError(
      `"${name}" is ${value.length} characters long; at most ${MAX_CHUNKS * chunkLength} fit in one table row.`,
    );
  }
  return parts;
}

/** The value stored under `name` by `splitText`, or undefined when the entity has none. */
export function joinText(entity: Record<string, unknown>, name: string): string | undefined {
  const first = entity[name];
  if (typeof first !== 'string') return undefined;
  let value = first;
  for (let index = 1; typeof entity[partName(name, index)] === 'string'; index += 1) {
    value += entity[partName(name, index)] as string;
  }
  return value;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
