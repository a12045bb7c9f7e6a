import {rmSync} from 'node:fs';
import {join} from 'node:path';

import {listFiles, listMarkdownFiles, TRANSLATED_DOCS_DIR, translatedDocsDir} from '../../../src/shared/pageFiles';

/** Where the site keeps things, relative to the repository root. */
export const PATHS = {
  docs: 'docs',
  translatedDocs: (locale: string) => join(translatedDocsDir(locale)),
  ui: (locale: string) => join('i18n', locale),
  memory: (locale: string) => join('i18n', '.tm', `${locale}.json`),
  /** Answers of a run not yet used in a written page (git-ignored): see memoryFile.ts. */
  pendingMemory: (locale: string) => join('i18n', '.tm', `${locale}.pending.json`),
  glossary: join('i18n', 'glossary.yaml'),
};

/** The French pages, `docs/**\/*.md(x)`, as paths relative to `docs/`, sorted. */
export function listPages(root: string): string[] {
  return listMarkdownFiles(join(root, PATHS.docs));
}

/** The translated pages of `locale`, relative to its `current/` folder, sorted. */
export function listTranslations(root: string, locale: string): string[] {
  return listMarkdownFiles(join(root, PATHS.translatedDocs(locale)));
}

/** The French UI string files (`i18n/fr/**\/*.json`), relative to `i18n/fr/`, sorted. */
export function listUiFiles(root: string, sourceLocale: string): string[] {
  return listFiles(join(root, PATHS.ui(sourceLocale)), (f) => f.endsWith('.json') && !f.startsWith(`${TRANSLATED_DOCS_DIR}/`));
}

/** Removes a file if it is there. */
export function removeIfExists(path: string): void {
  rmSync(path, {force: true});
}
