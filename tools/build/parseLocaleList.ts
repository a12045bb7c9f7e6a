/**
 * Reads a comma-separated `--locales` value against the site's locales;
 * empty means all of them. Throws naming the option, quoting the bad code
 * and listing the valid ones.
 */
export function parseLocaleList(raw: string | undefined, known: readonly string[]): string[] {
  if (raw === undefined || raw.trim() === '') return [...known];
  const codes = raw.split(',').map((code) => code.trim());
  for (const code of codes) {
    if (!known.includes(code)) {
      throw new Error(`--locales="${raw}": "${code}" is not a locale of the site. Use a comma-separated list of ${known.join(', ')}.`);
    }
  }
  return [...new Set(codes)];
}
