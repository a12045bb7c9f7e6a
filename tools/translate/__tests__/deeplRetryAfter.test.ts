import {hasSubscribers} from 'node:diagnostics_channel';
import {request as httpRequest} from 'node:http';
import {afterEach, describe, expect, it, vi} from 'vitest';

import {deeplProvider} from '../providers/deeplProvider';
import {requestsTo} from '../providers/observeResponses';
import {fakeDeepl} from '../testing/fakeProviders';
import {type Loopback, startLoopback} from '../testing/startLoopback';

const KEY = 'deepl-key-retry';
let server: Loopback | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
  server = undefined;
});

describe('DeepL Retry-After', () => {
  it('a 503 carries the wait its HTTP-date Retry-After asks', async () => {
    vi.useFakeTimers({toFake: ['Date']});
    vi.setSystemTime(new Date('2026-11-29T10:00:00Z'));
    server = await fakeDeepl(KEY);
    server.faults.push({status: 503, retryAfter: 'Sun, 29 Nov 2026 10:00:07 GMT'}, {status: 429, retryAfter: '3'});
    const provider = deeplProvider({authKey: KEY, serverUrl: server.url, timeoutMs: 2_000, sourceLocale: 'fr'});
    await expect(provider.translate(['Bonjour.'], 'en')).rejects.toMatchObject({kind: 'retry', status: 503, retryAfterMs: 7_000});
    await expect(provider.translate(['Bonjour.'], 'en')).rejects.toMatchObject({kind: 'retry', status: 429, retryAfterMs: 3_000});
  });

  it('gives each of concurrent calls the Retry-After of its own response, not another call’s', async () => {
    // Each request is refused with a Retry-After that names it: "Texte 7" waits 7 s.
    server = await startLoopback((request) => {
      const n = /Texte\+(\d+)/.exec(request.body)?.[1] ?? '99';
      return {status: 429, headers: {'Retry-After': n}, body: '{"message":"Too many requests"}'};
    });
    const url = server.url;
    const provider = deeplProvider({authKey: KEY, serverUrl: url, timeoutMs: 2_000, sourceLocale: 'fr'});
    // Traffic outside any call, to the same endpoint, must not be taken for a call's.
    const stray = () =>
      new Promise<void>((resolve) => httpRequest(`${url}/v2/translate`, {method: 'POST'}, (res) => res.resume().on('end', resolve)).end('text=Texte+99'));
    const outcomes = await Promise.all([
      ...Array.from({length: 12}, (_, i) => provider.translate([`Texte ${i + 1}`], 'de').catch((error: unknown) => error)),
      stray(),
      stray(),
    ]);
    expect(outcomes.slice(0, 12).map((e) => (e as {retryAfterMs?: number}).retryAfterMs)).toEqual(Array.from({length: 12}, (_, i) => (i + 1) * 1000));
    expect(server.requests).toHaveLength(14);
    // Nothing stays subscribed once no call runs.
    expect(hasSubscribers('http.client.response.finish')).toBe(false);
  });

  it('matches requests to the DeepL endpoint only, directly or through a proxy', () => {
    const matches = requestsTo('https://api-free.deepl.com/v2/translate');
    const request = (protocol: string, host: string, path: string) => ({protocol, host, path}) as Parameters<typeof matches>[0];
    expect(matches(request('https:', 'api-free.deepl.com', '/v2/translate'))).toBe(true);
    expect(matches(request('http:', 'proxy.local', 'https://api-free.deepl.com/v2/translate'))).toBe(true);
    expect(matches(request('https:', 'api-free.deepl.com', '/v2/usage'))).toBe(false);
    expect(matches(request('https:', 'example.org', '/v2/translate'))).toBe(false);
  });
});
