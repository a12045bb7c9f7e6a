/**
 * What a run does: the state of each page in each locale, the plan, and the run itself
 * (`runTranslate`).
 */
export {classifyPage, validProvenance} from './classifyPage';
export {type PageWork} from './planLocale';
export {describePlan, executeRun, type PageReport, planRun, runTranslate, type TranslateOptions, type TranslateReport} from './runTranslate';
