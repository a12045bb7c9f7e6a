import {errorResponse, type Fault, type Loopback, spoil, startLoopback} from './startLoopback';
import {reversibleTranslate} from './reversibleTranslate';

function count(loopback: Loopback, texts: readonly string[]) {
  loopback.stats.texts += texts.length;
  loopback.stats.characters += texts.reduce((n, t) => n + t.length, 0);
}

/**
 * DeepL's `POST /v2/translate` as deepl-node calls it: form-encoded
 * `text` (repeated), `source_lang`, `target_lang`, `tag_handling`;
 * `Authorization: DeepL-Auth-Key <key>`; 403 on a bad key, 456 quota,
 * `{"translations": [{"detected_source_language", "text"}]}`.
 */
export function fakeDeepl(authKey: string, options: {latencyMs?: number} = {}): Promise<Loopback> {
  return startLoopback((request, fault, loopback) => {
    if (request.method !== 'POST' || !request.path.startsWith('/v2/translate')) return {status: 404, body: '{"message":"Not found"}'};
    if (request.headers.authorization !== `DeepL-Auth-Key ${authKey}`) return {status: 403, body: '{"message":"Forbidden"}'};
    const error = errorResponse(fault, (status, _code, message) => ({message: message ?? (status === 456 ? 'Quota exceeded' : 'Error')}));
    if (error) return error;
    const form = new URLSearchParams(request.body);
    const texts = form.getAll('text');
    const target = (form.get('target_lang') ?? '').slice(0, 2).toLowerCase();
    if (!target || form.get('tag_handling') !== 'xml') return {status: 400, body: '{"message":"Bad request: target_lang and tag_handling=xml expected"}'};
    count(loopback, texts);
    const translations = texts.map((text, i) => ({
      detected_source_language: (form.get('source_lang') ?? 'FR').toUpperCase(),
      text: i === 0 ? spoil(reversibleTranslate(text, target), fault) : reversibleTranslate(text, target),
      billed_characters: text.length,
    }));
    return {status: 200, body: JSON.stringify({translations})};
  }, options);
}

/**
 * An OpenAI-compatible `POST /v1/chat/completions`: `Authorization: Bearer`,
 * the user message holds `{"segments": [{id, text}]}`, the answer is a
 * chat completion whose content is the same JSON translated. Errors use
 * OpenAI's `{"error": {message, type, code}}`; `truncate` answers with
 * `finish_reason: "length"`; an `ids` fault answers with the ids swapped,
 * one dropped or one repeated (see {@link Fault}).
 */
export function fakeOpenAI(apiKey: string, options: {latencyMs?: number} = {}): Promise<Loopback> {
  return startLoopback((request, fault, loopback) => {
    if (request.method !== 'POST' || request.path !== '/v1/chat/completions') return {status: 404, body: '{"error":{"message":"Not found"}}'};
    if (request.headers.authorization !== `Bearer ${apiKey}`) {
      return {status: 401, body: JSON.stringify({error: {message: 'Incorrect API key provided', type: 'invalid_request_error', code: 'invalid_api_key'}})};
    }
    const error = errorResponse(fault, (status, code, message) => ({error: {message: message ?? `error ${status}`, type: 'server_error', code: code ?? null}}));
    if (error) return error;
    const body = JSON.parse(request.body) as {model: string; messages: Array<{role: string; content: string}>; system?: string};
    const system = body.messages.find((m) => m.role === 'system')?.content ?? '';
    const locale = {English: 'en', Spanish: 'es', Italian: 'it', German: 'de', French: 'fr'}[/into (\w+)/.exec(system)?.[1] ?? ''] ?? 'xx';
    const {segments} = JSON.parse(body.messages.find((m) => m.role === 'user')?.content ?? '{}') as {segments: Array<{id: string; text: string}>};
    count(loopback, segments.map((s) => s.text));
    const out = segments.map((s, i) => ({id: s.id, text: i === 0 ? spoil(reversibleTranslate(s.text, locale), fault) : reversibleTranslate(s.text, locale)}));
    if (fault && 'ids' in fault) misnumber(out, fault.ids);
    const truncated = fault && 'content' in fault && fault.content === 'truncate';
    const content = JSON.stringify({segments: out});
    return {
      status: 200,
      body: JSON.stringify({
        id: 'chatcmpl-loopback',
        object: 'chat.completion',
        created: 1_764_000_000,
        model: body.model,
        choices: [{index: 0, message: {role: 'assistant', content: truncated ? content.slice(0, content.length / 2) : content}, finish_reason: truncated ? 'length' : 'stop'}],
        usage: {prompt_tokens: 1, completion_tokens: 1, total_tokens: 2},
      }),
    };
  }, options);
}

/** A model that lost track of its segments: two ids swapped (each gets the other's text), the last one left out, or the first one twice. */
function misnumber(out: Array<{id: string; text: string}>, how: 'swap' | 'drop' | 'duplicate'): void {
  const [a, b] = out;
  if (how === 'swap' && a && b) [a.text, b.text] = [b.text, a.text];
  if (how === 'drop') out.pop();
  if (how === 'duplicate' && a) out.push({...a});
}

/**
 * LibreTranslate's `POST /translate`: JSON `{q, source, target, format,
 * api_key}`, `q` a string or an array, 403 `{"error"}` on a bad key, and
 * `{"translatedText"}` with HTML serialisation (`<x1></x1>`).
 */
export function fakeLibreTranslate(apiKey: string | undefined, options: {latencyMs?: number} = {}): Promise<Loopback> {
  return startLoopback((request, fault: Fault | undefined, loopback) => {
    if (request.method !== 'POST' || request.path !== '/translate') return {status: 404, body: '{"error":"Not found"}'};
    const body = JSON.parse(request.body) as {q: string | string[]; source: string; target: string; format?: string; api_key?: string};
    if (apiKey !== undefined && body.api_key !== apiKey) return {status: 403, body: '{"error":"Invalid API key"}'};
    const error = errorResponse(fault, (status, _code, message) => ({error: message ?? (status === 429 ? 'Slowdown: too many requests' : 'Internal error')}));
    if (error) return error;
    if (body.format !== 'html') return {status: 400, body: '{"error":"format html expected by this fake"}'};
    const texts = Array.isArray(body.q) ? body.q : [body.q];
    count(loopback, texts);
    const out = texts.map((t, i) => (i === 0 ? spoil(reversibleTranslate(t, body.target), fault) : reversibleTranslate(t, body.target)).replace(/<(x\d+)\/>/g, '<$1></$1>'));
    return {status: 200, body: JSON.stringify({translatedText: Array.isArray(body.q) ? out : out[0]})};
  }, options);
}
