import {describe, expect, it} from 'vitest';

import {checkUiStrings} from '../checkUiStrings';

const FR = JSON.stringify(
  {
    'notice.title': {message: 'Traduction automatique', description: 'Title'},
    'notice.body': {message: 'Traduit le {date} ; {link} fait foi.', description: 'Body'},
    'notice.count': {message: 'Une page|{count} pages', description: 'Plural'},
  },
  null,
  2,
);

function check(translated: string) {
  return checkUiStrings({source: FR, translated, file: 'i18n/de/code.json', locale: 'de'}).map(
    (p) => `${p.severity} ${p.code} ${p.file}:${p.line} ${JSON.stringify(p.params)}`,
  );
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
