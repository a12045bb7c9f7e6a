import {findUntranslated, type AllowedMessage, type ForbiddenKey, type TranslationFile, type UiCatalogs} from '../i18n-ui/findUntranslated';
import {lineOfKey} from './checkUiStrings';
import {excerpt, problem, type Problem} from './problem';

/** What the untranslated-UI rule lets through, and where that list lives (for the messages). */
export interface UntranslatedRules {
  /** Messages that rightly read as in the reference language, each with its reason. */
  readonly allowlist: readonly AllowedMessage[];
  /** Keys that must stay out of the translation files. */
  readonly forbiddenKeys: readonly ForbiddenKey[];
  /** The file that holds both, from the site root: named by the fixes. */
  readonly allowlistFile: string;
  /** Whether to report allowances nothing uses: only for the site's own list, not one borrowed for a site without it. */
  readonly reportUnused: boolean;
}

/** No allowance, no forbidden key: what a site without an allowlist gets. */
export const NO_UNTRANSLATED_RULES: UntranslatedRules = {allowlist: [], forbiddenKeys: [], allowlistFile: 'tools/i18n-ui/allowlist.ts', reportUnused: false};

/**
 * The untranslated-UI rule of `tools/i18n-ui` as i18n:check problems: a
 * message that reads as in the reference language (`ui-untranslated`),
 * a forbidden key (`ui-key-forbidden`), an allowance nothing uses
 * (`ui-allowlist-unused`, a warning: it lets nothing wrong through; only
 * said of the site's own list, when the run compares with English, which
 * the allowances are written against).
 * `ui` is `SiteFiles['ui']`; only the source and `locales` are looked at.
 * Each locale is compared with English when English is a target checked
 * (Docusaurus's theme packs leave English behind), English and a site
 * without it with the source. A file that is not a translation file is
 * skipped: `checkUiStrings` reports it. Pure.
 */
export function checkUntranslatedUi(
  ui: ReadonlyMap<string, ReadonlyMap<string, string>>,
  sourceLocale: string,
  locales: readonly string[],
  rules: UntranslatedRules,
): Problem[] {
  const catalogs: Record<string, Record<string, TranslationFile>> = {};
  for (const locale of [sourceLocale, ...locales]) {
    const parsed = [...(ui.get(locale) ?? [])].flatMap(([name, text]) => {
      const file = parseTranslationFile(text);
      return file ? [[name, file] as const] : [];
    });
    if (parsed.length > 0) catalogs[locale] = Object.fromEntries(parsed);
  }
  const pivotLocale = locales.includes('en') && sourceLocale !== 'en' ? 'en' : sourceLocale;
  // Without English (`--locale de`), the allowances, written against it,
  // may match nothing: that says nothing about whether they are needed.
  const reportUnused = rules.reportUnused && pivotLocale === 'en';
  const findings = findUntranslated(catalogs as UiCatalogs, {sourceLocale, pivotLocale, ...rules}).filter(
    (f) => f.kind !== 'unused-allowance' || reportUnused,
  );
  const lineOf = (locale: string, name: string, key: string) => lineOfKey(ui.get(locale)?.get(name) ?? '', key);
  return findings.map((f) => {
    switch (f.kind) {
      case 'untranslated':
        return problem('ui-untranslated', `i18n/${f.locale}/${f.file}`, lineOf(f.locale, f.file, f.key), {
          key: f.key,
          message: excerpt(f.message),
          reference: `i18n/${f.referenceLocale}/${f.file}`,
          allowlist: rules.allowlistFile,
        });
      case 'forbidden':
        return problem('ui-key-forbidden', `i18n/${f.locale}/${f.file}`, lineOf(f.locale, f.file, f.key), {key: f.key, reason: f.reason});
      case 'unused-allowance':
        return problem('ui-allowlist-unused', rules.allowlistFile, 1, {message: f.allowance.message, locales: f.allowance.locales.join(', ')});
    }
  });
}

/** `{"key": {"message": "..."}}`, or undefined for anything else. */
function parseTranslationFile(text: string): TranslationFile | undefined {
  try {
    const data: unknown = JSON.parse(text);
    if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
    const valid = Object.values(data).every((v) => typeof (v as {message?: unknown} | null)?.message === 'string');
    return valid ? (data as TranslationFile) : undefined;
  } catch {
    return undefined;
  }
}
