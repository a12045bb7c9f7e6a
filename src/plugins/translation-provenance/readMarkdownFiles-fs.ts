import fs from 'node:fs/promises';
import path from 'node:path';

import {decodeText} from '../../../tools/shared/readText';
import type {MarkdownFile} from './collectPageProvenance';

const MARKDOWN = /\.mdx?$/;

/**
 * Every `.md`/`.mdx` file under `dir`, recursively, in a stable order; `[]`
 * when the folder does not exist (a locale with no translated page yet).
 * Files and folders starting with `_` are skipped, as the docs plugin does.
 *
 * @param siteDir Error messages show paths relative to it.
 */
export async function readMarkdownFiles(dir: string, siteDir: string): Promise<MarkdownFile[]> {
  let entries: string[];
  try {
    entries = await fs.readdir(dir, {recursive: true});
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const relPaths = entries
    .map((entry) => entry.split(path.sep).join('/'))
    .filter((rel) => MARKDOWN.test(rel) && !rel.split('/').some((part) => part.startsWith('_')))
    .sort();
  return Promise.all(
    relPaths.map(async (relPath) => {
      const file = path.join(dir, relPath);
      const displayPath = path.relative(siteDir, file).split(path.sep).join('/');
      // Invalid UTF-8 stops the build, naming the file and the byte: read
      // leniently, it would be published as U+FFFD.
      return {relPath, displayPath, text: decodeText(await fs.readFile(file), displayPath).text};
    }),
  );
}
