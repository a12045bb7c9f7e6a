/**
 * The source language's name in the page's language, as the notices use it
 * ("from French", "en français", "auf Französisch"): the site's source
 * is configuration (site.config.ts), so the texts name it through a
 * `{source}` placeholder. Falls back to the language tag where the runtime
 * has no name for it.
 */
export function languageName(language: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], {type: 'language'}).of(language) ?? language;
  } catch {
    return language;
  }
}
