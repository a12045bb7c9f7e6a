import fs from 'node:fs/promises';
import path from 'node:path';

import {isPartial, listMarkdownFiles} from '../../shared/pageFiles';
import {decodeText} from '../../shared/readText';
import type {MarkdownFile} from './collectPageProvenance';

/**
 * Every page under `dir` (`listMarkdownFiles`), read; `[]` when the folder
 * does not exist (a locale with no translated page yet). Partials (`_`
 * files and folders) are skipped, as the docs plugin does.
 *
 * @param siteDir Error messages show paths relative to it.
 */
export async function readMarkdownFiles(dir: string, siteDir: string): Promise<MarkdownFile[]> {
  const relPaths = listMarkdownFiles(dir).filter((rel) => !isPartial(rel));
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
