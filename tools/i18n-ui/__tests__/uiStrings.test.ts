import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

import {LOCALES, SOURCE_LOCALE} from '../../../src/config/locales';
import {FORBIDDEN_KEYS, UNTRANSLATED_ALLOWLIST} from '../allowlist';
import {checkUiStrings, isLanguageNeutral, placeholdersOf, type CheckUiStringsOptions, type UiCatalogs} from '../checkUiStrings';
import {readUiCatalogs} from '../readUiCatalogs';

const options: CheckUiStringsOptions = {
  sourceLocale: 'fr',
  pivotLocale: 'en',
  allowlist: [{message: 'Cloud Temple', locales: ['fr', 'en', 'de'], reason: 'company name'}],
  forbiddenKeys: [{file: 'footer.json', key: 'copyright', reason: 'it freezes the year'}],
};

/** fr, en and de catalogs of one `code.json`, with `de` overrides. */
function catalogs(de: Record<string, string> = {}): UiCatalogs {
  const file = (messages: Record<string, string>) =>
    Object.fromEntries(Object.entries(messages).map(([key, message]) => [key, {message}]));
  const base = {title: 'Cloud Temple', close: 'Fermer', heading: 'Lien vers {heading}', pair: '{a} - {b}'};
  return {
    fr: {'code.json': file(base)},
    en: {'code.json': file({...base, close: 'Close', heading: 'Link to {heading}'})},
    de: {'code.json': file({...base, close: 'Schließen', heading: 'Link zu {heading}', ...de})},
  };
}

describe('checkUiStrings', () => {
  it('accepts translated catalogs, allowlisted and language-neutral messages', () => {
    expect(checkUiStrings(catalogs(), options)).toEqual([]);
  });

  it('reports a message that reads as in the reference language, both ways between fr and en', () => {
    const withLeftovers = catalogs({close: 'close '});
    const en = withLeftovers.en?.['code.json'];
    const broken = {...withLeftovers, en: {'code.json': {...en, heading: {message: 'Lien vers {heading}'}}}};
    expect(checkUiStrings(broken, options)).toMatchInlineSnapshot(`
      [
        "i18n/fr/code.json: "heading" reads "Lien vers {heading}", as in en: translate it, or allowlist it with a reason in tools/i18n-ui/allowlist.ts",
        "i18n/en/code.json: "heading" reads "Lien vers {heading}", as in fr: translate it, or allowlist it with a reason in tools/i18n-ui/allowlist.ts",
        "i18n/de/code.json: "close" reads "close ", as in en: translate it, or allowlist it with a reason in tools/i18n-ui/allowlist.ts",
      ]
    `);
  });

  it('reports missing and extra keys, changed placeholders, forbidden keys and unused allowances', () => {
    const broken = catalogs({heading: 'Link zu {titel}', extra: 'Mehr'});
    delete (broken.de?.['code.json'] as Record<string, unknown>)['close'];
    const withFooter = {...broken, de: {...broken.de, 'footer.json': {copyright: {message: '© 2026'}}}};
    const stale = {...options, allowlist: [...options.allowlist, {message: 'Old', locales: ['de'], reason: '-'}]};
    expect(checkUiStrings(withFooter, stale)).toMatchInlineSnapshot(`
      [
        "i18n/de/code.json: "close" missing (it is in i18n/fr/code.json)",
        "i18n/de/code.json: "heading" has placeholders ["titel"], the French has ["heading"]; keep them exactly",
        "i18n/de/code.json: "extra" is not in i18n/fr/code.json; remove it",
        "i18n/de/footer.json: not in i18n/fr/; remove it or add it to every locale",
        "allowlist: "Old" (de) is no longer needed; remove it",
      ]
    `);
  });

  it('reports a forbidden key even where the French has it', () => {
    const withCopyright: UiCatalogs = {
      fr: {'footer.json': {copyright: {message: '© 2026 Cloud Temple'}}},
      en: {'footer.json': {}},
    };
    expect(checkUiStrings(withCopyright, {...options, allowlist: []})).toEqual([
      'i18n/fr/footer.json: "copyright" must not be here: it freezes the year',
    ]);
  });

  it('finds placeholders and language-neutral messages', () => {
    expect(placeholdersOf('{b} et {a}, {b}')).toEqual(['a', 'b']);
    expect(['', '{authorName} - {nPosts}', 'https://example.com/x', '← 1'].map(isLanguageNeutral)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(isLanguageNeutral('Tags:')).toBe(false);
  });
});

describe('the UI strings of this site', () => {
  const i18nDir = fileURLToPath(new URL('../../../i18n', import.meta.url));
  const codes = LOCALES.map((l) => l.code);
  const siteCatalogs = readUiCatalogs(i18nDir, codes);

  it('exist for every locale', () => {
    expect(Object.keys(siteCatalogs).sort()).toEqual([...codes].sort());
  });

  it('are complete and translated in every locale', () => {
    const problems = checkUiStrings(siteCatalogs, {
      sourceLocale: SOURCE_LOCALE,
      pivotLocale: 'en',
      allowlist: UNTRANSLATED_ALLOWLIST,
      forbiddenKeys: FORBIDDEN_KEYS,
    });
    expect(problems).toEqual([]);
  });
});
