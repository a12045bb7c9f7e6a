import {afterEach, describe, expect, it} from 'vitest';

import {createProvider} from '../providers/createProvider';
import {fakeOpenAI} from '../testing/fakeProviders';
import {reversibleTranslate} from '../testing/reversibleTranslate';
import type {Fault, Loopback} from '../testing/startLoopback';
import {type SegmentJob, translateSegments} from '../providers/translateSegments';

let server: Loopback | undefined;
afterEach(async () => server?.close());

const jobs = [
  {key: 'a', text: 'Voir la <g1>politique</g1>.'},
  {key: 'b', text: 'Conservées 25 mois.'},
];

async function run(faults: Fault[], batch: readonly SegmentJob[] = jobs) {
  server = await fakeOpenAI('k');
  server.faults.push(...faults);
  const provider = createProvider('openai', {OPENAI_API_KEY: 'k', OPENAI_BASE_URL: `${server.url}/v1`, OPENAI_MODEL: 'm'});
  const stats = {requests: 0, segments: 0, characters: 0};
  const results = await translateSegments(batch, 'en', provider, {concurrency: 2, stats, retry: {attempts: 3, baseDelayMs: 1, maxDelayMs: 1}});
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

describe('translateSegments: damage only the prose checks see', () => {
  // A paragraph and a list item shaped like the privacy page's, without tags or numbers.
  const prose = [
    {key: 'p', kind: 'paragraph' as const, text: "Acme Example définit, applique, exploite, surveille, revoit, maintient et améliore le processus et les mesures relatifs au traitement des données et à la sécurité de l'information, selon une approche par les risques."},
    {key: 'i', kind: 'paragraph' as const, text: "aucun cookie n'est déposé et rien n'est enregistré dans votre navigateur pour la mesure ;"},
  ];
  const start = (faults: Fault[]) => run(faults, prose);
  const good = (text: string) => ({ok: true, text: reversibleTranslate(text, 'en')});

  it.each([
    ['halfCut', 'text-truncated'],
    ['addSentence', 'sentence-count-changed'],
    ['repeat', 'text-repeated'],
    ['preamble', 'model-chatter'],
    ['thinking', 'model-chatter'],
    ['blockquote', 'block-construct-changed'],
    ['thematicBreak', 'block-construct-changed'],
  ] as const)('refuses an answer spoilt by %s (%s), and sends that segment once more, alone', async (content, code) => {
    const once = await start([{content}]);
    expect(once.results).toEqual({p: good(prose[0]!.text), i: good(prose[1]!.text)});
    expect(once.stats.requests).toBe(2);
    await server?.close();
    const twice = await start([{content}, {content}]);
    expect(twice.results.p).toMatchObject({ok: false, problems: [{code}]});
    expect(twice.results.i).toEqual(good(prose[1]!.text));
  });

  it('two ids swapped (each segment gets the other one text): both refused by their text, each sent again alone', async () => {
    const {results, stats} = await start([{ids: 'swap'}]);
    expect(results).toEqual({p: good(prose[0]!.text), i: good(prose[1]!.text)});
    expect(stats.requests).toBe(3);
  });

  it.each(['drop', 'duplicate'] as const)('ids not those sent (%s): the answer is refused whole, each segment sent again alone', async (ids) => {
    const {results, stats} = await start([{ids}]);
    expect(results).toEqual({p: good(prose[0]!.text), i: good(prose[1]!.text)});
    expect(stats.requests).toBe(3);
  });

  it('an id missing again when sent alone: that segment fails, naming the id', async () => {
    const {results} = await start([{ids: 'drop'}, {ids: 'drop'}]);
    expect(results.p).toEqual({ok: false, problems: [], error: 'OpenAI: answer refused, its segment ids are not the ids sent (s1): s1 missing'});
    expect(results.i).toEqual(good(prose[1]!.text));
  });
});
