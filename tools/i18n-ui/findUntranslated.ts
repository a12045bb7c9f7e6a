/**
 * Finds the UI messages left untranslated in the JSON files that
 * `docusaurus write-translations` creates (`code.json`, the navbar, the
 * footer, the docs version and sidebar labels). Pure: the caller reads the
 * files (i18n:check's `readSite`, then `toUiCatalogs`).
 *
 * Docusaurus fills a new locale's files from its theme packs, which leave
 * many strings in English, and our own config labels are French: a file
 * can have every key and still show the wrong language. So a message that
 * reads exactly like the same key in the reference language is taken as
 * untranslated unless the allowlist says why it may stay. The files' keys
 * and `{placeholders}` are i18n:check's business (`checkUiStrings` in
 * `tools/i18n-check`), not this module's.
 */
import {PLACEHOLDER} from '../i18n-check/checkUiStrings';

/** One Docusaurus translation file: key -> message (and its description). */
export type TranslationFile = Readonly<Record<string, {readonly message: string; readonly description?: string}>>;

/** Locale -> file path inside `i18n/<locale>/` (`code.json`, `docusaurus-theme-classic/navbar.json`) -> file. */
export type UiCatalogs = Readonly<Record<string, Readonly<Record<string, TranslationFile>>>>;

/** A message allowed to read the same as in the reference language. */
export interface AllowedMessage {
  /** The exact message. */
  readonly message: string;
  /** Locales where it may stay as is. */
  readonly locales: readonly string[];
  /** Why it is right in those languages (proper noun, same word...). */
  readonly reason: string;
}

/** A key that must not be in a translation file at all, French included: it must not be translated. */
export interface ForbiddenKey {
  /** File path inside `i18n/<locale>/`. */
  readonly file: string;
  readonly key: string;
  readonly reason: string;
}

/** What `findUntranslated` compares with what, and what it lets through. */
export interface FindUntranslatedOptions {
  /** French, the source: the reference of the pivot locale. */
  readonly sourceLocale: string;
  /** Compared with the source locale's messages; every other locale is compared with this one. */
  readonly pivotLocale: string;
  readonly allowlist: readonly AllowedMessage[];
  readonly forbiddenKeys: readonly ForbiddenKey[];
}

/**
 * True for a message no language needs to translate: empty, a URL, or
 * nothing but placeholders, digits and punctuation (`{authorName} - {nPosts}`).
 */
export function isLanguageNeutral(message: string): boolean {
  const text = message.trim();
  if (/^https?:\/\/\S+$/.test(text)) return true;
  return !/\p{L}/u.test(text.replace(PLACEHOLDER, ''));
}

/** Case and surrounding spaces do not make a translation. */
function sameText(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('und') === b.trim().toLocaleLowerCase('und');
}

/**
 * Returns one readable line per message left untranslated, forbidden key
 * present, or allowlist entry nothing uses any more, naming the file, the
 * key and the fix; an empty list when every locale is translated.
 */
export function findUntranslated(catalogs: UiCatalogs, options: FindUntranslatedOptions): string[] {
  const {sourceLocale, pivotLocale, allowlist, forbiddenKeys} = options;
  const problems: string[] = [];
  const usedAllowances = new Set<AllowedMessage>();

  for (const [locale, files] of Object.entries(catalogs)) {
    const referenceLocale = locale === pivotLocale ? sourceLocale : pivotLocale;
    const reference = catalogs[referenceLocale];
    for (const [name, file] of Object.entries(files)) {
      const where = `i18n/${locale}/${name}`;
      for (const [key, {message}] of Object.entries(file)) {
        const forbidden = forbiddenKeys.find((f) => f.file === name && f.key === key);
        if (forbidden) {
          problems.push(`${where}: "${key}" must not be here: ${forbidden.reason}`);
          continue;
        }
        const referenceMessage = reference?.[name]?.[key]?.message;
        if (referenceMessage === undefined || isLanguageNeutral(message) || !sameText(message, referenceMessage)) continue;
        const allowance = allowlist.find((a) => a.locales.includes(locale) && sameText(a.message, message));
        if (allowance) {
          usedAllowances.add(allowance);
          continue;
        }
        problems.push(
          `${where}: "${key}" reads ${JSON.stringify(message)}, as in ${referenceLocale}: translate it, or allowlist it with a reason in tools/i18n-ui/allowlist.ts`,
        );
      }
    }
  }

  for (const allowance of allowlist) {
    if (!usedAllowances.has(allowance)) {
      problems.push(`allowlist: ${JSON.stringify(allowance.message)} (${allowance.locales.join(', ')}) is no longer needed; remove it`);
    }
  }
  return problems;
}
