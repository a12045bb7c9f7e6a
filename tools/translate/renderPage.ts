import {renderSegment} from './renderSegment';
import type {Segment} from './segmentPage';

/**
 * The translated page: the French file with each segment's bytes replaced
 * by its rendered translation, every other byte copied as is (no
 * re-serialisation: lists, tables, escapes and line endings stay exactly as
 * the editor wrote them). `translations[i]` belongs to `segments[i]`. Pure.
 */
export function renderPage(source: string, segments: readonly Segment[], translations: readonly string[]): string {
  let out = '';
  let cursor = 0;
  segments.forEach((segment, i) => {
    const translated = translations[i];
    if (translated === undefined) throw new Error(`renderPage: no translation for segment ${i}`);
    if (segment.start < cursor) throw new Error(`renderPage: segment ${i} overlaps the previous one`);
    out += source.slice(cursor, segment.start) + renderSegment(source, segment, translated);
    cursor = segment.end;
  });
  return out + source.slice(cursor);
}
