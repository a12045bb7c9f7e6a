/**
 * The report: one problem rendered in the user's language, the whole report as text, and as JSON
 * (`--json`).
 */
export {formatReport} from './formatReport';
export {formatProblemLine, renderProblem} from './renderProblem';
export {JSON_REPORT_VERSION, type JsonProblem, type JsonReport, toJsonReport} from './toJsonReport';
