import {applyGlossary, type Glossary, glossaryTerms} from './glossary';
import {type Segment, segmentPage} from './segmentPage';

/** Segments a page, French (`source`) or an existing translation (`target`), with one locale's glossary applied. */
export type SegmentFor = (text: string, side: 'source' | 'target') => Segment[];

/**
 * The segmenter of each locale. The glossary differs per locale, the syntax
 * does not: each French page is parsed once for all locales, and only the
 * glossary tags are applied per locale.
 */
export function createSegmenter(glossary: Glossary): (locale: string) => SegmentFor {
  const parsed = new Map<string, Segment[]>();
  const parse = (text: string) => parsed.get(text) ?? parsed.set(text, segmentPage(text)).get(text) ?? [];
  return (locale) => (text, side) =>
    (side === 'source' ? parse(text) : segmentPage(text)).map((s) => ({...s, ...applyGlossary(s.tagged, s.tags, glossaryTerms(glossary, locale, side))}));
}
