import {loadLunr} from './loadLunr';
import type {SearchSection} from './extractSearchSections';

/** What `search-index.json` holds: lunr's index and the sections it points to. */
export interface SearchIndexFile {
  readonly locale: string;
  /** `lunr.Index#toJSON()`; each ref is an index into `sections`. */
  readonly index: object;
  /**
   * The indexing pipeline's function names (trimmer, stop words, stemmer...).
   * lunr keeps only the search pipeline, the stemmer, in the index; queries
   * need the whole pipeline, or "sécurité" would not be trimmed like the text.
   */
  readonly pipeline: readonly string[];
  readonly sections: readonly Omit<SearchSection, 'text'>[];
}

/** The name of the index file, at the root of each locale's output. */
export const SEARCH_INDEX_FILE = 'search-index.json';

/**
 * Builds the index of one locale's sections with that language's stemming.
 * Titles and headings weigh more than body text. Section text is indexed but
 * not stored: results show the page title and heading.
 */
export async function createSearchIndex(
  sections: readonly SearchSection[],
  locale: string,
): Promise<SearchIndexFile> {
  const {lunr, language} = await loadLunr(locale);
  let pipeline: string[] = [];
  const index = lunr(function build() {
    if (language) this.use(language);
    this.ref('id');
    this.field('pageTitle', {boost: 8});
    this.field('heading', {boost: 4});
    this.field('text');
    // Only the matched terms are needed to rank, not their positions.
    this.metadataWhitelist = [];
    sections.forEach((section, id) => this.add({...section, id: String(id)}));
    pipeline = this.pipeline.toJSON() as unknown as string[];
  });
  return {
    locale,
    index: index.toJSON(),
    pipeline,
    sections: sections.map(({url, pageTitle, heading}) => ({url, pageTitle, heading})),
  };
}
