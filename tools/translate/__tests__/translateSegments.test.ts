import {afterEach, describe, expect, it} from 'vitest';

import {createProvider} from '../providers/createProvider';
import {fakeOpenAI} from '../testing/fakeProviders';
import type {Fault, Loopback} from '../testing/startLoopback';
import {translateSegments} from '../translateSegments';

let server: Loopback | undefined;
afterEach(async () => server?.close());

const jobs = [
  {key: 'a', text: 'Voir la <g1>politique</g1>.'},
  {key: 'b', text: 'Conservées 25 mois.'},
];

async function run(faults: Fault[]) {
  server = await fakeOpenAI('k');
  server.faults.push(...faults);
  const provider = createProvider('openai', {OPENAI_API_KEY: 'k', OPENAI_BASE_URL: `${server.url}/v1`, OPENAI_MODEL: 'm'});
  const stats = {requests: 0, segments: 0, characters: 0};
  const results = await translateSegments(jobs, 'en', provider, {concurrency: 2, stats, retry: {attempts: 3, baseDelayMs: 1, maxDelayMs: 1}});
  return {results: Object.fromEntries(results), stats};
}

describe('translateSegments', () => {
  it.each(['dropTag', 'think', 'truncate'] as const)('sends a segment broken by %s once more, alone', async (content) => {
    const {results, stats} = await run([{content}]);
    expect(results.a).toEqual({ok: true, text: '[en]Voir la <g1>[en]politique</g1>.'});
    expect(results.b).toEqual({ok: true, text: '[en]Conservées 25 mois.'});
    // truncate cuts the whole answer: both segments are sent again.
    expect(stats.requests).toBe(content === 'truncate' ? 3 : 2);
  });

  it('gives a segment up when its second answer is broken too', async () => {
    const {results} = await run([{content: 'dropTag'}, {content: 'dropTag'}]);
    expect(results.a).toMatchObject({ok: false, problems: [{code: 'tags'}]});
    expect(results.b).toMatchObject({ok: true});
  });

  it('marks a batch failed after a server error that outlasts the retries', async () => {
    const {results, stats} = await run([{status: 500}, {status: 500}, {status: 500}]);
    expect(results.a).toMatchObject({ok: false, error: expect.stringMatching(/HTTP 500/)});
    expect(stats.requests).toBe(3);
  });

  it('throws a quota error: the run stops', async () => {
    await expect(run([{status: 429, code: 'insufficient_quota'}])).rejects.toMatchObject({kind: 'quota'});
  });
});
