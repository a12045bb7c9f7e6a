import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';

import {runTranslate, type TranslateOptions} from '../planning/runTranslate';
import {loopbackOptions, startLoopbackSite} from '../testing/loopbackRun';
import {readTree, SAMPLE_SITE} from '../testing/makeRepo';
import type {Loopback} from '../testing/startLoopback';
import {parseMemory, serializeMemory} from '../memory/translationMemory';

const KEY = 'deepl-learn-key';
const LOCALES = ['en', 'de'];
let server: Loopback;
let root: string;

beforeEach(async () => ({server, root} = await startLoopbackSite(KEY, SAMPLE_SITE)));
afterEach(async () => server.close());

const run = (overrides: Partial<TranslateOptions> = {}) => runTranslate(loopbackOptions(root, server, KEY, {locales: LOCALES, ...overrides}));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('--learn-memory', () => {
  it('rebuilds the memory a run saved, byte for byte, from the translations alone: no provider, no request, no page written', async () => {
    await run();
    const saved = {en: read('i18n/.tm/en.json'), de: read('i18n/.tm/de.json')};
    rmSync(join(root, 'i18n/.tm'), {recursive: true});
    const before = readTree(root);
    const requests = server.requests.length;

    const report = await run({learnOnly: true, provider: undefined});

    expect(server.requests.length).toBe(requests);
    expect(read('i18n/.tm/en.json')).toBe(saved.en);
    expect(read('i18n/.tm/de.json')).toBe(saved.de);
    const after = readTree(root);
    expect(Object.keys(after).filter((path) => after[path] !== before[path])).toEqual(['i18n/.tm/de.json', 'i18n/.tm/en.json']);
    expect(report.memory).toEqual({
      en: {file: 'i18n/.tm/en.json', segments: 10, learned: 10},
      de: {file: 'i18n/.tm/de.json', segments: 10, learned: 10},
    });
    // Learning again changes nothing.
    expect((await run({learnOnly: true, provider: undefined})).memory?.en?.learned).toBe(0);
    expect(read('i18n/.tm/en.json')).toBe(saved.en);
  });

  it('adopts committed UI messages written as in French (the i18n-ui allowlist vouches for them), which a run would send', async () => {
    await run();
    const french = {...JSON.parse(read('i18n/fr/code.json')), versions: {message: 'Versions'}};
    writeFileSync(join(root, 'i18n/fr/code.json'), JSON.stringify(french));
    writeFileSync(join(root, 'i18n/en/code.json'), JSON.stringify({...JSON.parse(read('i18n/en/code.json')), versions: {message: 'Versions'}}));
    expect((await run({dryRun: true, locales: ['en']})).wouldSend).toEqual({en: ['Versions']});

    const learnt = await run({learnOnly: true, provider: undefined, locales: ['en']});
    expect(learnt.wouldSend).toEqual({en: []});
    expect((await run({dryRun: true, locales: ['en']})).sent.en).toEqual({requests: 0, segments: 0, characters: 0});
  });

  it('reads a memory written with the older "fr" field, and writes it back as "source"', () => {
    const old = '{"segments": {"abc": {"fr": "Bonjour", "text": "Hello"}}, "ui": {}}';
    const memory = parseMemory(old, 'i18n/.tm/en.json');
    expect(memory.segments.abc).toEqual({source: 'Bonjour', text: 'Hello'});
    expect(JSON.parse(serializeMemory(memory))).toEqual({segments: {abc: {source: 'Bonjour', text: 'Hello'}}, ui: {}});
  });

  it('a damaged memory file is named, with what to do', () => {
    expect(() => parseMemory('{"segments": {"abc": {"fr": "x"}}, "ui": {}}', 'i18n/.tm/en.json')).toThrowErrorMatchingInlineSnapshot(
      `[Error: i18n/.tm/en.json: segments["abc"] must be {"source": "...", "text": "..."}; fix it, or delete that entry to have its segment translated again]`,
    );
    expect(() => parseMemory('{"segments": [', 'i18n/.tm/de.json')).toThrow(
      /^i18n\/\.tm\/de\.json: not valid JSON \(.*\); restore it from git, or delete it and run npm run translate -- --learn-memory$/,
    );
  });
});
