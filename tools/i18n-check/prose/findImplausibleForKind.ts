import type {ProseKind} from './pairProse';
import type {ProseFinding} from './proseFinding';

/** Kinds written on one line: a line break in their translation is another segment's text. */
const ONE_LINE: ReadonlySet<ProseKind> = new Set(['heading', 'tableCell', 'label', 'attribute', 'frontMatter', 'title']);

/** How a run of prose ends, by name (`punctuation.<name>` in translations/). */
export type FinalPunctuation = 'period' | 'semicolon' | 'colon' | 'question' | 'exclamation' | 'none';

const NAMES: Readonly<Record<string, FinalPunctuation>> = {'.': 'period', '…': 'period', ';': 'semicolon', ':': 'colon', '?': 'question', '!': 'exclamation'};

/** How a run of prose ends, closing quotes and brackets aside (`.»` ends with a period, so does `…`). */
export function finalPunctuation(text: string): FinalPunctuation {
  const end = text.trim().replace(/[\s»"”’')\]*_]+$/u, '');
  return NAMES[end.at(-1) ?? ''] ?? 'none';
}

/**
 * A translation that cannot be the answer for its kind of segment, as when
 * a chat model swaps two segment ids and a list item gets a paragraph's
 * text: a line break in a heading, table cell, label, title, attribute or
 * front-matter value; or a final punctuation other than the French's (a
 * list item ending with a paragraph's `.` instead of its `;`, a heading
 * with a full stop).
 * Losing the final punctuation is `findTruncation`'s. Length is
 * `findLengthRatio`'s, with the same bounds for every kind. Pure.
 */
export function findImplausibleForKind(source: string, translated: string, kind: ProseKind | undefined): ProseFinding | undefined {
  if (kind !== undefined && ONE_LINE.has(kind) && /\n/.test(translated.trim())) {
    return {code: 'implausible-for-kind', params: {kind: 'lineBreak', segment: kind}};
  }
  const expected = finalPunctuation(source);
  const found = finalPunctuation(translated);
  if (found !== expected && found !== 'none') {
    return {code: 'implausible-for-kind', params: {kind: 'punctuation', segment: kind ?? 'paragraph', expected, found}};
  }
  return undefined;
}
