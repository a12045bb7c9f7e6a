import {afterEach, describe, expect, it} from 'vitest';

import {ConfigError, createProvider} from '../providers/createProvider';
import {type Provider, ProviderError} from '../providers/provider';
import {fakeDeepl, fakeLibreTranslate, fakeOpenAI} from '../testing/fakeProviders';
import type {Loopback} from '../testing/startLoopback';
import {withRetry} from '../providers/withRetry';

const KEY = 'secret-key-0123';
const TEXTS = ['Le <g1>RGPD</g1> s’applique depuis 2018.', 'Lancez <x1/> puis &lt;entrée&gt;.'];

type Setup = {name: string; start: () => Promise<Loopback>; env: (url: string, key?: string) => Record<string, string>};
const setups: Setup[] = [
  {name: 'deepl', start: () => fakeDeepl(KEY), env: (url, key = KEY) => ({DEEPL_AUTH_KEY: key, DEEPL_SERVER_URL: url})},
  {name: 'openai', start: () => fakeOpenAI(KEY), env: (url, key = KEY) => ({OPENAI_API_KEY: key, OPENAI_BASE_URL: `${url}/v1`, OPENAI_MODEL: 'loopback-1'})},
  {name: 'libretranslate', start: () => fakeLibreTranslate(KEY), env: (url, key = KEY) => ({LIBRETRANSLATE_URL: url, LIBRETRANSLATE_API_KEY: key})},
];

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(s: Setup, extra: Record<string, string> = {}, key?: string, sourceLocale?: string): Promise<Provider> {
  server = await s.start();
  return createProvider(s.name, {...s.env(server.url, key), TRANSLATE_TIMEOUT_MS: '2000', ...extra}, sourceLocale);
}

/** The source language a request names, in each provider's protocol. */
const sentSource: Record<string, (body: string) => string | undefined> = {
  deepl: (body) => new URLSearchParams(body).get('source_lang') ?? undefined,
  openai: (body) => /You translate (\w+) /.exec((JSON.parse(body) as {messages: Array<{content: string}>}).messages[0]?.content ?? '')?.[1],
  libretranslate: (body) => (JSON.parse(body) as {source: string}).source,
};

const fastRetry = (delays: number[]) => ({attempts: 4, baseDelayMs: 10, maxDelayMs: 5_000, sleep: async (ms: number) => void delays.push(ms)});

describe.each(setups)('$name over its real protocol', {timeout: 20_000}, (s) => {
  it('translates a batch, keeping tags and escapes', async () => {
    const provider = await setup(s);
    expect(await provider.translate(TEXTS, 'de')).toEqual(['[de]Le <g1>[de]RGPD</g1> [de]s’applique depuis 2018.', '[de]Lancez <x1/> [de]puis &lt;entrée&gt;.']);
    expect(server?.requests).toHaveLength(1);
  });

  it('sends the configured source language, not French', async () => {
    const provider = await setup(s, {}, undefined, 'en');
    await provider.translate(['The <g1>GDPR</g1> applies.'], 'fr');
    expect(sentSource[s.name]?.(server?.requests[0]?.body ?? '')).toBe({deepl: 'en', openai: 'English', libretranslate: 'en'}[s.name]);
  });

  it('retries a 429, waiting what Retry-After says, then a 500', async () => {
    const provider = await setup(s);
    server?.faults.push({status: 429, retryAfter: '2'}, {status: 500});
    const delays: number[] = [];
    expect(await withRetry(() => provider.translate(TEXTS, 'en'), fastRetry(delays))).toHaveLength(2);
    expect(server?.requests).toHaveLength(3);
    // 2 s as asked, not the 10 ms back-off; then the back-off (20 ms) for the 500 that asked nothing.
    expect(delays).toEqual([2000, 20]);
  });

  it('retries a request that times out', async () => {
    const provider = await setup(s);
    server?.faults.push({hangMs: 5_000});
    const delays: number[] = [];
    expect(await withRetry(() => provider.translate(TEXTS, 'en'), fastRetry(delays))).toHaveLength(2);
    expect(delays).toHaveLength(1);
  });

  it('stops on a refused key without retrying', async () => {
    const provider = await setup(s, {}, 'wrong-key');
    const error = await withRetry(() => provider.translate(TEXTS, 'en'), fastRetry([])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({kind: 'auth'});
    expect(String((error as Error).message)).not.toContain('wrong-key');
  });
});

describe('quota errors stop the run', () => {
  it('DeepL 456', async () => {
    const provider = await setup(setups[0] as Setup);
    server?.faults.push({status: 456});
    await expect(withRetry(() => provider.translate(TEXTS, 'en'), fastRetry([]))).rejects.toMatchObject({kind: 'quota', status: 456});
    expect(server?.requests).toHaveLength(1);
  });
  it('OpenAI 429 insufficient_quota', async () => {
    const provider = await setup(setups[1] as Setup);
    server?.faults.push({status: 429, code: 'insufficient_quota'});
    await expect(withRetry(() => provider.translate(TEXTS, 'en'), fastRetry([]))).rejects.toMatchObject({kind: 'quota'});
  });
  it('OpenAI cut answer (finish_reason length) leaves the segments empty', async () => {
    const provider = await setup(setups[1] as Setup);
    server?.faults.push({content: 'truncate'});
    expect(await provider.translate(TEXTS, 'en')).toEqual(['', '']);
  });
});

describe('OpenAI over plain fetch', () => {
  it('posts one chat completion with the key, the model and JSON mode', async () => {
    const provider = await setup(setups[1] as Setup);
    await provider.translate(TEXTS, 'de');
    const request = server?.requests[0];
    expect(request).toMatchObject({method: 'POST', path: '/v1/chat/completions'});
    expect(request?.headers).toMatchObject({authorization: `Bearer ${KEY}`, 'content-type': 'application/json'});
    expect(JSON.parse(request?.body ?? '{}')).toMatchObject({model: 'loopback-1', temperature: 0, response_format: {type: 'json_object'}});
  });

  it('waits what retry-after-ms says, OpenAI\'s own header', async () => {
    const provider = await setup(setups[1] as Setup);
    server?.faults.push({raw: {status: 429, headers: {'retry-after-ms': '1500'}, body: '{"error":{"message":"Rate limit reached","code":"rate_limit_exceeded"}}'}});
    const error = await provider.translate(TEXTS, 'en').catch((e: unknown) => e);
    expect(error).toMatchObject({kind: 'retry', status: 429, retryAfterMs: 1500, message: 'OpenAI: HTTP 429 Rate limit reached'});
  });

  it('says what a gateway sent when it is not a chat completion, and does not retry it', async () => {
    const provider = await setup(setups[1] as Setup);
    server?.faults.push({raw: {status: 200, headers: {'Content-Type': 'text/html'}, body: '<html><body>Sign in to the proxy</body></html>'}});
    const error = await provider.translate(TEXTS, 'en').catch((e: unknown) => e);
    expect(error).toMatchObject({kind: 'fatal', message: `OpenAI: the answer of ${server?.url}/v1/chat/completions is not a chat completion: <html><body>Sign in to the proxy</body></html>`});
  });

  it('names the time limit when the answer does not come', async () => {
    const provider = await setup(setups[1] as Setup, {TRANSLATE_TIMEOUT_MS: '300'});
    server?.faults.push({hangMs: 2_000});
    const error = await provider.translate(TEXTS, 'en').catch((e: unknown) => e);
    expect(error).toMatchObject({kind: 'retry', message: 'OpenAI: no complete answer within 300 ms (TRANSLATE_TIMEOUT_MS)'});
  });

  it('says which address it cannot reach, and which variable sets it', async () => {
    // A port that was just listening and no longer is.
    const closed = await fakeOpenAI(KEY);
    await closed.close();
    const provider = createProvider('openai', {OPENAI_API_KEY: KEY, OPENAI_MODEL: 'm', OPENAI_BASE_URL: `${closed.url}/v1`});
    const error = await provider.translate(TEXTS, 'en').catch((e: unknown) => e);
    expect(error).toMatchObject({kind: 'unreachable', message: `OpenAI: cannot reach ${closed.url}/v1 (ECONNREFUSED); check OPENAI_BASE_URL`});
  });
});

describe('OpenAI answers whose segment ids are not the ids sent', () => {
  it.each([
    ['drop', 'OpenAI: answer refused, its segment ids are not the ids sent (s1–s2): s2 missing'],
    ['duplicate', 'OpenAI: answer refused, its segment ids are not the ids sent (s1–s2): s1 2 times'],
  ] as const)('%s: refused whole, naming what is wrong, without retrying', async (ids, message) => {
    const provider = await setup(setups[1] as Setup);
    server?.faults.push({ids});
    const error = await withRetry(() => provider.translate(TEXTS, 'en'), fastRetry([])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({kind: 'answer', message});
    expect(server?.requests).toHaveLength(1);
  });
  it('two ids swapped keep the set of ids: the provider cannot tell, the segment gate does (translateSegments.test.ts)', async () => {
    const provider = await setup(setups[1] as Setup);
    server?.faults.push({ids: 'swap'});
    expect(await provider.translate(TEXTS, 'en')).toEqual(['[en]Lancez <x1/> [en]puis &lt;entrée&gt;.', '[en]Le <g1>[en]RGPD</g1> [en]s’applique depuis 2018.']);
  });
});

describe('createProvider', () => {
  it('lists the providers and their variables when none is chosen', () => {
    expect(() => createProvider(undefined, {})).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: No provider: pass --provider or set TRANSLATE_PROVIDER to one of:
        deepl: DEEPL_AUTH_KEY (required), DEEPL_SERVER_URL (optional)
        openai: OPENAI_API_KEY, OPENAI_MODEL (required), OPENAI_BASE_URL (optional, for self-hosted gateways)
        libretranslate: LIBRETRANSLATE_URL (required), LIBRETRANSLATE_API_KEY (optional)]
    `);
  });
  it('names the missing variable, quotes bad values, never a key', () => {
    expect(() => createProvider('openai', {OPENAI_API_KEY: 'sk-x'})).toThrow(/OPENAI_MODEL is not set/);
    expect(() => createProvider('deepl', {DEEPL_AUTH_KEY: 'k', DEEPL_SERVER_URL: 'localhost:1'})).toThrow(
      'DEEPL_SERVER_URL="localhost:1" is not an http(s) URL; write it like https://api.example.com',
    );
    expect(() => createProvider('google', {})).toThrow(/Unknown provider "google" \(from --provider\)/);
    expect(() => createProvider('deepl', {DEEPL_AUTH_KEY: 'k', TRANSLATE_TIMEOUT_MS: 'soon'})).toThrow(ConfigError);
  });
});
