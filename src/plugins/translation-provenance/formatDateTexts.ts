/**
 * The text "Last updated" shows for each date, formatted once at build time
 * with the options of the classic theme's `LastUpdated` (day, short month,
 * year, UTC, the locale's calendar).
 *
 * Why not in the browser: the first `Intl.DateTimeFormat` of a page loads
 * the locale's ICU data, 25-40 ms of main thread on a desktop, four times
 * that on the phone Lighthouse emulates, during hydration: the largest
 * single blocking task of a page after React itself.
 *
 * Pure; keys are the timestamps in ms, as strings (JSON object keys).
 */
export function formatDateTexts(
  timestamps: Iterable<number>,
  locale: string,
  calendar: string,
): Record<string, string> {
  const format = new Intl.DateTimeFormat(locale, {
    calendar,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const texts: Record<string, string> = {};
  for (const timestamp of [...timestamps].sort((a, b) => a - b)) texts[String(timestamp)] = format.format(timestamp);
  return texts;
}
