import {describe, expect, it} from 'vitest';

import {checkUiFiles} from '../checkSite';
import {checkUiStrings} from '../checkUiStrings';
import type {Problem} from '../problem';

const FR = JSON.stringify(
  {
    'notice.title': {message: 'Traduction automatique', description: 'Title'},
    'notice.body': {message: 'Traduit le {date} ; {link} fait foi.', description: 'Body'},
    'notice.count': {message: 'Une page|{count} pages', description: 'Plural'},
  },
  null,
  2,
);

/** A problem on one line, for snapshots. */
const line = (p: Problem): string => `${p.severity} ${p.code} ${p.file}:${p.line} ${JSON.stringify(p.params)}`;

function check(translated: string) {
  return checkUiStrings({source: FR, translated, file: 'i18n/de/code.json', locale: 'de'}).map(line);
}

describe('checkUiStrings', () => {
  it('accepts the same keys and placeholders, in another order and with plural forms', () => {
    const de = {
      'notice.count': {message: 'Eine Seite|{count} Seiten'},
      'notice.body': {message: '{link} ist maßgeblich; übersetzt am {date}.'},
      'notice.title': {message: 'Maschinelle Übersetzung'},
    };
    expect(check(JSON.stringify(de, null, 2))).toEqual([]);
  });

  it('compares distinct placeholders, whatever their order or repetition', () => {
    const source = JSON.stringify({pair: {message: '{b} et {a}, {b}'}});
    const translated = JSON.stringify({pair: {message: '{a} und {b}'}});
    expect(checkUiStrings({source, translated, file: 'i18n/de/code.json', locale: 'de'})).toEqual([]);
  });

  it('reports a key the French has and the translation lost, and a renamed placeholder', () => {
    const de = JSON.parse(FR) as Record<string, {message: string}>;
    delete de['notice.title'];
    if (de['notice.body']) de['notice.body'].message = 'Übersetzt am {datum}; {link} ist maßgeblich.';
    expect(check(JSON.stringify(de, null, 2))).toMatchInlineSnapshot(`
      [
        "error ui-key-missing i18n/de/code.json:1 {"key":"notice.title","sourceFile":"i18n/fr/code.json"}",
        "error ui-placeholder-changed i18n/de/code.json:2 {"key":"notice.body","expected":"{date} {link}","found":"{datum} {link}"}",
      ]
    `);
  });

  it('reports plural forms flattened to one, left empty, or more than the locale has; fewer than its categories pass', () => {
    const forms = (locale: string, message: string) =>
      checkUiStrings({source: FR, translated: JSON.stringify({...JSON.parse(FR), 'notice.count': {message}}, null, 2), file: `i18n/${locale}/code.json`, locale}).map(line);
    expect([
      ...forms('de', 'Eine Seite oder {count} Seiten'),
      ...forms('de', 'Eine Seite|'),
      ...forms('de', 'Eine Seite|{count} Seiten|{count} Seiten'),
      ...forms('xx-unknown', 'A|{count} B|{count} C'),
    ]).toMatchInlineSnapshot(`
      [
        "error ui-plural-forms-changed i18n/de/code.json:10 {"key":"notice.count","locale":"de","kind":"count","expected":2,"found":1,"max":2}",
        "error ui-placeholder-changed i18n/de/code.json:10 {"key":"notice.count","expected":"{count}","found":"—"}",
        "error ui-plural-forms-changed i18n/de/code.json:10 {"key":"notice.count","locale":"de","kind":"empty","expected":2,"found":2,"max":2}",
        "error ui-plural-forms-changed i18n/de/code.json:10 {"key":"notice.count","locale":"de","kind":"count","expected":2,"found":3,"max":2}",
        "error ui-plural-forms-changed i18n/xx-unknown/code.json:10 {"key":"notice.count","locale":"xx-unknown","kind":"count","expected":2,"found":3,"max":2}",
      ]
    `);
    // Polish has four categories (one, few, many, other): three forms, the last serving the rest.
    expect([...forms('pl', 'Strona|{count} strony|{count} stron'), ...forms('ar', 'a|b|c|d|e|{count} f')]).toEqual([]);
  });

  it('warns about a key the French does not have, at its line, without failing', () => {
    const de = JSON.parse(FR) as Record<string, unknown>;
    de['notice.extra'] = {message: 'Extra'};
    expect(check(JSON.stringify(de, null, 2))).toMatchInlineSnapshot(`
      [
        "warning ui-key-extra i18n/de/code.json:14 {"key":"notice.extra","sourceFile":"i18n/fr/code.json"}",
      ]
    `);
  });

  it('reports a dropped placeholder and invalid JSON at its line, and names the French file', () => {
    const de = JSON.parse(FR) as Record<string, {message: string}>;
    if (de['notice.count']) de['notice.count'].message = 'Eine Seite|Seiten';
    expect(check(JSON.stringify(de, null, 2))).toMatchInlineSnapshot(`
      [
        "error ui-placeholder-changed i18n/de/code.json:10 {"key":"notice.count","expected":"{count}","found":"—"}",
      ]
    `);
    // The reason is V8's own words, which change between Node versions: not snapshotted.
    const invalid = checkUiStrings({
      source: FR,
      translated: '{\n  "notice.title": {"message": "x"}\n  "notice.body": {}\n}',
      file: 'i18n/de/code.json',
      locale: 'de',
    });
    expect(invalid.map((p) => `${p.code} ${p.line}`)).toEqual(['ui-json-invalid 3']);
    expect(
      checkUiStrings({source: '[]', translated: '{}', file: 'i18n/de/code.json', locale: 'de'}).map((p) => p.file),
    ).toEqual(['i18n/fr/code.json']);
  });
});

describe('checkUiFiles', () => {
  it('reports a French UI file missing in the locale and a file the French does not have', () => {
    const ui = new Map([
      ['fr', new Map([['code.json', FR]])],
      ['de', new Map([['docusaurus-theme-classic/footer.json', '{}']])],
    ]);
    expect(checkUiFiles({ui}, 'de').flatMap((f) => f.problems.map(line))).toMatchInlineSnapshot(`
      [
        "error translation-missing i18n/de/code.json:1 {"locale":"de","source":"i18n/fr/code.json"}",
        "error ui-source-missing i18n/de/docusaurus-theme-classic/footer.json:1 {"sourceFile":"i18n/fr/docusaurus-theme-classic/footer.json"}",
      ]
    `);
  });
});
