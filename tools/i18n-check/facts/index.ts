/**
 * Facts a translation must keep: numbers, dates, e-mail addresses, URLs and other tokens extracted
 * from a text, and their differences.
 */
export {diffFacts} from './diffFacts';
export {extractFacts, type Fact, type PageFacts, type Prose} from './extractFacts';
export {extractTokens, splitNumberRun, type TokenKind} from './extractTokens';
