import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';

import {collectSuggestionMessages, SUGGESTION_IDS} from '../../../src/plugins/language-suggestion/suggestionMessages';
import {runTranslate} from '../planning/runTranslate';
import {loopbackOptions, startLoopbackSite} from '../testing/loopbackRun';
import {SAMPLE_SITE} from '../testing/makeRepo';
import type {Loopback} from '../testing/startLoopback';

const KEY = 'deepl-secret-key-42';
let server: Loopback;
let root: string;

// The search box's and the language suggestion's words, as the source
// code.json holds them: a plural message and the {language} placeholder.
const FRENCH = {
  'search.label': 'Chercher ici',
  'search.results': '1 réponse|{count} réponses',
  [SUGGESTION_IDS.text]: 'Page lisible en {language}.',
  [SUGGESTION_IDS.link]: 'Lire en {language}',
  [SUGGESTION_IDS.dismiss]: 'Fermer',
};

beforeEach(async () => {
  ({server, root} = await startLoopbackSite(KEY, SAMPLE_SITE));
  const file = Object.fromEntries(Object.entries(FRENCH).map(([id, message]) => [id, {message, description: `About ${id}`}]));
  writeFileSync(join(root, 'i18n/fr/code.json'), JSON.stringify(file, null, 2));
});
afterEach(async () => server.close());

const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;

describe('search and language-suggestion words for a locale with no code.json yet', () => {
  it('are translated, placeholders and plural separator kept, remembered, and give the suggestion its words', async () => {
    const report = await runTranslate(loopbackOptions(root, server, KEY, {locales: ['en']}));
    expect(report.ui).toEqual([{locale: 'en', file: 'i18n/en/code.json', translated: 5, failed: 0}]);
    const english = read('i18n/en/code.json') as Record<string, {message: string; description: string}>;
    expect(Object.fromEntries(Object.entries(english).map(([id, m]) => [id, m.message]))).toMatchInlineSnapshot(`
      {
        "languageSuggestion.dismiss": "[en]Fermer",
        "languageSuggestion.link": "[en]Lire en {language}",
        "languageSuggestion.text": "[en]Page lisible en {language}.",
        "search.label": "[en]Chercher ici",
        "search.results": "[en]1 réponse|{count} [en]réponses",
      }
    `);
    expect(english['search.results']?.description).toBe('About search.results');
    // Kept in the memory like every UI message: the French each was translated from.
    const memory = read('i18n/.tm/en.json') as {ui: Record<string, string>};
    expect(Object.keys(memory.ui).sort()).toEqual(Object.keys(FRENCH).map((id) => `code.json#${id}`).sort());
    // The build can then give the suggestion its English words.
    const collected = collectSuggestionMessages([{locale: 'en', file: 'i18n/en/code.json', data: english}], 'i18n/fr/code.json');
    expect(collected).toEqual({messages: {en: {text: '[en]Page lisible en English.', link: '[en]Lire en English', dismiss: '[en]Fermer'}}, problems: []});

    // A second run has nothing to send.
    const texts = server.stats.texts;
    await runTranslate(loopbackOptions(root, server, KEY, {locales: ['en']}));
    expect(server.stats.texts).toBe(texts);
  });
});
