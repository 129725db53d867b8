/**
 * Reading the status of a failed Table Storage call.
 *
 * @azure/data-tables reports errors in two shapes: a single-entity call throws a RestError with
 * `statusCode` and `details.errorCode` (no `code`); a failed transaction throws a RestError whose
 * `statusCode` is the failing sub-request's status and whose `code` carries the error code (no
 * `details`). Both are read here, so the repositories only ask "was it a 412?".
 */
import type { LocalizedText } from '../domain/localizedText';

interface RestErrorLike {
  statusCode?: unknown;
  code?: unknown;
  details?: { errorCode?: unknown };
}

export function storageStatus(error: unknown): number | undefined {
  const status = (error as RestErrorLike | undefined)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

export function storageErrorCode(error: unknown): string | undefined {
  const candidate = error as RestErrorLike | undefined;
  const code = candidate?.details?.errorCode ?? candidate?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The entity or table does not exist. */
export function isNotFound(error: unknown): boolean {
  return storageStatus(error) === 404;
}

/** An If-Match condition failed: someone wrote in between. */
export function isPreconditionFailed(error: unknown): boolean {
  return storageStatus(error) === 412 || storageErrorCode(error) === 'UpdateConditionNotSatisfied';
}

/** A create found the entity already there. */
export function isAlreadyExists(error: unknown): boolean {
  return storageStatus(error) === 409 && storageErrorCode(error) === 'EntityAlreadyExists';
}

/**
 * A key that Table Storage could not store and give back unchanged: refused before anything is
 * written. An input or programming error (ids reaching storage have passed the domain's checks or
 * come from Teams), so it goes to the log; the message is in English and Danish.
 */
export class InvalidStorageKeyError extends Error {
  override readonly name = 'InvalidStorageKeyError';

  constructor(
    /** What the key was built from, e.g. "person id". */
    readonly what: string,
    /** The value, printable (escaped and shortened). */
    readonly value: string,
    reason: LocalizedText,
  ) {
    super(
      `The ${what} "${value}" cannot be used as a storage key: ${reason.en} Nothing was written. ` +
        `(Dansk: ${reason.da} Intet blev gemt.)`,
    );
  }
}
