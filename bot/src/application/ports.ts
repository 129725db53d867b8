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

/** Answers whether the backing storage is reachable: used by the health endpoint. */
export interface StorageHealth {
  /** Resolves when storage answers; rejects with the reason otherwise. */
  check(): Promise<void>;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
