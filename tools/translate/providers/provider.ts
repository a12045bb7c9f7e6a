/**
 * What the pipeline needs from a translation service: French tagged
 * segments in, the same number of tagged translations out, in order.
 */
export interface Provider {
  /** Recorded as `translation.engine` (`deepl`, `openai:<model>`, `libretranslate`). */
  readonly engine: string;
  /** Most segments, and characters of tagged text, in one request. */
  readonly maxSegments: number;
  readonly maxChars: number;
  /** Translates `texts` (tagged, French) into `locale`. Throws {@link ProviderError}. */
  translate(texts: readonly string[], locale: string): Promise<string[]>;
}

/**
 * A failed request, classified for the retry loop: `retry` (429, 5xx,
 * timeouts, connection drops; `retryAfterMs` from `Retry-After`), `quota`
 * (stops the run: DeepL 456, OpenAI `insufficient_quota`), `auth` (stops
 * the run: bad key), `fatal` (this request only), `answer` (the request
 * worked but its answer cannot be trusted as a whole, such as a chat
 * model's ids not the ids sent: each segment is sent again on its own).
 */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly kind: 'retry' | 'quota' | 'auth' | 'fatal' | 'answer',
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}

/** Statuses worth another try: rate limits, overload (Anthropic-style 529), server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** `Retry-After` (seconds or an HTTP date) or `retry-after-ms`, in milliseconds. */
export function parseRetryAfter(value: string | null | undefined, valueMs?: string | null): number | undefined {
  if (valueMs && /^\d+(\.\d+)?$/.test(valueMs)) return Number(valueMs);
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
