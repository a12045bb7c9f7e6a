import {SOURCE_LOCALE} from '../../../src/config/locales';
import {lengthBounds, lengthRatio} from './findLengthRatio';
import {excerpt} from '../problem';
import type {ProseFinding} from './proseFinding';
import {splitSentences} from './splitSentences';

/** Punctuation that ends a French segment and must end its translation too. */
const FINAL = /[.!?…;:]$/;
/** What may end a translation of such a segment: the same, or a closing quote or bracket after it. */
const FINAL_OR_CLOSED = /[.!?…;:。"'»”’)\]]$/;

/**
 * A translation that stops where the French goes on. Three signs, each
 * seen in real provider failures (a token limit, a model that stops early):
 * it lost the French final punctuation; it has fewer sentences than the
 * French and is as long as the French's first sentences only; or it has as
 * many, but its last one is too short for the French last sentence while
 * the others are in proportion. The last two hold when the cut text still
 * ends with "." or ";". Lengths compare with the pair's bounds
 * ({@link lengthBounds}). Pure.
 */
export function findTruncation(source: string, translated: string, locale: string): ProseFinding | undefined {
  const from = source.trim();
  const to = translated.trim();
  // `ending`: how the translation ends; `missing`: the French it does not reach.
  const found = (kind: string, missing: string): ProseFinding => ({
    code: 'text-truncated',
    params: {kind, ending: tail(to), missing: excerpt(missing, 50)},
  });
  if (FINAL.test(from) && !FINAL_OR_CLOSED.test(to)) return found('punctuation', tail(from));

  const {min} = lengthBounds(locale);
  const french = splitSentences(from, SOURCE_LOCALE);
  const sentences = splitSentences(to, locale);
  const n = sentences.length;
  if (n === 0 || n > french.length) return undefined;
  const head = french.slice(0, n);
  const within = (a: string[], b: string[]) => lengthRatio(a.join(' '), b.join(' ')) >= min;
  if (n < french.length) {
    // Short for the whole French, in proportion to its first n sentences: the rest is missing.
    if (!within(french, sentences) && within(head, sentences)) return found('sentences', french.slice(n).join(' '));
    return undefined;
  }
  const last = french[n - 1] ?? '';
  const cut = sentences[n - 1] ?? '';
  if (!within([last], [cut]) && (n === 1 || within(french.slice(0, -1), sentences.slice(0, -1)))) {
    // Where the cut falls in the French, in proportion: what follows is what is missing.
    return found('sentence', last.slice(Math.min(cut.length, last.length - 1)).replace(/^\S*\s*/, ''));
  }
  return undefined;
}

/** The end of a text, on one line, for messages: `…the last words.` */
function tail(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `…${flat.slice(-(max - 1)).trimStart()}` : flat;
}
