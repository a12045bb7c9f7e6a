/**
 * What the checker reports: one `Problem` per broken rule, with a stable
 * `code` (the key of its message in `translations/<lang>.json`) and the
 * values the message quotes. Rendering is left to `renderProblem`, so the
 * same problems read in French or English, or as JSON.
 */
export type Severity = 'error' | 'warning';

/** Every problem code, stable: scripts and the `--json` output rely on them. */
export const PROBLEM_CODES = [
  // Page status.
  'translation-missing',
  'translation-stale',
  'translation-orphan',
  'provenance-invalid',
  // The file itself.
  'parse-error',
  'source-parse-error',
  // What machine translation must never change.
  'front-matter-keys-changed',
  'front-matter-value-changed',
  'code-block-changed',
  'inline-code-changed',
  'math-changed',
  'link-target-changed',
  'image-path-changed',
  'heading-id-changed',
  'heading-levels-changed',
  'number-changed',
  'email-changed',
  'phone-changed',
  'url-changed',
  'list-shape-changed',
  'table-shape-changed',
  'admonition-changed',
  'mdx-component-changed',
  'mdx-expression-changed',
  'block-construct-changed',
  // Damage a provider does to the prose itself (compareProse.ts).
  'length-ratio',
  'sentence-count-changed',
  'text-truncated',
  'text-repeated',
  'model-chatter',
  'implausible-for-kind',
  // UI strings (code.json, navbar.json, ...).
  'ui-json-invalid',
  'ui-source-missing',
  'ui-key-missing',
  'ui-key-extra',
  'ui-placeholder-changed',
  'ui-plural-forms-changed',
  // UI strings left untranslated (tools/i18n-ui/findUntranslated.ts).
  'ui-untranslated',
  'ui-key-forbidden',
  'ui-allowlist-unused',
  // Language identification.
  'wrong-language',
] as const;

/** One of `PROBLEM_CODES`. */
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** Values quoted by a problem's message; all optional, each code uses its own. */
export type ProblemParams = Record<string, string | number>;

/** One broken rule, located in the file to fix. */
export interface Problem {
  severity: Severity;
  code: ProblemCode;
  /** Path of the file to fix, relative to the site root, with `/` separators. */
  file: string;
  /** 1-based line in `file`; 1 when the problem is about the whole file. */
  line: number;
  /** 1-based column, when known (parse errors). */
  column?: number;
  params: ProblemParams;
}

/** Warnings never fail a run: only these codes are warnings. */
const WARNINGS: ReadonlySet<ProblemCode> = new Set<ProblemCode>(['ui-key-extra', 'ui-allowlist-unused', 'wrong-language']);

/** Builds a problem with the severity its code always has. */
export function problem(
  code: ProblemCode,
  file: string,
  line: number,
  params: ProblemParams = {},
  column?: number,
): Problem {
  const severity: Severity = WARNINGS.has(code) ? 'warning' : 'error';
  return column === undefined ? {severity, code, file, line, params} : {severity, code, file, line, column, params};
}

/** Orders problems by file, then line, then code, so output is stable. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.code.localeCompare(b.code),
  );
}

/** The start of a text, on one line, for messages. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Excerpts of two values that differ, both starting a little before their
 * first difference, so a change deep in a code block or a long URL shows.
 */
export function excerptPair(expected: string, found: string, max = 60): [string, string] {
  const a = expected.replace(/\s+/g, ' ').trim();
  const b = found.replace(/\s+/g, ' ').trim();
  if (a.length <= max && b.length <= max) return [a, b];
  let same = 0;
  while (same < a.length && a[same] === b[same]) same++;
  const start = Math.max(0, same - 20);
  const cut = (text: string): string => (start > 0 ? '…' : '') + excerpt(text.slice(start), max);
  return [cut(a), cut(b)];
}
