import {readdirSync} from 'node:fs';
import {join, relative, sep} from 'node:path';

/** Where a translated page lives under `i18n/<locale>/`: the docs plugin's folder for the current version. */
export const TRANSLATED_DOCS_DIR = 'docusaurus-plugin-content-docs/current';

/** `i18n/<locale>/docusaurus-plugin-content-docs/current`, relative to the site: a locale's translated pages. */
export const translatedDocsDir = (locale: string): string => `i18n/${locale}/${TRANSLATED_DOCS_DIR}`;

/** Whether a path is a Markdown page file (`.md` or `.mdx`). */
export const isMarkdown = (relPath: string): boolean => /\.mdx?$/.test(relPath);

/**
 * Whether a path is a partial: a file or folder starting with `_`, which
 * the docs plugin does not make a page of (pages import it). The build
 * pairs pages only; `translate` translates partials too.
 */
export const isPartial = (relPath: string): boolean => relPath.split('/').some((part) => part.startsWith('_'));

/**
 * The files under `dir` that pass `keep`, as `/`-separated paths relative
 * to it, in a stable (sorted) order; `[]` when the folder does not exist
 * (a locale with no translated page yet). The one walker of the site's
 * folders: the build, `i18n:check` and `translate` list pages with it.
 */
export function listFiles(dir: string, keep: (relPath: string) => boolean): string[] {
  let entries;
  try {
    entries = readdirSync(dir, {recursive: true, withFileTypes: true});
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter(keep)
    .sort();
}

/** The Markdown files (`.md`, `.mdx`) under `dir`, partials included: see {@link listFiles}. */
export function listMarkdownFiles(dir: string): string[] {
  return listFiles(dir, isMarkdown);
}
