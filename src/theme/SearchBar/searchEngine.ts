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
 * The index stores French, Spanish, Italian and German words without their
 * accents (lunr-languages' accent folding); a prefix, which skips the
 * pipeline, must be folded the same way.
 */
function foldAccents(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Downloads this locale's index from the site itself and returns a search
 * function that runs in the browser. Loaded by the search box on first use
 * only: this module, lunr and the language's stemmer are a separate chunk.
 */
export async function createSearch(indexUrl: string, locale: string): Promise<Search> {
  const [{lunr, language}, response] = await Promise.all([loadLunr(locale), fetch(indexUrl)]);
  if (!response.ok) throw new Error(`Search index ${indexUrl}: HTTP ${response.status}`);
  const file = (await response.json()) as SearchIndexFile;
  // Registers the language's pipeline functions, which `load` looks up by name.
  if (language) lunr(function register() {
    this.use(language);
  });
  const index = lunr.Index.load(file.index);

  return (query) => {
    const terms = lunr.tokenizer(query).map((token) => token.toString());
    if (terms.length === 0) return [];
    // Built with `query()` rather than `search()`: visitors' text is not
    // lunr query syntax, and "a:b" must not throw. A whole word goes through
    // the stemmer; a word being typed also matches as a prefix.
    const results = index.query((q) => {
      for (const term of terms) {
        q.term(term, {boost: 10});
        q.term(foldAccents(term), {usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING});
      }
    });
    return results.slice(0, MAX_HITS).flatMap(({ref}) => {
      const section = file.sections[Number(ref)];
      return section ? [section] : [];
    });
  };
}
