/**
 * Delivers the application's notices as messages the bot starts itself, in the person's personal
 * chat with the bot (never a group chat or channel, where others read along), through the
 * conversation references stored when they last wrote; and a programme's card into its group chat
 * (deliverToConversation). The change behind a notice is already saved, and the
 * person sees it in `status` and the tab, so a notice that cannot be delivered is logged, not raised.
 *
 * Delivery robustness (Teams facts: 7 messages a second per conversation, 429s must be retried):
 * - messages to one conversation are spaced (`minIntervalMs`), so a burst (several reminders to
 *   one person) stays under the limit;
 * - 429 and 5xx (and network errors) are tried again, at most `maxAttempts` times, after an
 *   exponential back-off with full jitter, or after the Retry-After Teams names (both capped);
 * - 403 and 404 mean the bot can no longer write there (the app was removed, the user left): that
 *   conversation reference is marked stale and never tried again until the person writes there
 *   again (rememberConversation stores it afresh); the next stored conversation is tried instead;
 * - anything else (400: Teams refused the message itself) is not retried.
 */
import { ConversationReference } from 'botbuilder';
import { ConversationDelivery, ConversationReferenceStore, Delivery, Notice, NoticeDelivery, Notifier, StoredConversationReference } from '../application/ports';
import { Language } from '../cards';
import { PersonId } from '../domain/people';
import { LedertraineeAdapter } from './adapter';
import { Logger } from './logger';
import { noticeMessage } from './noticeMessages';

export interface DeliveryRetryOptions {
  /** Tries per message, the first included (default 4). */
  maxAttempts: number;
  /** Back-off before the second try; doubled for each further one (default 1 s). */
  baseDelayMs: number;
  /** No wait is longer than this, Retry-After included (default 30 s). */
  maxDelayMs: number;
  /** Least time between two messages to the same conversation (default 200 ms: 5 a second). */
  minIntervalMs: number;
}

export const DEFAULT_DELIVERY_RETRY: DeliveryRetryOptions = { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 30_000, minIntervalMs: 200 };

export interface NotifierDeps {
  adapter: LedertraineeAdapter;
  /** The bot's app id (empty in local mode). */
  botAppId: string;
  conversationReferences: ConversationReferenceStore;
  logger: Logger;
  retry?: Partial<DeliveryRetryOptions>;
  /** Waits (tests make it instant); setTimeout unless given. */
  sleep?: (ms: number) => Promise<void>;
  /** 0 ≤ x < 1 for the jitter; Math.random unless given. */
  random?: () => number;
}

type Attempt = { ok: true } | { ok: false; status?: number; retryAfterMs?: number; error: unknown };

export function createProactiveNotifier(deps: NotifierDeps): Notifier & NoticeDelivery & ConversationDelivery {
  const retry = { ...DEFAULT_DELIVERY_RETRY, ...deps.retry };
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = deps.random ?? Math.random;
  /** When each conversation may get its next message (epoch ms). */
  const nextFreeAt = new Map<string, number>();

  async function paced(conversationId: string): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, nextFreeAt.get(conversationId) ?? 0);
    nextFreeAt.set(conversationId, at + retry.minIntervalMs);
    if (nextFreeAt.size > 10_000) for (const [id, free] of nextFreeAt) if (free < now) nextFreeAt.delete(id);
    if (at > now) await sleep(at - now);
  }

  async function sendOnce(reference: StoredConversationReference, notice: Notice, language: Language): Promise<Attempt> {
    try {
      await paced(reference.conversation.id);
      // Caught inside the turn: an error escaping it would go to the adapter's onTurnError, which
      // logs it as a failed turn and writes "something went wrong" into the very chat that failed.
      let failure: { error: unknown } | undefined;
      await deps.adapter.continueConversationAsync(deps.botAppId, reference as unknown as Partial<ConversationReference>, async (context) => {
        try {
          await context.sendActivity(noticeMessage(notice, language));
        } catch (error) {
          failure = { error };
        }
      });
      if (failure) throw failure.error;
      return { ok: true };
    } catch (error) {
      return { ok: false, status: statusOf(error), retryAfterMs: retryAfterOf(error), error };
    }
  }

  /** 'delivered', 'refused' (403/404: stale), or 'failed' after the retries. */
  async function sendWithRetries(reference: StoredConversationReference, notice: Notice, language: Language, to: PersonId): Promise<'delivered' | 'refused' | 'failed'> {
    for (let attempt = 1; ; attempt += 1) {
      const result = await sendOnce(reference, notice, language);
      if (result.ok) return 'delivered';
      if (result.status === 403 || result.status === 404) return 'refused';
      const transient = result.status === undefined || result.status === 429 || result.status >= 500;
      if (!transient || attempt >= retry.maxAttempts) {
        deps.logger.error({ err: result.error, status: result.status, to, notice: notice.kind, attempts: attempt }, 'Could not deliver a notice');
        return 'failed';
      }
      // Full jitter: anywhere up to the exponential step, so many senders do not retry in step; Retry-After is a floor.
      const backoff = Math.floor(random() * retry.baseDelayMs * 2 ** (attempt - 1));
      const wait = Math.min(retry.maxDelayMs, Math.max(backoff, result.retryAfterMs ?? 0));
      deps.logger.warn({ status: result.status, to, notice: notice.kind, attempt, waitMs: wait }, 'Teams did not take a notice; trying again');
      await sleep(wait);
    }
  }

  async function deliver(to: PersonId, language: Language, notice: Notice): Promise<Delivery> {
    try {
      // A notice is for one person: never into a group chat or channel where others read along
      // (a programme's own cards go to its chat through deliverToConversation instead).
      const references = (await deps.conversationReferences.listForUser(to)).filter(isPersonal);
      if (references.length === 0) {
        deps.logger.warn({ to, notice: notice.kind }, 'Cannot reach the person: the bot has no conversation with them (or only stale ones)');
        return 'unreachable';
      }
      for (const reference of references) {
        const outcome = await sendWithRetries(reference, notice, language, to);
        if (outcome !== 'refused') return outcome;
        deps.logger.warn({ to, notice: notice.kind }, 'Teams refused the bot in a conversation (403/404): marked stale, not tried again until the person writes');
        await deps.conversationReferences.markStale(to, reference.conversation.id);
      }
      return 'unreachable';
    } catch (error) {
      deps.logger.error({ err: error, to, notice: notice.kind }, 'Could not deliver a notice');
      return 'failed';
    }
  }

  /** Into one given conversation (the programme's group chat): the same pacing and retries; 403/404 is `unreachable`. */
  async function deliverToConversation(reference: StoredConversationReference, language: Language, notice: Notice): Promise<Delivery> {
    const to = `conversation:${reference.conversation.id}`;
    try {
      const outcome = await sendWithRetries(reference, notice, language, to);
      if (outcome === 'refused') {
        deps.logger.warn({ conversationId: reference.conversation.id, notice: notice.kind }, 'Teams refused the bot in a conversation (403/404)');
        return 'unreachable';
      }
      return outcome;
    } catch (error) {
      deps.logger.error({ err: error, conversationId: reference.conversation.id, notice: notice.kind }, 'Could not deliver into the conversation');
      return 'failed';
    }
  }

  return {
    deliver,
    deliverToConversation,
    async notify(to, language, notice) {
      await deliver(to, language, notice);
    },
  };
}

function isPersonal(reference: StoredConversationReference): boolean {
  return (reference.conversation.conversationType ?? 'personal') === 'personal';
}

/** The HTTP status of a failed send (botframework-connector's RestError carries `statusCode`). */
function statusOf(error: unknown): number | undefined {
  const e = error as { statusCode?: unknown; status?: unknown; response?: { status?: unknown } } | undefined;
  const status = e?.statusCode ?? e?.status ?? e?.response?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Retry-After of a 429/503, in ms: seconds, or an HTTP date. */
function retryAfterOf(error: unknown): number | undefined {
  const headers = (error as { response?: { headers?: unknown } } | undefined)?.response?.headers as
    | { get?: (name: string) => string | undefined | null; [name: string]: unknown }
    | undefined;
  const raw = typeof headers?.get === 'function' ? headers.get('retry-after') : headers?.['retry-after'];
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
