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
export function renderPage(source: string, segments: readonly Segment[], translations: readonly string[], ranges?: OutputRange[]): string {
  const {top, inner} = nestSegments(segments);
  const render = (i: number): Rendered => {
    const segment = segments[i];
    const translated = translations[i];
    if (segment === undefined || translated === undefined) throw new Error(`renderPage: no translation for segment ${i}`);
    return {start: segment.start, end: segment.end, text: renderSegment(source, segment, translated, (inner[i] ?? []).map(render))};
  };
  const pieces = top.map(render);
  if (ranges) {
    // Where each top-level segment landed in the output: the bytes before it shifted by the renderings before it.
    let shift = 0;
    pieces.forEach((piece, k) => {
      const index = top[k] ?? 0;
      const start = piece.start + shift;
      ranges.push({index, nested: collect(index, inner), start, end: start + piece.text.length});
      shift += piece.text.length - (piece.end - piece.start);
    });
  }
  return splice(source, 0, source.length, pieces);
}

/** Where a top-level segment's rendering lies in the translated page, and the segments nested in it. */
export interface OutputRange {
  index: number;
  nested: number[];
  start: number;
  end: number;
}

function collect(index: number, inner: readonly number[][]): number[] {
  return (inner[index] ?? []).flatMap((i) => [i, ...collect(i, inner)]);
}
