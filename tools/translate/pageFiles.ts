import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';

/** Where the site keeps things, relative to the repository root. */
export const PATHS = {
  docs: 'docs',
  translatedDocs: (locale: string) => join('i18n', locale, 'docusaurus-plugin-content-docs', 'current'),
  ui: (locale: string) => join('i18n', locale),
  memory: (locale: string) => join('i18n', '.tm', `${locale}.json`),
  glossary: join('i18n', 'glossary.yaml'),
};

/** The French pages, `docs/**\/*.md(x)`, as paths relative to `docs/`, sorted. */
export function listPages(root: string): string[] {
  return listFiles(join(root, PATHS.docs), /\.mdx?$/);
}

/** The French UI string files (`i18n/fr/**\/*.json`), relative to `i18n/fr/`, sorted. */
export function listUiFiles(root: string, sourceLocale: string): string[] {
  return listFiles(join(root, PATHS.ui(sourceLocale)), /\.json$/).filter((f) => !f.startsWith('docusaurus-plugin-content-docs/current/'));
}

function listFiles(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((d) => d.isFile() && pattern.test(d.name))
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'))
    .sort();
}

/** A file's text, or undefined when it does not exist. */
export function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
