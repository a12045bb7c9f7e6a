import {createRequire} from 'node:module';
import type * as Tinyld from 'tinyld';

import {LOCALES} from '../../../src/config/locales';
import type {Prose} from '../facts';
import {excerpt, problem, type Problem} from '../problem';

/** Below this many words a paragraph says too little to identify its language. */
export const MIN_WORDS = 8;

const SITE_LANGUAGES = LOCALES.map((l) => l.code);

// tinyld builds its language model when loaded (0.14 s): loaded with the
// first paragraph to identify, so that the runs that check no translated
// page (`translate --help`, a refused configuration, nothing to do) skip it.
let tinyld: typeof Tinyld | undefined;
const detectAll: typeof Tinyld.detectAll = (text, options) => (tinyld ??= createRequire(__filename)('tinyld') as typeof Tinyld).detectAll(text, options);

/**
 * Warns about paragraphs of a translation that read as another of the
 * site's languages (typically French left untranslated). Skips short
 * paragraphs and lines made mostly of proper nouns (`CLOUD TEMPLE, Le
 * Belvédère, Puteaux`), where identification is guesswork. Pure.
 */
export function findWrongLanguage(paragraphs: readonly Prose[], locale: string, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const {text, line} of paragraphs) {
    const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
    if (words.length < MIN_WORDS) continue;
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    if (capitalised / words.length > 0.5) continue;
    const [best, ...rest] = detectAll(text, {only: SITE_LANGUAGES});
    if (!best || best.lang === locale) continue;
    // Only a clear verdict: the expected language must score well below the winner.
    const expected = rest.find((r) => r.lang === locale)?.accuracy ?? 0;
    if (expected > best.accuracy * 0.5) continue;
    problems.push(problem('wrong-language', file, line, {expected: locale, found: best.lang, excerpt: excerpt(text)}));
  }
  return problems;
}
