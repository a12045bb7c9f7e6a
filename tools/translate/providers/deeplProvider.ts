import type * as deepl from 'deepl-node';

import {observeResponses, requestsTo, type SeenResponse} from './observeResponses';
import {isRetryableStatus, neverConnected, parseRetryAfter, type Provider, ProviderError, unreachableError} from './provider';

/** DeepL wants a regional English; the site's `en` is British by default. */
const DEEPL_TARGET: Record<string, deepl.TargetLanguageCode> = {en: 'en-GB', pt: 'pt-PT'};

/** DeepL's source languages have no region (`EN`, `PT`): the base language of the locale. */
export function deeplSourceLanguage(locale: string): deepl.SourceLanguageCode {
  return (locale.split('-')[0] ?? locale).toLowerCase() as deepl.SourceLanguageCode;
}

/**
 * DeepL through the official `deepl-node` client, from `sourceLocale`, `tag_handling=xml` so the
 * segment tags survive. The client's own retries are off: ours stop on 456
 * and honour `Retry-After`, which deepl-node's errors do not carry: it is
 * read from the response itself as node:http reports it (see
 * {@link observeResponses}).
 */
export function deeplProvider(options: {authKey: string; serverUrl?: string; timeoutMs: number; sourceLocale: string}): Provider {
  // deepl-node and its HTTP stack load with the first request, not at each
  // start of the CLI (a tenth of a second, for runs that send nothing).
  let client: Promise<{sdk: typeof deepl; translator: deepl.Translator}> | undefined;
  const connect = () =>
    (client ??= import('deepl-node').then((sdk) => ({
      sdk,
      translator: new sdk.Translator(options.authKey, {
        ...(options.serverUrl ? {serverUrl: options.serverUrl} : {}),
        maxRetries: 0,
        minTimeout: options.timeoutMs,
      }),
    })));
  // deepl-node's own default, so the matcher looks at the server it really calls.
  const server = options.serverUrl ?? (options.authKey.endsWith(':fx') ? 'https://api-free.deepl.com' : 'https://api.deepl.com');
  const isTranslateRequest = requestsTo(`${server.replace(/\/+$/, '')}/v2/translate`);
  return {
    engine: 'deepl',
    // API limits: 50 texts and 128 KiB per request.
    maxSegments: 50,
    maxChars: 30_000,
    async translate(texts, locale) {
      // One request per call (maxRetries: 0): its response is the last one seen.
      const seen: SeenResponse[] = [];
      const {sdk, translator} = await connect();
      try {
        const target = DEEPL_TARGET[locale] ?? (locale as deepl.TargetLanguageCode);
        const results = await observeResponses(isTranslateRequest, seen, () =>
          translator.translateText([...texts], deeplSourceLanguage(options.sourceLocale), target, {
            tagHandling: 'xml',
            splitSentences: 'nonewlines',
            preserveFormatting: true,
          }),
        );
        return results.map((r) => r.text);
      } catch (error) {
        const code = neverConnected(error);
        if (code) throw unreachableError('DeepL', server, 'DEEPL_SERVER_URL', code, !options.serverUrl);
        throw classify(sdk, error, seen.at(-1));
      }
    },
  };
}

function classify(sdk: typeof deepl, error: unknown, response: SeenResponse | undefined): ProviderError {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof sdk.QuotaExceededError) {
    return new ProviderError('DeepL: the quota of this billing period is used up (HTTP 456)', 'quota', 456);
  }
  if (error instanceof sdk.AuthorizationError) {
    return new ProviderError('DeepL refused DEEPL_AUTH_KEY (HTTP 403); check the key and DEEPL_SERVER_URL', 'auth', 403);
  }
  if (error instanceof sdk.ConnectionError) return new ProviderError(`DeepL: ${message}`, 'retry');
  // The status as received; from the message only for errors raised before or without a response.
  const received = response && response.status >= 400 ? response.status : undefined;
  const written = error instanceof sdk.TooManyRequestsError ? '429' : (/status code: (\d{3})/.exec(message)?.[1] ?? (/Service unavailable/.test(message) ? '503' : undefined));
  const status = received ?? (written === undefined ? undefined : Number(written));
  if (status !== undefined && isRetryableStatus(status)) {
    return new ProviderError(`DeepL: ${message}`, 'retry', status, parseRetryAfter(response?.retryAfter));
  }
  return new ProviderError(`DeepL: ${message}`, 'fatal', status);
}
