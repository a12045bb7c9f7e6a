import {ProviderError} from './provider';

export interface RetryOptions {
  /** Tries in all, the first included. */
  attempts: number;
  /** Tries in all when the server cannot be reached at all (refused, unknown host): it is up or it is not. */
  unreachableAttempts?: number;
  /** First back-off; doubles each time, capped by `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (error: ProviderError, delayMs: number) => void;
}

export const DEFAULT_RETRY: RetryOptions = {attempts: 5, unreachableAttempts: 3, baseDelayMs: 1_000, maxDelayMs: 60_000};

/**
 * Runs a provider request, retrying `retry`-kind failures with exponential
 * back-off (1 s, 2 s, 4 s…), waiting what `Retry-After` asks when the server
 * says (at most `maxDelayMs`); `unreachable` ones too, up to
 * `unreachableAttempts`. Quota, authentication and other errors are thrown
 * at once.
 */
export async function withRetry<T>(request: () => Promise<T>, options: RetryOptions = DEFAULT_RETRY): Promise<T> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await request();
    } catch (error) {
      if (!(error instanceof ProviderError) || (error.kind !== 'retry' && error.kind !== 'unreachable')) throw error;
      // A server that cannot be reached is tried again too, fewer times: a gateway restarting, a DNS hiccup.
      const limit = error.kind === 'unreachable' ? Math.min(options.attempts, options.unreachableAttempts ?? options.attempts) : options.attempts;
      if (attempt >= limit) throw error;
      const backoff = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
      const delay = Math.min(options.maxDelayMs, error.retryAfterMs ?? backoff);
      options.onRetry?.(error, delay);
      await sleep(delay);
    }
  }
}
