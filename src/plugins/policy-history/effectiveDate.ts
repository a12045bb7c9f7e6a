/**
 * `effective_date`, the front-matter key that makes a page a policy with
 * versions: the day (YYYY-MM-DD) from which its text is in force. The one
 * module that reads it; the plugin, the in-force substitution and the tests
 * call it.
 */
export const EFFECTIVE_DATE_KEY = 'effective_date';
/** Optional one or two sentences saying what the version changes; translated like `description`. */
export const CHANGE_SUMMARY_KEY = 'change_summary';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar day written YYYY-MM-DD (2026-02-30 is not). */
export function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export type EffectiveDateResult =
  | {readonly ok: true; readonly date: string | undefined}
  | {readonly ok: false; readonly error: string};

/**
 * Reads `effective_date` from parsed front matter: `undefined` when absent
 * (a page without versions). YAML parsers disagree on unquoted dates
 * (gray-matter, which Docusaurus uses, gives a `Date`; `yaml` a string), so
 * both are accepted. The error quotes the value and says the fix; the caller
 * adds the file.
 */
export function readEffectiveDate(frontMatter: Readonly<Record<string, unknown>>): EffectiveDateResult {
  const raw = frontMatter[EFFECTIVE_DATE_KEY];
  if (raw === undefined || raw === null) return {ok: true, date: undefined};
  const text = raw instanceof Date && !Number.isNaN(raw.getTime()) ? raw.toISOString().slice(0, 10) : raw;
  if (typeof text === 'string' && isIsoDay(text.trim())) return {ok: true, date: text.trim()};
  return {
    ok: false,
    error: `${EFFECTIVE_DATE_KEY}: ${JSON.stringify(raw instanceof Date ? String(raw) : raw)} is not a date; write the day the version takes effect as YYYY-MM-DD, e.g. ${EFFECTIVE_DATE_KEY}: 2026-11-29`,
  };
}

/** `change_summary` as trimmed text, `undefined` when absent or empty. */
export function readChangeSummary(frontMatter: Readonly<Record<string, unknown>>): string | undefined {
  const raw = frontMatter[CHANGE_SUMMARY_KEY];
  return typeof raw === 'string' && raw.trim() !== '' ? raw.trim().replace(/\s+/g, ' ') : undefined;
}

/** The day before `day` (YYYY-MM-DD): the last day a version is in force before the next one. */
export function previousDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
