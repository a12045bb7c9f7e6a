/**
 * Prose checks: the French and translated runs of prose paired, and each finding on them (length
 * ratio, truncation, repetition, chatter, block constructs, implausible for its kind, wrong
 * language), with the statistics calibration reads.
 */
export {compareProse, type ProseInput} from './compareProse';
export {blockConstructs} from './findBlockConstructs';
export {finalPunctuation} from './findImplausibleForKind';
export {DEFAULT_LENGTH_BOUNDS, findLengthRatio, LENGTH_BOUNDS, LENGTH_SMOOTHING, lengthBounds, lengthRatio, MARGIN_ABOVE, MARGIN_BELOW} from './findLengthRatio';
export {findRepetition} from './findRepetition';
export {findTruncation} from './findTruncation';
export {findWrongLanguage} from './findWrongLanguage';
export {pairProse, type ProseKind} from './pairProse';
export type {ProseCode, ProseFinding} from './proseFinding';
export {type MeasuredPair, proseStatistics} from './proseStatistics';
export {proseText} from './proseText';
export {splitSentences} from './splitSentences';
