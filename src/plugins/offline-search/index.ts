import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

import {createSearchIndex, SEARCH_INDEX_FILE} from './createSearchIndex';
import {extractSearchSections} from './extractSearchSections';

/**
 * Offline search: after each locale's build, reads the built pages of that
 * locale, indexes them with the language's stemming (lunr-languages) and
 * writes `search-index.json` beside them. The search box
 * (`src/theme/SearchBar`) downloads that file and lunr only when the
 * visitor uses it; queries never leave the browser.
 */
export default function offlineSearchPlugin(context: LoadContext): Plugin {
  return {
    name: 'offline-search',
    async postBuild({outDir, routesPaths}) {
      const {baseUrl, i18n} = context;
      const sections = [];
      for (const routePath of routesPaths) {
        if (!routePath.startsWith(baseUrl) || routePath.endsWith('/404.html') || routePath === '/404') continue;
        const html = await readPage(outDir, routePath.slice(baseUrl.length));
        if (html !== undefined) sections.push(...extractSearchSections(html, routePath));
      }
      const file = await createSearchIndex(sections, i18n.currentLocale);
      await fs.writeFile(path.join(outDir, SEARCH_INDEX_FILE), JSON.stringify(file));
    },
  };
}

/** A route's HTML file (`privacy.html`, or `index.html` for the locale root). */
async function readPage(outDir: string, relative: string): Promise<string | undefined> {
  const candidates = relative === '' ? ['index.html'] : [`${relative}.html`, path.join(relative, 'index.html')];
  for (const candidate of candidates) {
    try {
      return await fs.readFile(path.join(outDir, candidate), 'utf8');
    } catch {
      // Not this layout; try the next one.
    }
  }
  return undefined;
}
