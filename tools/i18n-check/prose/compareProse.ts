import {SOURCE_LOCALE} from '../../../src/config/locales';
import {findBlockConstructs} from './findBlockConstructs';
import {findChatter} from './findChatter';
import {findImplausibleForKind} from './findImplausibleForKind';
import {findLengthRatio} from './findLengthRatio';
import {findRepetition} from './findRepetition';
import {findTruncation} from './findTruncation';
import type {ProseKind} from './pairProse';
import type {ProseFinding} from './proseFinding';
import {splitSentences} from './splitSentences';

/** A run of French prose and its translation, as plain text (no tags, no markup; line breaks kept). */
export interface ProseInput {
  source: string;
  translated: string;
  /** Target locale, `en`: picks the length bounds and the sentence rules. */
  locale: string;
  /** What the run is in its page, when known (the translate gate knows it for each segment). */
  kind?: ProseKind;
}

/**
 * Compares a run of prose with its French for the damage providers do and
 * every other check lets through: model chatter, a block construct
 * injected, text repeated, a cut end, an implausible answer for the kind of
 * segment, a sentence added or dropped, a length out of the pair's bounds.
 * The one home of these checks: `i18n:check` runs it on each pair of
 * blocks of a page (`pairProse`), the translate command on each segment a
 * provider returns (`checkSegment`), so the two never disagree.
 *
 * A sentence count or a length that chatter, repetition or a cut already
 * explains is not reported again. Pure.
 */
export function compareProse(input: ProseInput): ProseFinding[] {
  const {source, translated, locale, kind} = input;
  const explained = [findChatter(source, translated), findRepetition(source, translated), findTruncation(source, translated, locale)];
  const independent = [findBlockConstructs(source, translated), findImplausibleForKind(source, translated, kind)];
  const consequences = explained.some(Boolean) ? [] : [findSentenceCountChange(source, translated, locale), findLengthRatio(source, translated, locale)];
  return [...explained, ...independent, ...consequences].filter((f): f is ProseFinding => f !== undefined);
}

/** A sentence more or fewer than the French (`splitSentences`). */
function findSentenceCountChange(source: string, translated: string, locale: string): ProseFinding | undefined {
  const expected = splitSentences(source, SOURCE_LOCALE).length;
  const found = splitSentences(translated, locale).length;
  return expected === found ? undefined : {code: 'sentence-count-changed', params: {kind: found > expected ? 'more' : 'fewer', expected, found}};
}
