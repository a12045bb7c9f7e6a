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
 * untranslated unless the allowlist says why it may stay. Run by
 * `npm run i18n:check` (`checkUntranslatedUi` in `tools/i18n-check`, which
 * turns the findings into problems); the files' keys and `{placeholders}`
 * are its `checkUiStrings`'s business, not this module's.
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

/** What `findUntranslated` found, for i18n:check's problems (`checkUntranslatedUi`) or a readable line ({@link describeFinding}). */
export type UntranslatedFinding =
  /** `message` of `key` in `i18n/<locale>/<file>` reads as in `referenceLocale`. */
  | {readonly kind: 'untranslated'; readonly locale: string; readonly file: string; readonly key: string; readonly message: string; readonly referenceLocale: string}
  /** `key` is in `i18n/<locale>/<file>` and must not be. */
  | {readonly kind: 'forbidden'; readonly locale: string; readonly file: string; readonly key: string; readonly reason: string}
  /** An allowlist entry nothing uses any more. */
  | {readonly kind: 'unused-allowance'; readonly allowance: AllowedMessage};

/**
 * Every message left untranslated, forbidden key present, or allowlist
 * entry nothing uses any more; empty when every locale is translated. Each
 * locale is compared with the pivot, the pivot with the source (a pivot
 * that is the source is compared with nothing). An allowance is reported
 * unused only when all its locales are in `catalogs`: a run on some
 * locales cannot tell.
 */
export function findUntranslated(catalogs: UiCatalogs, options: FindUntranslatedOptions): UntranslatedFinding[] {
  const {sourceLocale, pivotLocale, allowlist, forbiddenKeys} = options;
  const findings: UntranslatedFinding[] = [];
  const usedAllowances = new Set<AllowedMessage>();

  for (const [locale, files] of Object.entries(catalogs)) {
    const referenceLocale = locale === pivotLocale ? sourceLocale : pivotLocale;
    const reference = referenceLocale === locale ? undefined : catalogs[referenceLocale];
    for (const [name, file] of Object.entries(files)) {
      for (const [key, {message}] of Object.entries(file)) {
        const forbidden = forbiddenKeys.find((f) => f.file === name && f.key === key);
        if (forbidden) {
          findings.push({kind: 'forbidden', locale, file: name, key, reason: forbidden.reason});
          continue;
        }
        const referenceMessage = reference?.[name]?.[key]?.message;
        if (referenceMessage === undefined || isLanguageNeutral(message) || !sameText(message, referenceMessage)) continue;
        const allowance = allowlist.find((a) => a.locales.includes(locale) && sameText(a.message, message));
        if (allowance) {
          usedAllowances.add(allowance);
          continue;
        }
        findings.push({kind: 'untranslated', locale, file: name, key, message, referenceLocale});
      }
    }
  }

  for (const allowance of allowlist) {
    const checked = allowance.locales.every((l) => l in catalogs);
    if (checked && !usedAllowances.has(allowance)) findings.push({kind: 'unused-allowance', allowance});
  }
  return findings;
}

/** One finding as a readable line naming the file, the key and the fix. */
export function describeFinding(finding: UntranslatedFinding): string {
  switch (finding.kind) {
    case 'forbidden':
      return `i18n/${finding.locale}/${finding.file}: "${finding.key}" must not be here: ${finding.reason}`;
    case 'untranslated':
      return `i18n/${finding.locale}/${finding.file}: "${finding.key}" reads ${JSON.stringify(finding.message)}, as in ${finding.referenceLocale}: translate it, or allowlist it with a reason in tools/i18n-ui/allowlist.ts`;
    case 'unused-allowance':
      return `allowlist: ${JSON.stringify(finding.allowance.message)} (${finding.allowance.locales.join(', ')}) is no longer needed; remove it`;
  }
}
