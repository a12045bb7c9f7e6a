import {SOURCE_LOCALE} from '../../../src/config/locales';
import type {ProseFinding} from './proseFinding';

/**
 * Characters added to both lengths before dividing (additive smoothing).
 * A two-word heading may double ("Hébergeur" → "Proveedor de alojamiento",
 * 9 → 24 characters, 2.7×) while a paragraph may not; a constant added to
 * both sides pulls short texts towards 1 and leaves long ones nearly alone.
 * 40 is where, on the committed translations, blocks under 60 characters
 * spread no wider than longer ones (0.79–1.32 against 0.82–1.26, all pairs):
 * that heading counts (24 + 40) / (9 + 40) = 1.31, a 300-character
 * paragraph keeps its ratio within 10 %.
 */
export const LENGTH_SMOOTHING = 40;

/** The calibration rule: the lowest ratio seen minus this, rounded down to 0.05... */
export const MARGIN_BELOW = 0.1;
/** ...and the highest plus this, rounded up (machine translation runs long more often than short). */
export const MARGIN_ABOVE = 0.25;

/**
 * Bounds of the smoothed length ratio, translation over source, by source
 * language then target locale, from the committed translations
 * (`npm run i18n:calibrate` prints the distribution and the bounds the rule
 * gives; figures in docs-dev/translation.md, "Checking translations"). Seen: fr→en
 * 0.79–1.14, fr→es 0.85–1.31, fr→it 0.81–1.32, fr→de 0.82–1.25 (76 blocks
 * each).
 */
export const LENGTH_BOUNDS: Readonly<Record<string, Readonly<Record<string, {min: number; max: number}>>>> = {
  fr: {
    en: {min: 0.65, max: 1.4},
    es: {min: 0.75, max: 1.6},
    it: {min: 0.7, max: 1.6},
    de: {min: 0.7, max: 1.5},
  },
};

/**
 * For a pair without calibration (another source language, a new target):
 * the widest of the calibrated bounds, until `npm run i18n:calibrate` gives
 * the pair its own.
 */
export const DEFAULT_LENGTH_BOUNDS = {
  min: Math.min(...Object.values(LENGTH_BOUNDS).flatMap((targets) => Object.values(targets).map((b) => b.min))),
  max: Math.max(...Object.values(LENGTH_BOUNDS).flatMap((targets) => Object.values(targets).map((b) => b.max))),
};

/** The bounds for translating `sourceLocale` (default: the configured source) into `locale`. */
export function lengthBounds(locale: string, sourceLocale: string = SOURCE_LOCALE): {min: number; max: number} {
  return LENGTH_BOUNDS[sourceLocale]?.[locale] ?? DEFAULT_LENGTH_BOUNDS;
}

/**
 * The length of a translation's plain text as the ratio counts it:
 * whitespace collapsed, and without a parenthesised gloss that quotes the
 * French (`a French simplified joint-stock company (société par actions
 * simplifiée à associé unique)`): legal translations keep the original term
 * beside theirs, which is not text of their own.
 */
export function translatedLength(source: string, translated: string): number {
  const french = normalize(source);
  const glossless = translated.replace(/\s*\(([^()]{8,})\)/g, (gloss, inner: string) => {
    const quoted = normalize(inner);
    return french.includes(quoted) && !french.includes(`(${quoted})`) ? '' : gloss;
  });
  return normalize(glossless).length;
}

/** `(translated + smoothing) / (source + smoothing)`, lengths in characters of plain text. */
export function lengthRatio(source: string, translated: string): number {
  return (translatedLength(source, translated) + LENGTH_SMOOTHING) / (normalize(source).length + LENGTH_SMOOTHING);
}

/**
 * A translation far longer or shorter than its French for the language
 * pair: text added (a gloss, an explanation, another segment's text) or
 * lost. Pure.
 */
export function findLengthRatio(source: string, translated: string, locale: string): ProseFinding | undefined {
  const ratio = lengthRatio(source, translated);
  const {min, max} = lengthBounds(locale);
  if (ratio >= min && ratio <= max) return undefined;
  return {
    code: 'length-ratio',
    params: {
      kind: ratio > max ? 'long' : 'short',
      ratio: ratio.toFixed(2),
      min: min.toFixed(2),
      max: max.toFixed(2),
      found: translatedLength(source, translated),
      expected: normalize(source).length,
    },
  };
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
