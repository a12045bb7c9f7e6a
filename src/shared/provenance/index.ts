/**
 * The `translation:` front-matter block of a translated page, in one place:
 * its schema, reading it from a page, the status it gives the page against
 * today's source text, and writing it. The build (`translation-provenance`,
 * `policy-history`), `i18n:check` and `translate` all call these.
 */
export {parseProvenance, PROVENANCE_KEY, provenanceSchema, type Provenance, type ProvenanceResult} from './provenanceSchema';
export {readProvenance, type ProvenanceReading} from './readProvenance';
export {translationStatus, type TranslationStatus} from './translationStatus';
export {outputHash, stripProvenance, withProvenance} from './provenanceBlock';
