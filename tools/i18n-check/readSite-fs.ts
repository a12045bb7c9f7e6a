import {readFile} from 'node:fs/promises';
import {join, relative, sep} from 'node:path';

import {SOURCE_LOCALE} from '../../src/config/locales';
import {isMarkdown, listFiles, TRANSLATED_DOCS_DIR} from '../../src/shared/pageFiles';
import {decodeText} from '../../src/shared/readText';
import {type SiteFiles} from './checkSite';

/**
 * Reads what `checkSite` needs from the site at `root`: `docs/**\/*.md{,x}`,
 * each locale's translated pages and its UI JSON files. Missing folders
 * are empty, not errors: a site may have no translation yet.
 */
export async function readSite(root: string, locales: readonly string[]): Promise<SiteFiles> {
  const docs = await readTree(join(root, 'docs'), isMarkdown, root);
  const translations = new Map<string, Map<string, string>>();
  const ui = new Map<string, Map<string, string>>();
  for (const locale of [SOURCE_LOCALE, ...locales]) {
    const base = join(root, 'i18n', locale);
    if (locale !== SOURCE_LOCALE) translations.set(locale, await readTree(join(base, TRANSLATED_DOCS_DIR), isMarkdown, root));
    ui.set(locale, await readTree(base, isUiStrings, root));
  }
  return {docs, translations, ui};
}

/**
 * The files `docusaurus write-translations` writes: `code.json`, and each
 * plugin's or theme's JSON (`docusaurus-theme-classic/navbar.json`,
 * `docusaurus-plugin-content-docs/current.json`), but not what lies among
 * the translated pages, nor other tools' files kept under `i18n/`.
 */
const isUiStrings = (path: string): boolean =>
  path === 'code.json' ||
  /^docusaurus-(plugin|theme)-[^/]+\/[^/]+\.json$/.test(path);

/** Files under `dir` whose `/`-separated relative path passes `keep`, by that path. */
async function readTree(dir: string, keep: (path: string) => boolean, root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  // Valid UTF-8 only, and without a byte-order mark: see decodeText.
  for (const path of listFiles(dir, keep)) files.set(path, decodeText(await readFile(join(dir, path)), relative(root, join(dir, path)).split(sep).join('/')).text);
  return files;
}
