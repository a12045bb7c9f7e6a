/**
 * The text of each day (YYYY-MM-DD) in a locale, long form ("29 novembre
 * 2026", "29 November 2026", "29. November 2026"), formatted once at build
 * time: no `Intl.DateTimeFormat` runs in the browser (see
 * `src/plugins/translation-provenance/formatDateTexts.ts` for why). French
 * writes the first of the month "1er". Pure.
 */
export function formatLongDates(days: Iterable<string>, locale: string, calendar = 'gregory'): Record<string, string> {
  const format = new Intl.DateTimeFormat(locale, {calendar, day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
  const texts: Record<string, string> = {};
  for (const day of [...new Set(days)].sort()) {
    const parts = format.formatToParts(new Date(`${day}T00:00:00Z`));
    texts[day] = parts
      .map((part) => (part.type === 'day' && part.value === '1' && locale.split('-')[0] === 'fr' ? '1er' : part.value))
      .join('');
  }
  return texts;
}
