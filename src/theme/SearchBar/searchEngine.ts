import {createQuery} from '@site/src/plugins/offline-search/createQuery';
import {loadLunr} from '@site/src/plugins/offline-search/loadLunr';
import type {SearchIndexFile} from '@site/src/plugins/offline-search/createSearchIndex';

/** A result: where to go, and what to show. */
export interface SearchHit {
  readonly url: string;
  readonly pageTitle: string;
  readonly heading: string;
}

export type Search = (query: string) => SearchHit[];

const MAX_HITS = 8;

/**
 * Downloads this locale's index from the site itself and returns a search
 * function that runs in the browser. Loaded by the search box on first use
 * only: this module, lunr and the language's stemmer are a separate chunk.
 */
export async function createSearch(indexUrl: string, locale: string): Promise<Search> {
  const [{lunr}, response] = await Promise.all([loadLunr(locale), fetch(indexUrl)]);
  if (!response.ok) throw new Error(`Search index ${indexUrl}: HTTP ${response.status}`);
  const file = (await response.json()) as SearchIndexFile;
  const query = createQuery(lunr, file);
  return (text) =>
    query(text)
      .slice(0, MAX_HITS)
      .flatMap((ref) => {
        const section = file.sections[Number(ref)];
        return section ? [section] : [];
      });
}
