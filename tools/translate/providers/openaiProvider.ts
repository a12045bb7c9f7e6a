import type OpenAI from 'openai';

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
 * Any OpenAI-compatible chat-completions endpoint through the official
 * `openai` client (OpenAI, Azure-style gateways, vLLM, Ollama, LiteLLM…):
 * segments travel as JSON with ids, so a model cannot shift or merge them.
 * The ids returned must be exactly the ids sent, each once: otherwise the
 * answer is refused whole (`ProviderError` of kind `answer`, naming the ids
 * missing, repeated or not sent), and each segment is sent again on its
 * own. A cut answer (`finish_reason: length`) or one that is not the JSON
 * asked for leaves every segment empty, which the segment check rejects and
 * retries. Two ids swapped keep the set intact: the segment gate catches
 * them by their text (length, sentences, final punctuation for the kind).
 */
export function openaiProvider(options: {apiKey: string; baseURL?: string; model: string; timeoutMs: number; sourceLocale: string}): Provider {
  // The openai client loads with the first request, not at each start of the CLI.
  let loaded: Promise<{sdk: typeof OpenAI; client: OpenAI}> | undefined;
  const connect = () =>
    (loaded ??= import('openai').then(({default: sdk}) => ({
      sdk,
      client: new sdk({
        apiKey: options.apiKey,
        ...(options.baseURL ? {baseURL: options.baseURL} : {}),
        maxRetries: 0,
        timeout: options.timeoutMs,
      }),
    })));
  return {
    engine: `openai:${options.model}`,
    maxSegments: 40,
    maxChars: 8_000,
    async translate(texts, locale) {
      const segments = texts.map((text, i) => ({id: `s${i + 1}`, text}));
      let content: string;
      const {sdk, client} = await connect();
      try {
        const completion = await client.chat.completions.create({
          model: options.model,
          temperature: 0,
          response_format: {type: 'json_object'},
          messages: [
            {role: 'system', content: systemPrompt(locale, options.sourceLocale)},
            {role: 'user', content: JSON.stringify({segments})},
          ],
        });
        const choice = completion.choices[0];
        content = choice?.finish_reason === 'length' ? '' : (choice?.message.content ?? '');
      } catch (error) {
        const code = neverConnected(error);
        if (code) throw unreachableError('OpenAI', options.baseURL ?? 'https://api.openai.com/v1', 'OPENAI_BASE_URL', code, !options.baseURL);
        throw classify(sdk, error);
      }
      const answer = parseAnswer(content);
      if (answer === undefined) return segments.map(() => '');
      const wrong = idMismatch(segments.map((s) => s.id), answer.map((a) => a.id));
      if (wrong) throw new ProviderError(`OpenAI: answer refused, ${wrong}`, 'answer');
      const byId = new Map(answer.map((a) => [a.id, a.text]));
      return segments.map((s) => byId.get(s.id) ?? '');
    },
  };
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

function classify(sdk: typeof OpenAI, error: unknown): ProviderError {
  if (error instanceof sdk.APIConnectionError) return new ProviderError(`OpenAI: ${error.message}`, 'retry');
  if (error instanceof sdk.APIError && error.status !== undefined) {
    const status = error.status;
    const message = `OpenAI: HTTP ${status} ${error.message}`;
    if (error.code === 'insufficient_quota') return new ProviderError(`${message}; the account has no credit left`, 'quota', status);
    if (status === 401 || status === 403) return new ProviderError(`${message}; check OPENAI_API_KEY and OPENAI_BASE_URL`, 'auth', status);
    if (isRetryableStatus(status)) {
      const retryAfter = parseRetryAfter(error.headers?.get('retry-after'), error.headers?.get('retry-after-ms'));
      return new ProviderError(message, 'retry', status, retryAfter);
    }
    return new ProviderError(message, 'fatal', status);
  }
  return new ProviderError(`OpenAI: ${error instanceof Error ? error.message : String(error)}`, 'fatal');
}
