import {SOURCE_LOCALE} from '../../../src/config/locales';
import {parseMarkdown} from '../../../src/shared/markdown';
import type {SiteFiles} from '../checkSite';
import {compareProse} from './compareProse';
import {lengthRatio} from './findLengthRatio';
import {longestRepeatedRun, words} from './findRepetition';
import {pairProse, type ProsePair} from './pairProse';
import type {ProseFinding} from './proseFinding';
import {splitSentences} from './splitSentences';

/** One French block and its translation, measured. */
export interface MeasuredPair extends ProsePair {
  page: string;
  /** Smoothed length ratio (`lengthRatio`). */
  ratio: number;
  /** Sentences of the French and of the translation (`splitSentences`). */
  sentences: [number, number];
  /** Sentences `Intl.Segmenter` alone finds, French and translation: where they differ from ours, it was wrong. */
  icuSentences: [number, number];
  /** Longest run of words said twice, French and translation. */
  repeatedRun: [number, number];
  /** What `compareProse` finds: nothing, on a good translation. */
  findings: ProseFinding[];
}

/** The measures of one locale's committed translations, for calibration. */
export interface LocaleStatistics {
  locale: string;
  pairs: MeasuredPair[];
  /** Pages whose structure differs from the French's: not paired. */
  unpaired: string[];
}

/**
 * Measures every committed translation of `locales` against its French,
 * block by block (`pairProse`): what `npm run i18n:calibrate` prints to
 * choose and check the bounds of `compareProse`. Pure.
 */
export function proseStatistics(files: SiteFiles, locales: readonly string[]): LocaleStatistics[] {
  return locales.map((locale) => {
    const pairs: MeasuredPair[] = [];
    const unpaired: string[] = [];
    for (const [page, french] of files.docs) {
      const translation = files.translations.get(locale)?.get(page);
      if (translation === undefined) continue;
      const paired = pairProse(parseMarkdown(french), parseMarkdown(translation));
      if (!paired) unpaired.push(page);
      for (const pair of paired ?? []) pairs.push(measure(page, pair, locale));
    }
    return {locale, pairs, unpaired};
  });
}

function measure(page: string, pair: ProsePair, locale: string): MeasuredPair {
  const {source, translated, kind} = pair;
  const icu = (text: string, language: string) =>
    [...new Intl.Segmenter(language, {granularity: 'sentence'}).segment(text)].filter((s) => /[\p{L}\p{N}]/u.test(s.segment)).length;
  return {
    ...pair,
    page,
    ratio: lengthRatio(source.text, translated.text),
    sentences: [splitSentences(source.text, SOURCE_LOCALE).length, splitSentences(translated.text, locale).length],
    icuSentences: [icu(source.text, SOURCE_LOCALE), icu(translated.text, locale)],
    repeatedRun: [longestRepeatedRun(words(source.text)).length, longestRepeatedRun(words(translated.text)).length],
    findings: compareProse({source: source.text, translated: translated.text, locale, kind}),
  };
}
