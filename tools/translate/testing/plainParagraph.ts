import {segmentPage} from '../segmenting';

/**
 * A paragraph of `french` with plain words only (no markup, no glossary
 * term, at least 8 words), exactly as it is in the file: what a test edits
 * on this repository's own pages, whatever their wording today.
 *
 * @param file Named in the error when the page has no such paragraph.
 */
export function plainParagraph(french: string, file: string): string {
  const segment = segmentPage(french).find((s) => s.kind === 'paragraph' && Object.keys(s.tags).length === 0 && s.tagged.split(/\s+/).length >= 8);
  if (!segment) throw new Error(`${file} has no plain paragraph of 8 words or more for this test to edit: point the test at another page`);
  return french.slice(segment.start, segment.end);
}
