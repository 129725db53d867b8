/**
 * Ports the application layer needs besides the domain's repositories.
 */
import { PersonId } from '../domain/people';

/**
 * A Bot Framework conversation reference, stored as plain JSON so the application layer does not
 * depend on botbuilder. It is what a proactive message needs to reach the user later.
 */
export type StoredConversationReference = Record<string, unknown> & {
  conversation: { id: string; conversationType?: string; tenantId?: string };
  serviceUrl: string;
};

/**
 * Who is acting in a request: a person's Entra object id within the Entra tenant the request came
 * from. The edges derive it from what the channel vouches for (in Teams: the tenant and
 * `from.aadObjectId`), never from an id the client chooses; a request without it acts as nobody.
 */
export interface ActingPerson {
  /** Entra tenant id, lower case. Empty only in local mode, when the local tool sends none. */
  tenantId: string;
  /** The person's Entra object id, lower case: the id programmes store. */
  personId: PersonId;
}

export interface ConversationReferenceStore {
  /**
   * Remembers where the user can be reached. One reference per user and conversation; saving the
   * same again only refreshes it.
   */
  save(userId: PersonId, reference: StoredConversationReference): Promise<void>;
  /** Every conversation the user can be reached in (personal chat first). */
  listForUser(userId: PersonId): Promise<StoredConversationReference[]>;
}

/**
 * Remembers which incoming activities have been acted on. Teams retries a request that takes more
 * than ~15 s with the same activity id; keying on it keeps a retried request from acting twice.
 */
export interface HandledActivities {
  /** Records the activity as handled; false when it had already been recorded. */
  markHandled(conversationId: string, activityId: string): Promise<boolean>;
}

/**
 * Storage did not answer in time, or not at all. Nothing was changed; the edges tell the user to
 * try again in a moment.
 */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
}

/** Answers whether the backing storage is reachable: used by the health endpoint. */
export interface StorageHealth {
  /** Resolves when storage answers; rejects with the reason otherwise. */
  check(): Promise<void>;
}

/**
 * The little the application and its edges need from a logger, shaped like pino's
 * `(object, message)` calls so the composition root passes its pino logger as it is, and tests a
 * recording one.
 */
export interface Logger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * Something the application tells a person without being asked: the edge decides how it looks
 * (text or card, in the recipient's language), the application decides who is told and what.
 */
export type Notice =
  | { kind: 'personalityTestTaken'; programmeId: string; traineeName: string }
  | { kind: 'personalityFeedbackGiven'; programmeId: string; traineeName: string };

/** Delivers notices to people where the bot can reach them (their personal chat first). */
export interface Notifier {
  /**
   * Never rejects: a person who cannot be reached (no conversation stored, the app removed) is
   * logged by the adapter; the change that caused the notice has already been saved.
   */
  notify(to: PersonId, language: 'da' | 'en', notice: Notice): Promise<void>;
}
