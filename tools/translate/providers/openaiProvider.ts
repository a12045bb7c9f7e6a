import {isRetryableStatus, neverConnected, parseRetryAfter, type Provider, ProviderError, unreachableError} from './provider';

const NAMES = new Intl.DisplayNames(['en'], {type: 'language', fallback: 'code'});

/** A locale's language in English, for the prompt: `fr` "French", `pt-BR` "Brazilian Portuguese". */
export function languageName(locale: string): string {
  try {
    return NAMES.of(locale) ?? locale;
  } catch {
    return locale;
  }
}

/** The instructions: translate each segment from `sourceLocale`'s language, keep tags, answer in JSON with the same ids. */
export function systemPrompt(locale: string, sourceLocale: string): string {
  return [
    `You translate ${languageName(sourceLocale)} legal and documentation text into ${languageName(locale)}.`,
    'The user sends JSON: {"segments": [{"id": "...", "text": "..."}]}.',
    'Answer with JSON only: {"segments": [{"id": "...", "text": "..."}]}, the same ids, one translation each.',
    'Keep every tag such as <g1>...</g1> or <x2/> exactly, around the words it marks; keep numbers, e-mail addresses and URLs unchanged.',
    'Text is XML-escaped (&amp; &lt; &gt;): keep it escaped. Do not add explanations.',
  ].join('\n');
}

/**
 * Any OpenAI-compatible chat-completions endpoint (OpenAI, Azure-style
 * gateways, vLLM, Ollama, LiteLLM…), `POST <base>/chat/completions` with
 * plain `fetch`: the one endpoint we call does not need the `openai` client,
 * a package of 2,800 files that every `npm ci` unpacked (docs-dev/site.md).
 * Segments travel as JSON with ids, so a model cannot shift or merge them.
 * The ids returned must be exactly the ids sent, each once: otherwise the
 * answer is refused whole (`ProviderError` of kind `answer`, naming the ids
 * missing, repeated or not sent), and each segment is sent again on its
 * own. A cut answer (`finish_reason: length`) or one that is not the JSON
 * asked for leaves every segment empty, which the segment check rejects and
 * retries. Two ids swapped keep the set intact: the segment gate catches
 * them by their text (length, sentences, final punctuation for the kind).
 */
export function openaiProvider(options: {apiKey: string; baseURL?: string; model: string; timeoutMs: number; sourceLocale: string}): Provider {
  const base = options.baseURL ?? DEFAULT_BASE_URL;
  const endpoint = `${base.replace(/\/+$/, '')}/chat/completions`;
  return {
    engine: `openai:${options.model}`,
    maxSegments: 40,
    maxChars: 8_000,
    async translate(texts, locale) {
      const segments = texts.map((text, i) => ({id: `s${i + 1}`, text}));
      let response: Response;
      let body: string;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: {Authorization: `Bearer ${options.apiKey}`, 'Content-Type': 'application/json', Accept: 'application/json'},
          body: JSON.stringify({
            model: options.model,
            temperature: 0,
            response_format: {type: 'json_object'},
            messages: [
              {role: 'system', content: systemPrompt(locale, options.sourceLocale)},
              {role: 'user', content: JSON.stringify({segments})},
            ],
          }),
          signal: AbortSignal.timeout(options.timeoutMs),
        });
        // Inside the try: the time limit runs until the whole answer is read.
        body = await response.text();
      } catch (error) {
        const code = neverConnected(error);
        if (code) throw unreachableError('OpenAI', base, 'OPENAI_BASE_URL', code, !options.baseURL);
        throw new ProviderError(`OpenAI: ${requestFailure(error, options.timeoutMs)}`, 'retry');
      }
      if (!response.ok) throw httpError(response, body);
      const content = completionContent(body);
      if (content === undefined) throw new ProviderError(`OpenAI: the answer of ${endpoint} is not a chat completion: ${body.slice(0, 200)}`, 'fatal', response.status);
      const answer = parseAnswer(content);
      if (answer === undefined) return segments.map(() => '');
      const wrong = idMismatch(segments.map((s) => s.id), answer.map((a) => a.id));
      if (wrong) throw new ProviderError(`OpenAI: answer refused, ${wrong}`, 'answer');
      const byId = new Map(answer.map((a) => [a.id, a.text]));
      return segments.map((s) => byId.get(s.id) ?? '');
    },
  };
}

/** OpenAI's own address, when `OPENAI_BASE_URL` is unset. */
const DEFAULT_BASE_URL = 'https://api.openai.com/v1';

/** Why a request got no answer, in words: the time limit, or what fetch and its cause say (`fetch failed: other side closed`). */
function requestFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no complete answer within ${timeoutMs} ms (TRANSLATE_TIMEOUT_MS)`;
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}

/**
 * The message of a chat completion: its first choice's content, `''` when
 * the answer was cut (`finish_reason: length`) or has none; undefined when
 * the body is not a chat completion at all (a gateway's HTML page).
 */
function completionContent(body: string): string | undefined {
  let data: {choices?: Array<{finish_reason?: unknown; message?: {content?: unknown}}>};
  try {
    data = JSON.parse(body) as typeof data;
  } catch {
    return undefined;
  }
  if (!Array.isArray(data.choices)) return undefined;
  const choice = data.choices[0];
  if (choice?.finish_reason === 'length') return '';
  return typeof choice?.message?.content === 'string' ? choice.message.content : '';
}

/**
 * A refused request, classified: `insufficient_quota` stops the run, a
 * refused key too, 408, 429 and 5xx are retried after `Retry-After` (or
 * OpenAI's `retry-after-ms`), the rest fails this request. The message is
 * OpenAI's `{"error": {"message"}}`, or the start of the body.
 */
function httpError(response: Response, body: string): ProviderError {
  const {status} = response;
  let error: {message?: unknown; code?: unknown} | undefined;
  try {
    error = (JSON.parse(body) as {error?: typeof error}).error;
  } catch {
    error = undefined;
  }
  const detail = typeof error?.message === 'string' ? error.message : body.slice(0, 200);
  const message = `OpenAI: HTTP ${status} ${detail}`.trimEnd();
  if (error?.code === 'insufficient_quota') return new ProviderError(`${message}; the account has no credit left`, 'quota', status);
  if (status === 401 || status === 403) return new ProviderError(`${message}; check OPENAI_API_KEY and OPENAI_BASE_URL`, 'auth', status);
  if (isRetryableStatus(status)) {
    return new ProviderError(message, 'retry', status, parseRetryAfter(response.headers.get('retry-after'), response.headers.get('retry-after-ms')));
  }
  return new ProviderError(message, 'fatal', status);
}

/** The `{segments: [{id, text}]}` answer, after a reasoning block some gateways put first; undefined when it is not that JSON. */
function parseAnswer(content: string): Array<{id: string; text: string}> | undefined {
  const json = content.replace(/^\s*<think>[\s\S]*?<\/think>/, '').replace(/^\s*```(?:json)?\s*|\s*```\s*$/g, '');
  try {
    const data = JSON.parse(json) as {segments?: unknown};
    if (!Array.isArray(data.segments)) return undefined;
    return (data.segments as Array<{id?: unknown; text?: unknown}>).map((s) => ({
      id: typeof s.id === 'string' ? s.id : String(s.id),
      text: typeof s.text === 'string' ? s.text : '',
    }));
  } catch {
    return undefined;
  }
}

/**
 * What is wrong with the ids of an answer, in words (`its segment ids are
 * not the ids sent (s1–s3): s2 missing; s3 2 times; s9 not sent`), or
 * undefined when they are exactly the ids sent, each once, in any order.
 */
function idMismatch(sent: readonly string[], returned: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const id of returned) counts.set(id, (counts.get(id) ?? 0) + 1);
  const missing = sent.filter((id) => !counts.has(id));
  const repeated = [...counts].filter(([id, n]) => n > 1 && sent.includes(id)).map(([id, n]) => `${id} ${n} times`);
  const extra = [...counts.keys()].filter((id) => !sent.includes(id));
  const wrong = [
    ...(missing.length ? [`${missing.join(', ')} missing`] : []),
    ...repeated,
    ...(extra.length ? [`${extra.join(', ')} not sent`] : []),
  ];
  if (wrong.length === 0) return undefined;
  const range = sent.length > 1 ? `${sent[0]}–${sent.at(-1)}` : (sent[0] ?? 'none');
  return `its segment ids are not the ids sent (${range}): ${wrong.join('; ')}`;
}
