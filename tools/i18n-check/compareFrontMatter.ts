import {PROVENANCE_KEY} from '../../src/shared/provenance';
import {diffFacts, extractTokens, type TokenKind} from './facts';
import {excerpt, problem, type Problem, type ProblemCode} from './problem';
import type {FrontMatter} from './readFrontMatter';

/**
 * Front-matter keys whose values are prose, and so translated; every other
 * value (`slug`, `sidebar_position`, `id`, ...) must stay as in the French.
 */
export const TRANSLATED_KEYS: ReadonlySet<string> = new Set([
  'title',
  'description',
  'sidebar_label',
  'pagination_label',
  'keywords',
  // A policy version's summary (src/plugins/policy-history); effective_date is not prose: it must stay as in the French.
  'change_summary',
]);

/**
 * Checks a translation's front matter against its source's: the same keys
 * (plus its own `translation` provenance), and the same values for keys
 * that are not prose, and in those that are, the same numbers, addresses,
 * phones and URLs. Pure.
 */
export function compareFrontMatter(source: FrontMatter, translated: FrontMatter, file: string): Problem[] {
  const problems: Problem[] = [];
  const sourceKeys = Object.keys(source.data);
  const translatedKeys = Object.keys(translated.data).filter((k) => k !== PROVENANCE_KEY);
  const lineOf = (key: string): number => translated.keyLines.get(key) ?? 1;
  for (const key of sourceKeys) {
    if (!(key in translated.data)) {
      problems.push(problem('front-matter-keys-changed', file, 1, {kind: 'missing', expected: key}));
    }
  }
  for (const key of translatedKeys) {
    if (!(key in source.data)) {
      problems.push(problem('front-matter-keys-changed', file, lineOf(key), {kind: 'extra', found: key}));
    } else if (TRANSLATED_KEYS.has(key)) {
      problems.push(...compareTokens(source.data[key], translated.data[key], file, lineOf(key)));
    } else {
      const expected = JSON.stringify(source.data[key]);
      const found = JSON.stringify(translated.data[key]);
      if (expected !== found) {
        problems.push(problem('front-matter-value-changed', file, lineOf(key), {key, expected, found}));
      }
    }
  }
  return problems;
}

const TOKEN_CODES: Record<TokenKind, ProblemCode> = {
  number: 'number-changed',
  email: 'email-changed',
  phone: 'phone-changed',
  url: 'url-changed',
};

/** Numbers, addresses, phones and URLs of a translated value (`description: ... 25 mois`). */
function compareTokens(source: unknown, translated: unknown, file: string, line: number): Problem[] {
  const tokens = (value: unknown) => extractTokens(typeof value === 'string' ? value : '');
  const a = tokens(source);
  const b = tokens(translated);
  return (Object.keys(TOKEN_CODES) as TokenKind[]).flatMap((kind) => {
    const facts = (list: typeof a) =>
      list.filter((t) => t.kind === kind).map((t) => ({key: t.value, label: t.raw, line, block: 0}));
    return diffFacts(facts(a), facts(b), {ordered: false, translatedBlockLines: [line]}).map((d) =>
      problem(TOKEN_CODES[kind], file, line, {
        kind: d.kind,
        ...(d.kind === 'extra' ? {} : {expected: excerpt(d.expected), sourceLine: d.sourceLine}),
        ...(d.kind === 'missing' ? {} : {found: excerpt(d.found)}),
      }),
    );
  });
}
