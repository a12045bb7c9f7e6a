/**
 * The translation checker's public API, for the translate command and
 * tests: pure checks of one page, one run of prose (the translate gate's
 * segment checks) or one UI file, the status of a page, and the whole-site
 * run the CLI (`cli.ts`) prints.
 */
export {checkTranslation, type TranslationInput} from './checkTranslation';
export {compareProse, type ProseCode, type ProseFinding, type ProseInput, type ProseKind} from './prose';
export {checkUiStrings, type UiStringsInput} from './checkUiStrings';
export {getPageStatus, type PageStatus, type PageStatusInput, type PageStatusResult} from './getPageStatus';
export {checkSite, checkUiFiles, type CheckSiteOptions, type SiteFiles, type SiteReport, type UiFileReport} from './checkSite';
export {checkUntranslatedUi, NO_UNTRANSLATED_RULES, type UntranslatedRules} from './checkUntranslatedUi';
export {readSite} from './readSite-fs';
export {readUntranslatedRules} from './readUntranslatedRules-fs';
export {createTranslator, pickLanguage, type MessageLanguage} from './createTranslator';
export {formatProblemLine, formatReport, JSON_REPORT_VERSION, type JsonProblem, type JsonReport, renderProblem, toJsonReport} from './report';
export {PROBLEM_CODES, type Problem, type ProblemCode, type Severity} from './problem';
