/**
 * CSS that writes ` (mark)` after each language link whose `lang` is listed:
 * the locale dropdown's items (desktop menu and mobile sidebar) and the
 * footer's language list both set `lang`. Pure; `''` when no language is.
 */
export function localeMarksCss(langs: readonly string[], mark: string): string {
  if (langs.length === 0) return '';
  const selectors = langs
    .flatMap((lang) => [`.navbar a[lang=${cssString(lang)}]::after`, `.footer a[lang=${cssString(lang)}]::after`])
    .join(',\n');
  return `${selectors} {\n  content: " (" ${cssString(mark)} ")";\n  font-size: 0.85em;\n}`;
}

/**
 * A CSS string literal. `<` is escaped too: the text ends up inside a
 * `<style>` element, where `</style>` would end it.
 */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/</g, '\\3c ').replace(/\n/g, '\\a ')}"`;
}
