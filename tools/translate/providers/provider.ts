/**
 * What the pipeline needs from a translation service: source-language tagged
 * segments in, the same number of tagged translations out, in order.
 */
export interface Provider {
  /** Recorded as `translation.engine` (`deepl`, `openai:<model>`, `libretranslate`). */
  readonly engine: string;
  /** Most segments, and characters of tagged text, in one request. */
  readonly maxSegments: number;
  readonly maxChars: number;
  /** Translates `texts` (tagged, in the source language) into `locale`. Throws {@link ProviderError}. */
  translate(texts: readonly string[], locale: string): Promise<string[]>;
}

/**
 * A failed request, classified for the retry loop: `retry` (429, 5xx,
 * timeouts, connection drops; `retryAfterMs` from `Retry-After`),
 * `unreachable` (no connection at all: refused, unknown host, bad
 * certificate; retried, then stops the run, and its characters were never
 * sent), `quota` (stops the run: DeepL 456, OpenAI `insufficient_quota`),
 * `auth` (stops the run: bad key), `fatal` (this request only), `answer`
 * (the request worked but its answer cannot be trusted as a whole, such as
 * a chat model's ids not the ids sent: each segment is sent again on its own).
 */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly kind: 'retry' | 'unreachable' | 'quota' | 'auth' | 'fatal' | 'answer',
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

/** Error codes of a request that never reached the server. */
const NEVER_CONNECTED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
]);

/**
 * The code (`ECONNREFUSED`, `ENOTFOUND`, ...) when `error` says the request
 * never reached the server, looking through the causes each client wraps
 * it in (deepl-node's `error`, fetch's and openai's `cause`).
 */
export function neverConnected(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current && typeof current === 'object'; depth++) {
    const {code, cause, error: inner} = current as {code?: unknown; cause?: unknown; error?: unknown};
    if (typeof code === 'string' && NEVER_CONNECTED.has(code)) return code;
    current = cause ?? inner;
  }
  return undefined;
}

/** The error of a server that cannot be reached, naming the URL and the variable to check. */
export function unreachableError(provider: string, url: string, variable: string, code: string, isDefault = false): ProviderError {
  const fix = isDefault ? `check the network (${variable} is not set, so this is the service's own address)` : `check ${variable}`;
  return new ProviderError(`${provider}: cannot reach ${url} (${code}); ${fix}`, 'unreachable');
}
