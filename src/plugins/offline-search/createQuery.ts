import type lunr from 'lunr';

import type {SearchIndexFile} from './createSearchIndex';

/** Finds the refs (section numbers) matching a visitor's text, best first. */
export type QueryIndex = (text: string) => string[];

// Stemming a word being typed gives nonsense; its prefix is only trimmed,
// folded and lower-cased, like the text was before stemming.
const isPrefixStep = (name: string) => !/^(stemmer|stopWordFilter)/.test(name);

/**
 * Loads a `search-index.json` into lunr (whose language, if any, must be
 * registered: `loadLunr`) and returns its query function. Each word is run
 * through the indexing pipeline and matched whole, and also matched as a
 * prefix, so that results come while typing. Built with `query()` rather than
 * `search()`: visitors' text is not lunr query syntax, "a:b" must not throw.
 */
export function createQuery(l: typeof lunr, file: SearchIndexFile): QueryIndex {
  const index = l.Index.load(file.index);
  const whole = l.Pipeline.load([...file.pipeline]);
  const prefix = l.Pipeline.load(file.pipeline.filter(isPrefixStep));
  return (text) => {
    const tokens = l.tokenizer(text);
    const words = whole.run(tokens).map(String).filter(Boolean);
    const prefixes = prefix.run(l.tokenizer(text)).map(String).filter(Boolean);
    if (words.length === 0 && prefixes.length === 0) return [];
    return index
      .query((q) => {
        for (const word of words) q.term(word, {usePipeline: false, boost: 10});
        for (const start of prefixes) q.term(start, {usePipeline: false, wildcard: l.Query.wildcard.TRAILING});
      })
      .map((result) => result.ref);
  };
}
