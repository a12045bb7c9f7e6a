import {PROVENANCE_KEY} from '../shared/provenance';
import {problem, type Problem} from './problem';
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
]);

/**
 * Checks a translation's front matter against its source's: the same keys
 * (plus its own `translation` provenance), and the same values for keys
 * that are not prose. Pure.
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
    } else if (!TRANSLATED_KEYS.has(key)) {
      const expected = JSON.stringify(source.data[key]);
      const found = JSON.stringify(translated.data[key]);
      if (expected !== found) {
        problems.push(problem('front-matter-value-changed', file, lineOf(key), {key, expected, found}));
      }
    }
  }
  return problems;
}
