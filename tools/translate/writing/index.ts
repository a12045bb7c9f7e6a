/**
 * Writing the result: composing a page from its segments, validating it as the build would,
 * writing files atomically, and committing them.
 */
export {atomicWrite} from '../../../src/shared/atomicWrite';
export {checkCanCommit, commitFiles, uncommittedFiles} from './commitFiles';
export {commitMessage} from './commitMessage';
export {type ComposeSources} from './composePage';
export {listPages, listTranslations, listUiFiles, PATHS, removeIfExists} from './pageFiles';
export {readIfExists, readTextIfExists} from '../../../src/shared/readText';
export {checkPage, parsesAsMdx, type ValidatePage} from './validatePage';
export {writePages} from './writePages';
