/**
 * The site's languages: the single list that `docusaurus.config.ts`, the
 * translation tooling and the tests all read. French is the source; every
 * other locale is produced from it.
 */
export interface LocaleInfo {
  /** Docusaurus locale code, also the URL prefix (`/en/`). */
  readonly code: string;
  /** The language's own name, shown in the locale dropdown. */
  readonly label: string;
  /** BCP 47 tag for `<html lang>` and `hreflang`. */
  readonly htmlLang: string;
}

export const SOURCE_LOCALE = 'fr';

export const LOCALES = [
  {code: 'fr', label: 'Français', htmlLang: 'fr'},
  {code: 'en', label: 'English', htmlLang: 'en'},
  {code: 'es', label: 'Español', htmlLang: 'es'},
  {code: 'it', label: 'Italiano', htmlLang: 'it'},
  {code: 'de', label: 'Deutsch', htmlLang: 'de'},
] as const satisfies readonly LocaleInfo[];

export type LocaleCode = (typeof LOCALES)[number]['code'];

/** The locales produced by translation, in declaration order. */
export const TARGET_LOCALES: readonly LocaleCode[] = LOCALES.map((l) => l.code).filter(
  (code) => code !== SOURCE_LOCALE,
);
