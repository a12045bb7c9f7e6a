import {nestSegments, type Rendered, splice} from './nestSegments';
import {renderSegment} from './renderSegment';
import type {Segment} from './segmentPage';

/**
 * The translated page: the French file with each segment's bytes replaced
 * by its rendered translation, every other byte copied as is (no
 * re-serialisation: lists, tables, escapes and line endings stay exactly as
 * the editor wrote them). `translations[i]` belongs to `segments[i]`; a
 * segment nested in another's markup (a link title) is rendered first and
 * written into that markup. Pure.
 */
export function renderPage(source: string, segments: readonly Segment[], translations: readonly string[]): string {
  const {top, inner} = nestSegments(segments);
  const render = (i: number): Rendered => {
    const segment = segments[i];
    const translated = translations[i];
    if (segment === undefined || translated === undefined) throw new Error(`renderPage: no translation for segment ${i}`);
    return {start: segment.start, end: segment.end, text: renderSegment(source, segment, translated, (inner[i] ?? []).map(render))};
  };
  return splice(source, 0, source.length, top.map(render));
}
