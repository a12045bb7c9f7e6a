/**
 * The locale to suggest to a visitor on a page in `currentLocale`, from the
 * browser's preferred languages (`navigator.languages`, most preferred
 * first): the first of them the site has, if the visitor prefers it to the
 * page's language. `undefined` when the page's language comes first, when none
 * is published, or when the page is not in `suggestFrom` (only pages in the
 * source language get a suggestion: a translated page's visitor chose it).
 */
export function pickSuggestedLocale(
  preferred: readonly string[],
  currentLocale: string,
  siteLocales: readonly string[],
  suggestFrom: string,
): string | undefined {
  if (currentLocale !== suggestFrom) return undefined;
  for (const tag of preferred) {
    const language = tag.trim().toLowerCase().split('-')[0] ?? '';
    if (language === currentLocale) return undefined;
    if (siteLocales.includes(language)) return language;
  }
  return undefined;
}
