import * as deepl from 'deepl-node';

import {type Provider, ProviderError} from './provider';

/** DeepL wants a regional English; the site's `en` is British by default. */
const DEEPL_TARGET: Record<string, deepl.TargetLanguageCode> = {en: 'en-GB', pt: 'pt-PT'};

/**
 * DeepL through the official `deepl-node` client, `tag_handling=xml` so the
 * segment tags survive. The client's own retries are off: ours honour
 * `Retry-After` and stop on 456. (deepl-node does not expose response
 * headers, so DeepL's 429s back off exponentially.)
 */
export function deeplProvider(options: {authKey: string; serverUrl?: string; timeoutMs: number}): Provider {
  const translator = new deepl.Translator(options.authKey, {
    ...(options.serverUrl ? {serverUrl: options.serverUrl} : {}),
    maxRetries: 0,
    minTimeout: options.timeoutMs,
  });
  return {
    engine: 'deepl',
    // API limits: 50 texts and 128 KiB per request.
    maxSegments: 50,
    maxChars: 30_000,
    async translate(texts, locale) {
      try {
        const target = DEEPL_TARGET[locale] ?? (locale as deepl.TargetLanguageCode);
        const results = await translator.translateText([...texts], 'fr', target, {
          tagHandling: 'xml',
          splitSentences: 'nonewlines',
          preserveFormatting: true,
        });
        return results.map((r) => r.text);
      } catch (error) {
        throw classify(error);
      }
    },
  };
}

function classify(error: unknown): ProviderError {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof deepl.QuotaExceededError) {
    return new ProviderError('DeepL: the quota of this billing period is used up (HTTP 456)', 'quota', 456);
  }
  if (error instanceof deepl.AuthorizationError) {
    return new ProviderError('DeepL refused DEEPL_AUTH_KEY (HTTP 403); check the key and DEEPL_SERVER_URL', 'auth', 403);
  }
  if (error instanceof deepl.TooManyRequestsError) return new ProviderError(`DeepL: ${message}`, 'retry', 429);
  if (error instanceof deepl.ConnectionError) return new ProviderError(`DeepL: ${message}`, 'retry');
  const status = /status code: (\d{3})/.exec(message)?.[1] ?? (/Service unavailable/.test(message) ? '503' : undefined);
  if (status && (Number(status) >= 500 || status === '429')) return new ProviderError(`DeepL: ${message}`, 'retry', Number(status));
  return new ProviderError(`DeepL: ${message}`, 'fatal', status ? Number(status) : undefined);
}
