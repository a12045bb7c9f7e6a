import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, it} from 'vitest';

import {LOCALES, SOURCE_LOCALE, TARGET_LOCALES} from '../../../src/config/locales';
import {checkUiFiles, createTranslator, formatProblemLine, readSite, type SiteFiles} from '../../i18n-check';
import {FORBIDDEN_KEYS, UNTRANSLATED_ALLOWLIST} from '../allowlist';
import {describeFinding, findUntranslated, isLanguageNeutral, type FindUntranslatedOptions, type UiCatalogs} from '../findUntranslated';
import {toUiCatalogs} from '../toUiCatalogs';

const options: FindUntranslatedOptions = {
  sourceLocale: 'fr',
  pivotLocale: 'en',
  allowlist: [{message: 'Acme Example', locales: ['fr', 'en', 'de'], reason: 'company name'}],
  forbiddenKeys: [{file: 'footer.json', key: 'copyright', reason: 'it freezes the year'}],
};

/** fr, en and de catalogs of one `code.json`, with `de` overrides. */
function catalogs(de: Record<string, string> = {}): UiCatalogs {
  const file = (messages: Record<string, string>) =>
    Object.fromEntries(Object.entries(messages).map(([key, message]) => [key, {message}]));
  const base = {title: 'Acme Example', close: 'Fermer', heading: 'Lien vers {heading}', pair: '{a} - {b}'};
  return {
    fr: {'code.json': file(base)},
    en: {'code.json': file({...base, close: 'Close', heading: 'Link to {heading}'})},
    de: {'code.json': file({...base, close: 'Schließen', heading: 'Link zu {heading}', ...de})},
  };
}

describe('findUntranslated', () => {
  it('accepts translated catalogs, allowlisted and language-neutral messages', () => {
    expect(findUntranslated(catalogs(), options)).toEqual([]);
  });

  it('reports a message that reads as in the reference language, both ways between fr and en', () => {
    const withLeftovers = catalogs({close: 'close '});
    const en = withLeftovers.en?.['code.json'];
    const broken = {...withLeftovers, en: {'code.json': {...en, heading: {message: 'Lien vers {heading}'}}}};
    expect(findUntranslated(broken, options).map(describeFinding)).toMatchInlineSnapshot(`
      [
        "i18n/fr/code.json: "heading" reads "Lien vers {heading}", as in en: translate it, or allowlist it with a reason in tools/i18n-ui/allowlist.ts",
        "i18n/en/code.json: "heading" reads "Lien vers {heading}", as in fr: translate it, or allowlist it with a reason in tools/i18n-ui/allowlist.ts",
        "i18n/de/code.json: "close" reads "close ", as in en: translate it, or allowlist it with a reason in tools/i18n-ui/allowlist.ts",
      ]
    `);
  });

  it('reports forbidden keys, in French too and in a file the French lacks, and unused allowances', () => {
    const base = catalogs();
    const withCopyright: UiCatalogs = {
      ...base,
      fr: {...base.fr, 'footer.json': {copyright: {message: '© 2026 Acme Example'}}},
      de: {...base.de, 'footer.json': {copyright: {message: '© 2026'}}},
    };
    const stale = {...options, allowlist: [...options.allowlist, {message: 'Old', locales: ['de'], reason: '-'}]};
    expect(findUntranslated(withCopyright, stale).map(describeFinding)).toMatchInlineSnapshot(`
      [
        "i18n/fr/footer.json: "copyright" must not be here: it freezes the year",
        "i18n/de/footer.json: "copyright" must not be here: it freezes the year",
        "allowlist: "Old" (de) is no longer needed; remove it",
      ]
    `);
  });

  it('compares nothing with itself when the pivot is the source, and cannot call unused an allowance for a locale not checked', () => {
    const withoutEnglish = Object.fromEntries(Object.entries(catalogs()).filter(([locale]) => locale !== 'en'));
    const allowlist = [...options.allowlist, {message: 'Privacy', locales: ['it'], reason: '-'}];
    expect(findUntranslated(withoutEnglish, {...options, pivotLocale: 'fr', allowlist})).toEqual([]);
  });

  it('finds language-neutral messages', () => {
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
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  const codes = LOCALES.map((l) => l.code);
  // One read of i18n/ serves both checks.
  let site: SiteFiles;
  beforeAll(async () => {
    site = await readSite(root, TARGET_LOCALES);
  });

  it('exist for every locale', () => {
    const siteCatalogs = toUiCatalogs(site.ui);
    expect(Object.keys(siteCatalogs).sort()).toEqual([...codes].sort());
  });

  // i18n:check's rule, run here too so that the unit tests alone catch a
  // missing key; warnings included: a key the French lacks is dead text.
  it('have the files, keys and placeholders of the French', () => {
    const t = createTranslator('en');
    const problems = TARGET_LOCALES.flatMap((locale) => checkUiFiles(site, locale)).flatMap((f) => f.problems);
    expect(problems.map((p) => formatProblemLine(p, t))).toEqual([]);
  });

  it('are translated in every locale', () => {
    const problems = findUntranslated(toUiCatalogs(site.ui), {
      sourceLocale: SOURCE_LOCALE,
      pivotLocale: 'en',
      allowlist: UNTRANSLATED_ALLOWLIST,
      forbiddenKeys: FORBIDDEN_KEYS,
    });
    expect(problems.map(describeFinding)).toEqual([]);
  });
});
