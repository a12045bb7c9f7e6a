import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';

import {SOURCE_LOCALE, TARGET_LOCALES} from '../../../config/locales';
import {readSuggestionMessages} from '../readSuggestionMessages-fs';
import {collectSuggestionMessages, languageName, SUGGESTION_IDS} from '../suggestionMessages';

/** A code.json with the three suggestion messages, `overrides` over them (`undefined` drops one). */
function codeJson(overrides: Record<string, string | undefined> = {}): Record<string, {message: string}> {
  const base: Record<string, string | undefined> = {
    [SUGGESTION_IDS.text]: 'This page is also in {language}.',
    [SUGGESTION_IDS.link]: 'Read it in {language}',
    [SUGGESTION_IDS.dismiss]: 'Dismiss',
    'other.id': 'Other',
    ...overrides,
  };
  return Object.fromEntries(Object.entries(base).flatMap(([id, message]) => (message === undefined ? [] : [[id, {message}]])));
}

describe('collectSuggestionMessages', () => {
  it('gives each locale its words, {language} named in that language', () => {
    const {messages, problems} = collectSuggestionMessages(
      [
        {locale: 'en', file: 'i18n/en/code.json', data: codeJson()},
        {locale: 'de', file: 'i18n/de/code.json', data: codeJson({[SUGGESTION_IDS.text]: 'Diese Seite gibt es auch auf {language}.', [SUGGESTION_IDS.link]: 'Lesen'})},
      ],
      'i18n/fr/code.json',
    );
    expect(problems).toEqual([]);
    expect(messages).toEqual({
      en: {text: 'This page is also in English.', link: 'Read it in English', dismiss: 'Dismiss'},
      de: {text: 'Diese Seite gibt es auch auf Deutsch.', link: 'Lesen', dismiss: 'Dismiss'},
    });
  });

  it('names the file, the id and the fix for a missing file, a missing or empty message, another placeholder, not an object', () => {
    const {messages, problems} = collectSuggestionMessages(
      [
        {locale: 'pt', file: 'i18n/pt/code.json', data: undefined},
        {locale: 'es', file: 'i18n/es/code.json', data: codeJson({[SUGGESTION_IDS.link]: undefined, [SUGGESTION_IDS.dismiss]: ' '})},
        {locale: 'it', file: 'i18n/it/code.json', data: codeJson({[SUGGESTION_IDS.text]: 'Anche in {lingua}.'})},
        {locale: 'de', file: 'i18n/de/code.json', data: ['not', 'messages']},
        {locale: 'en', file: 'i18n/en/code.json', data: codeJson()},
      ],
      'i18n/fr/code.json',
    );
    expect(Object.keys(messages)).toEqual(['en']);
    expect(problems).toMatchInlineSnapshot(`
      [
        "i18n/pt/code.json does not exist, so locale "pt" has no language-suggestion words (languageSuggestion.text, languageSuggestion.link, languageSuggestion.dismiss): run "npm run translate -- --locale pt" (it translates them from i18n/fr/code.json), or write them there by hand",
        "i18n/es/code.json: no "languageSuggestion.link" message, which the language suggestion shows to readers of "es": run "npm run translate -- --locale es" (it translates them from i18n/fr/code.json), or write them there by hand",
        "i18n/es/code.json: no "languageSuggestion.dismiss" message, which the language suggestion shows to readers of "es": run "npm run translate -- --locale es" (it translates them from i18n/fr/code.json), or write them there by hand",
        "i18n/it/code.json: "languageSuggestion.text" reads "Anche in {lingua}."; its only placeholder is {language} (the language's name), not {lingua}: write {language}, or the name itself",
        "i18n/de/code.json: expected an object of messages ({"id": {"message": "..."}}); fix it, or restore it from git",
      ]
    `);
  });

  it('names a language as written mid-sentence, a region included', () => {
    expect(['fr', 'es', 'pt-BR'].map(languageName)).toEqual(['français', 'español', 'português (Brasil)']);
  });
});

describe('readSuggestionMessages', () => {
  let dir = '';
  afterEach(() => fs.rmSync(dir, {recursive: true, force: true}));

  it('reads each target’s code.json; a missing or broken file is a problem, not a throw', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'suggestion-'));
    const write = (locale: string, text: string) => {
      fs.mkdirSync(path.join(dir, 'i18n', locale), {recursive: true});
      fs.writeFileSync(path.join(dir, 'i18n', locale, 'code.json'), text);
    };
    write('en', JSON.stringify(codeJson()));
    write('de', '{"languageSuggestion.text": {');
    const {messages, problems} = readSuggestionMessages(dir, 'fr', ['en', 'de', 'pt']);
    expect(messages).toEqual({en: {text: 'This page is also in English.', link: 'Read it in English', dismiss: 'Dismiss'}});
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^i18n\/de\/code\.json: not valid JSON \(.+\); fix it \(npm run i18n:check shows where\), or restore it from git$/);
    expect(problems[1]).toMatch(/^i18n\/pt\/code\.json does not exist, .*run "npm run translate -- --locale pt"/);
  });

  it('finds every target locale’s words in this site', () => {
    const root = path.resolve(import.meta.dirname, '../../../..');
    const {messages, problems} = readSuggestionMessages(root, SOURCE_LOCALE, TARGET_LOCALES);
    expect(problems).toEqual([]);
    expect(Object.keys(messages)).toEqual([...TARGET_LOCALES]);
  });
});
