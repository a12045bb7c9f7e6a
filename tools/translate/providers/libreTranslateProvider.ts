import {isRetryableStatus, neverConnected, parseRetryAfter, type Provider, ProviderError, unreachableError} from './provider';

/**
 * LibreTranslate's `POST /translate` with `format: "html"`, so the segment
 * tags are kept as markup. Plain `fetch`: there is no official client.
 */
export function libreTranslateProvider(options: {url: string; apiKey?: string; timeoutMs: number; sourceLocale: string}): Provider {
  const endpoint = new URL('translate', options.url.endsWith('/') ? options.url : `${options.url}/`);
  return {
    engine: 'libretranslate',
    maxSegments: 25,
    maxChars: 5_000,
    async translate(texts, locale) {
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: {'Content-Type': 'application/json', Accept: 'application/json'},
          body: JSON.stringify({q: texts, source: options.sourceLocale, target: locale, format: 'html', ...(options.apiKey ? {api_key: options.apiKey} : {})}),
          signal: AbortSignal.timeout(options.timeoutMs),
        });
      } catch (error) {
        const code = neverConnected(error);
        if (code) throw unreachableError('LibreTranslate', options.url, 'LIBRETRANSLATE_URL', code);
        throw new ProviderError(`LibreTranslate: ${(error as Error).message}`, 'retry');
      }
      const body = await response.text();
      if (!response.ok) {
        const detail = `LibreTranslate: HTTP ${response.status} ${errorText(body)}`;
        if (response.status === 403) throw new ProviderError(`${detail}; check LIBRETRANSLATE_API_KEY`, 'auth', 403);
        if (isRetryableStatus(response.status)) {
          throw new ProviderError(detail, 'retry', response.status, parseRetryAfter(response.headers.get('retry-after')));
        }
        throw new ProviderError(detail, 'fatal', response.status);
      }
      const translated = (JSON.parse(body) as {translatedText?: unknown}).translatedText;
      const list = Array.isArray(translated) ? translated : [translated];
      // HTML serialisers write `<x2/>` as `<x2></x2>`.
      return texts.map((_, i) => (typeof list[i] === 'string' ? list[i].replace(/<(x\d+)>\s*<\/\1>/g, '<$1/>') : ''));
    },
  };
}

function errorText(body: string): string {
  try {
    return String((JSON.parse(body) as {error?: unknown}).error ?? body);
  } catch {
    return body.slice(0, 200);
  }
}
