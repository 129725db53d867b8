/**
 * Time limits for every Table Storage call, so a slow or hanging storage never holds a bot turn
 * past the ~15 s after which Teams delivers the same activity again (and a user waits for nothing).
 *
 * Each try gets `perTryMs`; a try that runs out counts as a network timeout, which the SDK's retry
 * policy retries. The whole call, retries and back-off included, gets `totalMs`; then it fails
 * with a StorageUnavailableError that the edges turn into "try again in a moment". After such a
 * failure, calls fail at once for `coolDownMs`, so a turn that needs several calls is not held
 * for the total of each of them while storage is known to be down.
 */
import type { TableServiceClientOptions } from '@azure/data-tables';
import { StorageUnavailableError } from '../application/ports';

type AdditionalPolicy = NonNullable<TableServiceClientOptions['additionalPolicies']>[number];
type PipelinePolicy = AdditionalPolicy['policy'];

export interface StorageTimeouts {
  /** Longest wait for one try (request and response). */
  perTryMs: number;
  /** Longest wait for a whole call, including retries. */
  totalMs: number;
  /** After a call ran out of time, how long further calls fail at once without trying. */
  coolDownMs: number;
}

/** Two tries fit in the total, which leaves a bot turn time to answer well within 5 s. */
export const DEFAULT_STORAGE_TIMEOUTS: StorageTimeouts = { perTryMs: 1_500, totalMs: 3_500, coolDownMs: 5_000 };

export { StorageUnavailableError };

/** The client options that enforce `timeouts`, merged into `options`. */
export function withTimeouts(options: TableServiceClientOptions, timeouts: StorageTimeouts): TableServiceClientOptions {
  return {
    ...options,
    retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1_000, ...options.retryOptions },
    additionalPolicies: [
      ...(options.additionalPolicies ?? []),
      { policy: totalDeadlinePolicy(timeouts), position: 'perCall' },
      { policy: perTryTimeoutPolicy(timeouts.perTryMs), position: 'perRetry' },
    ],
  };
}

/** One per set of clients created together, so every table of a storage shares what it learned. */
function totalDeadlinePolicy({ totalMs, coolDownMs }: StorageTimeouts): PipelinePolicy {
  let downUntil = 0;
  return {
    name: 'ledertraineeTotalDeadline',
    async sendRequest(request, next) {
      if (Date.now() < downUntil) {
        throw new StorageUnavailableError(`Table Storage did not answer a moment ago; not trying again before ${new Date(downUntil).toISOString()}.`);
      }
      const deadline = AbortSignal.timeout(totalMs);
      const caller = request.abortSignal;
      request.abortSignal = either(caller, deadline);
      try {
        return await next(request);
      } catch (error) {
        if (deadline.aborted && !caller?.aborted) {
          downUntil = Date.now() + coolDownMs;
          throw new StorageUnavailableError(`Table Storage did not answer within ${totalMs} ms (${request.method} ${hostOf(request.url)}).`, {
            cause: error,
          });
        }
        throw error;
      } finally {
        request.abortSignal = caller;
      }
    },
  };
}

function perTryTimeoutPolicy(perTryMs: number): PipelinePolicy {
  return {
    name: 'ledertraineePerTryTimeout',
    async sendRequest(request, next) {
      const outer = request.abortSignal;
      const tryTimeout = AbortSignal.timeout(perTryMs);
      request.abortSignal = either(outer, tryTimeout);
      try {
        return await next(request);
      } catch (error) {
        // Only this try ran out: report it as the network timeout the retry policy retries (it
        // retries only errors named RestError whose code is a transient network error).
        if (tryTimeout.aborted && !outer?.aborted) {
          throw Object.assign(new Error(`Table Storage try timed out after ${perTryMs} ms`, { cause: error }), {
            name: 'RestError',
            code: 'ETIMEDOUT',
          });
        }
        throw error;
      } finally {
        request.abortSignal = outer;
      }
    },
  };
}

type SignalLike = NonNullable<Parameters<PipelinePolicy['sendRequest']>[0]['abortSignal']>;

/** A signal that aborts when either does (the caller's signal is only "like" a DOM AbortSignal). */
function either(caller: SignalLike | undefined, timeout: AbortSignal): AbortSignal {
  if (!caller) return timeout;
  const controller = new AbortController();
  const abort = () => controller.abort();
  if (caller.aborted) abort();
  caller.addEventListener('abort', abort);
  timeout.addEventListener('abort', abort, { once: true });
  return controller.signal;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'storage';
  }
}
