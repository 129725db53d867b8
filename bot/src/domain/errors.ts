/**
 * Typed domain errors. Every error has a stable code and a message in Danish and English, so the
 * edges (bot cards, tab API) can show the user a clear reason in their own language without
 * knowing the rule that was broken.
 */
import { Locale, LocalizedText } from './localizedText';

export type ErrorCategory =
  /** The request breaks a rule of the programme (wrong phase, gate not met, invalid value). */
  | 'rule'
  /** Input is malformed or incomplete. */
  | 'validation'
  /** The caller is not part of the programme, or lacks the role. */
  | 'forbidden'
  /** The thing asked for does not exist. */
  | 'notFound'
  /** Someone else changed the data since it was read (optimistic concurrency). */
  | 'conflict'
  /** Stored data break the programme's rules: a fault in the data, not in the request (log it; HTTP 500). */
  | 'invalidState';

export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly category: ErrorCategory,
    readonly text: LocalizedText,
  ) {
    super(text.en);
    this.name = new.target.name;
  }

  /** The message in the user's language; Danish unless the locale is English. */
  messageFor(locale: string | undefined): string {
    return toLocale(locale) === 'en' ? this.text.en : this.text.da;
  }
}

/** A programme rule refused the request (invalid transition, gate not met). */
export class RuleViolation extends DomainError {
  constructor(code: string, text: LocalizedText) {
    super(code, 'rule', text);
  }
}

/** Input failed validation. `field` names the offending field when there is one. */
export class ValidationError extends DomainError {
  constructor(
    code: string,
    text: LocalizedText,
    readonly field?: string,
  ) {
    super(code, 'validation', text);
  }
}

export class ForbiddenError extends DomainError {
  constructor(code: string, text: LocalizedText) {
    super(code, 'forbidden', text);
  }
}

export class NotFoundError extends DomainError {
  constructor(code: string, text: LocalizedText) {
    super(code, 'notFound', text);
  }
}

/** Raised by repositories when a conditional write finds newer data (HTTP 412 from storage). */
export class ConcurrencyConflictError extends DomainError {
  /** `what` names the changed thing in each language, e.g. { da: 'forløbet', en: 'programme' }. */
  constructor(what: LocalizedText) {
    super('concurrentChange', 'conflict', {
      da: `Nogen har ændret ${what.da} imens. Hent den nyeste udgave og prøv igen.`,
      en: `Someone else changed the ${what.en} in the meantime. Load the latest version and try again.`,
    });
  }
}

/**
 * A stored programme breaks the programme's rules, so it is not loaded: working on it could only
 * make things worse. Names the programme, where in its state the fault is (`field`, a path such as
 * "agreements[1].blocks[0].goalIds") and the rule it breaks (`reason`, the error the check raised).
 * Built by `invalidProgrammeState` in messages.ts, which holds the texts.
 */
export class InvalidProgrammeStateError extends DomainError {
  constructor(
    readonly programmeId: string,
    readonly field: string,
    readonly reason: DomainError,
    text: LocalizedText,
  ) {
    super('programmeStateInvalid', 'invalidState', text);
  }
}

/**
 * The language a user reads: "en-US", "en-GB", "en" → "en"; everything else, and no locale at
 * all, → "da". The users are Danish municipal employees: English only when Teams says so.
 */
export function toLocale(locale: string | undefined | null): Locale {
  return typeof locale === 'string' && /^en(?:$|[-_])/i.test(locale.trim()) ? 'en' : 'da';
}
