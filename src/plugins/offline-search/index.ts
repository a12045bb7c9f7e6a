import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

import {atomicWrite} from '../../shared/atomicWrite';
import {createSearchIndex, SEARCH_INDEX_FILE} from './createSearchIndex';
import {contentPart, extractSearchSections, type SearchSection} from './extractSearchSections';

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
      const {baseUrl, i18n, siteDir} = context;
      // Sections of pages whose content is unchanged since the last build
      // are reused: a rebuild after a one-page edit parses one page.
      const cacheFile = path.join(siteDir, 'node_modules/.cache/offline-search', `${i18n.currentLocale}.json`);
      const cache = await readCache(cacheFile);
      const next: SectionCache = {};
      const sections = [];
      for (const routePath of routesPaths) {
        if (!routePath.startsWith(baseUrl) || routePath.endsWith('/404.html') || routePath === '/404') continue;
        const html = await readPage(outDir, routePath.slice(baseUrl.length));
        if (html === undefined) continue;
        const key = createHash('sha256').update(routePath).update('\0').update(contentPart(html)).digest('base64url');
        const found = cache[key] ?? extractSearchSections(html, routePath);
        next[key] = found;
        sections.push(...found);
      }
      const file = await createSearchIndex(sections, i18n.currentLocale);
      await fs.writeFile(path.join(outDir, SEARCH_INDEX_FILE), JSON.stringify(file));
      // Whole or not at all: builds of copies sharing node_modules (the e2e
      // suite's) may read it while another writes it.
      atomicWrite(cacheFile, JSON.stringify({version: CACHE_VERSION, sections: next}));
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

/** Sections by page key (route and content hash), as `postBuild` keeps them between builds. */
type SectionCache = Record<string, SearchSection[]>;

/**
 * The cache's version: the hash of the code that makes the sections, so that
 * a change to it never reuses sections made the old way.
 */
const CACHE_VERSION = createHash('sha256')
  .update(readFileSync(path.join(__dirname, 'extractSearchSections.ts')))
  .digest('hex')
  .slice(0, 16);

async function readCache(file: string): Promise<SectionCache> {
  try {
    const data = JSON.parse(await fs.readFile(file, 'utf8')) as {version?: unknown; sections?: SectionCache};
    return data.version === CACHE_VERSION && data.sections ? data.sections : {};
  } catch {
    // No cache yet, or a damaged one: every page is parsed.
    return {};
  }
}
