/**
 * `npm run translate`, as functions: a run (`runTranslate`, `planRun`,
 * `executeRun`), `--adopt` (`runAdopt`), and the command line itself
 * (`main`; `cli/main.ts` is the entry point). Each stage is a folder with
 * an index naming its public functions: segmenting, memory, providers,
 * planning, writing, ui, adopting, cli (see docs-dev/architecture.md).
 */
export {runAdopt} from './adopting';
export {main} from './cli';
export {classifyPage, describePlan, executeRun, planRun, runTranslate, type TranslateOptions, type TranslateReport} from './planning';
export {createProvider, PROVIDERS, type Provider} from './providers';
