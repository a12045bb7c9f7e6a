import {readProvenance, translationStatus} from '../../src/shared/provenance';
import {sourceHash} from '../../src/shared/sourceHash';
import {problem, type Problem} from './problem';

/**
 * Where a page stands in one locale:
 * - `up-to-date`: machine translation of the current French text;
 * - `reviewed`: checked by a person, of the current French text;
 * - `stale`: made from an older French text (`reviewed` says whether a person had checked it);
 * - `missing`: no translation file; `orphan`: a translation without French source;
 * - `invalid`: its `translation` provenance is missing or malformed.
 */
export type PageStatus = 'up-to-date' | 'reviewed' | 'stale' | 'missing' | 'orphan' | 'invalid';

/** The status of one page in one locale, and the problems that explain it. */
export interface PageStatusResult {
  status: PageStatus;
  /** True when the provenance says `status: reviewed`, stale or not. */
  reviewed: boolean;
  reviewedBy?: string;
  problems: Problem[];
}

/** A French page and its translation in one locale; either may be absent. */
export interface PageStatusInput {
  /** The French page; undefined when it does not exist. */
  sourceText: string | undefined;
  /** The translation; undefined when it does not exist. */
  translatedText: string | undefined;
  sourcePath: string;
  translatedPath: string;
  locale: string;
}

/**
 * Compares a translation's provenance (`translation.source_hash`) with the
 * hash of the current French file. Pure. A reviewed page whose French
 * changed is stale too: the review was of another text.
 */
export function getPageStatus(input: PageStatusInput): PageStatusResult {
  const {sourceText, translatedText, sourcePath, translatedPath, locale} = input;
  if (translatedText === undefined) {
    return {
      status: 'missing',
      reviewed: false,
      problems: [problem('translation-missing', translatedPath, 1, {locale, source: sourcePath})],
    };
  }
  if (sourceText === undefined) {
    return {
      status: 'orphan',
      reviewed: false,
      problems: [problem('translation-orphan', translatedPath, 1, {locale, source: sourcePath})],
    };
  }
  // Only the front matter is read: a body the MDX parser refuses (reported
  // by `checkTranslation`) must not hide the provenance.
  const reading = readProvenance(translatedText);
  if (!reading.ok) {
    return {
      status: 'invalid',
      reviewed: false,
      problems: reading.errors.map((reason) => problem('provenance-invalid', translatedPath, reading.line, {reason})),
    };
  }
  const {provenance, line} = reading;
  const reviewed = provenance.status === 'reviewed';
  const extra = provenance.reviewed_by ? {reviewedBy: provenance.reviewed_by} : {};
  const expected = sourceHash(sourceText);
  const status = translationStatus(expected, provenance);
  if (status !== 'stale') {
    return {status: reviewed ? 'reviewed' : 'up-to-date', reviewed, ...extra, problems: []};
  }
  const params = {
    locale,
    source: sourcePath,
    found: provenance.source_hash,
    expected,
    kind: reviewed ? 'reviewed' : 'machine',
  };
  return {status: 'stale', reviewed, ...extra, problems: [problem('translation-stale', translatedPath, line, params)]};
}
