/**
 * The command line: `main` (argument parsing, messages, progress, the report), and `main.ts`, the
 * entry point of `npm run translate`.
 */
export {main} from './cli';
export {createProgress} from './createProgress';
export {createT} from './createT';
export {markdownReport} from './markdownReport';
export {summarize} from './summarize';
