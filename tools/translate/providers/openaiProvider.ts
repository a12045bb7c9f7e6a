import OpenAI from 'openai';

import {isRetryableStatus, neverConnected, parseRetryAfter, type Provider, ProviderError, unreachableError} from './provider';

const LANGUAGES: Record<string, string> = {en: 'English', es: 'Spanish', it: 'Italian', de: 'German', fr: 'French'};

/** The instructions: translate each segment, keep tags, answer in JSON with the same ids. */
export function systemPrompt(locale: string): string {
  const language = LANGUAGES[locale] ?? locale;
  return [
    `You translate French legal and documentation text into ${language}.`,
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
 * A missing id or a cut answer (`finish_reason: length`) leaves that
 * segment empty, which the segment check rejects and retries.
 */
export function openaiProvider(options: {apiKey: string; baseURL?: string; model: string; timeoutMs: number}): Provider {
  const client = new OpenAI({
    apiKey: options.apiKey,
    ...(options.baseURL ? {baseURL: options.baseURL} : {}),
    maxRetries: 0,
    timeout: options.timeoutMs,
  });
  return {
    engine: `openai:${options.model}`,
    maxSegments: 40,
    maxChars: 8_000,
    async translate(texts, locale) {
      const segments = texts.map((text, i) => ({id: `s${i + 1}`, text}));
      let content: string;
      try {
        const completion = await client.chat.completions.create({
          model: options.model,
          temperature: 0,
          response_format: {type: 'json_object'},
          messages: [
            {role: 'system', content: systemPrompt(locale)},
            {role: 'user', content: JSON.stringify({segments})},
          ],
        });
        const choice = completion.choices[0];
        content = choice?.finish_reason === 'length' ? '' : (choice?.message.content ?? '');
      } catch (error) {
        const code = neverConnected(error);
        if (code) throw unreachableError('OpenAI', options.baseURL ?? 'https://api.openai.com/v1', 'OPENAI_BASE_URL', code, !options.baseURL);
        throw classify(error);
      }
      const byId = parseAnswer(content);
      return segments.map((s) => byId.get(s.id) ?? '');
    },
  };
}

/** The `{segments: [{id, text}]}` answer, after a reasoning block some gateways put first. */
function parseAnswer(content: string): Map<string, string> {
  const json = content.replace(/^\s*<think>[\s\S]*?<\/think>/, '').replace(/^\s*```(?:json)?\s*|\s*```\s*$/g, '');
  try {
    const data = JSON.parse(json) as {segments?: Array<{id?: unknown; text?: unknown}>};
    return new Map(
      (data.segments ?? []).flatMap((s) => (typeof s.id === 'string' && typeof s.text === 'string' ? [[s.id, s.text] as const] : [])),
    );
  } catch {
    return new Map();
  }
}

function classify(error: unknown): ProviderError {
  if (error instanceof OpenAI.APIConnectionError) return new ProviderError(`OpenAI: ${error.message}`, 'retry');
  if (error instanceof OpenAI.APIError && error.status !== undefined) {
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
