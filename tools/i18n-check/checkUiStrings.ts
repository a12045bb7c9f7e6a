import {SOURCE_LOCALE} from '../../src/config/locales';
import {problem, type Problem} from './problem';

/** One UI strings file and the French file of the same name, as text. */
export interface UiStringsInput {
  /** Text of the French file (`i18n/fr/code.json`). */
  source: string;
  /** Text of the translated file of the same name. */
  translated: string;
  /** Path of the translated file, relative to the site root. */
  file: string;
  /** Path of the source-language file, for messages; defaults to `file` in the source locale's folder. */
  sourceFile?: string;
  locale: string;
}

/**
 * A Docusaurus interpolation, `{count}` (plural forms are split by `|`),
 * its name captured. Global: for `matchAll` and `replace` only, which do
 * not keep state in it. Also read by `tools/i18n-ui` to ignore placeholders.
 */
export const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Checks a Docusaurus UI strings file (`code.json`, `navbar.json`,
 * `current.json`: `{"key": {"message": "...", "description": "..."}}`)
 * against the French file of the same name: every key is there, no key
 * is added (a warning: Docusaurus ignores it), every message keeps the
 * French `{placeholders}` and, when plural, its `|`-separated forms. Pure.
 */
export function checkUiStrings(input: UiStringsInput): Problem[] {
  const {file, locale} = input;
  const sourceFile = input.sourceFile ?? file.replace(`i18n/${locale}/`, `i18n/${SOURCE_LOCALE}/`);
  const source = parseJson(input.source, sourceFile);
  if ('problem' in source) return [source.problem];
  const translated = parseJson(input.translated, file);
  if ('problem' in translated) return [translated.problem];

  const problems: Problem[] = [];
  const lineOf = (key: string): number => lineOfKey(input.translated, key);
  for (const [key, value] of Object.entries(source.entries)) {
    const other = translated.entries[key];
    if (other === undefined) {
      problems.push(problem('ui-key-missing', file, 1, {key, sourceFile}));
      continue;
    }
    const expected = placeholders(messageOf(value));
    const found = placeholders(messageOf(other));
    if (expected !== found) {
      problems.push(problem('ui-placeholder-changed', file, lineOf(key), {key, expected, found}));
    }
    const forms = pluralFormsProblem(messageOf(value), messageOf(other), locale);
    if (forms) problems.push(problem('ui-plural-forms-changed', file, lineOf(key), {key, locale, ...forms}));
  }
  for (const key of Object.keys(translated.entries)) {
    if (!(key in source.entries)) problems.push(problem('ui-key-extra', file, lineOf(key), {key, sourceFile}));
  }
  return problems.sort((a, b) => a.line - b.line);
}

function parseJson(text: string, file: string): {entries: Record<string, unknown>} | {problem: Problem} {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return {entries: value as Record<string, unknown>};
    return {problem: problem('ui-json-invalid', file, 1, {reason: 'not a JSON object'})};
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // V8 says `... at position 123` (Node 20) or `(line 4 column 5)` (newer).
    const position = /position (\d+)/.exec(reason)?.[1];
    const line = position ? text.slice(0, Number(position)).split('\n').length : Number(/line (\d+)/.exec(reason)?.[1] ?? 1);
    return {problem: problem('ui-json-invalid', file, line, {reason})};
  }
}

/** `{"message": "..."}` as Docusaurus writes it; a bare string is accepted too. */
function messageOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'message' in value && typeof value.message === 'string') {
    return value.message;
  }
  return '';
}

/**
 * A plural message (`1 résultat|{count} résultats`, read by Docusaurus's
 * `usePluralForm`: one form per plural category of the locale, in CLDR
 * order, `|` between them) whose translation a provider flattened to one
 * form, gave an empty form, or more forms than the locale has categories
 * (Docusaurus then logs an error and picks a wrong one). Fewer forms than
 * categories is allowed: the last one serves the rest, as in French.
 */
function pluralFormsProblem(source: string, translated: string, locale: string): {kind: 'count' | 'empty'; expected: number; found: number; max: number} | undefined {
  const expected = source.split('|').length;
  if (expected < 2) return undefined;
  const parts = translated.split('|');
  const max = pluralCategories(locale);
  const found = parts.length;
  if (found < 2 || found > max) return {kind: 'count', expected, found, max};
  return parts.some((p) => p.trim() === '') ? {kind: 'empty', expected, found, max} : undefined;
}

/** How many plural categories `locale` has (`en`: one, other), as `usePluralForm` counts them; 2 for a code Intl does not know. */
function pluralCategories(locale: string): number {
  try {
    return new Intl.PluralRules(locale).resolvedOptions().pluralCategories.length;
  } catch {
    return 2; // usePluralForm's English fallback.
  }
}

/** The distinct placeholders of a message, sorted: `{count} {tagName}`, or `—`. */
function placeholders(message: string): string {
  const names = [...new Set([...message.matchAll(PLACEHOLDER)].map((m) => `{${m[1]}}`))].sort();
  return names.length ? names.join(' ') : '—';
}

/** The 1-based line of `key` in a JSON file's text; 1 when it is not found. */
export function lineOfKey(text: string, key: string): number {
  const index = text.indexOf(`${JSON.stringify(key)}:`);
  const loose = index >= 0 ? index : text.indexOf(JSON.stringify(key));
  return loose >= 0 ? text.slice(0, loose).split('\n').length : 1;
}
