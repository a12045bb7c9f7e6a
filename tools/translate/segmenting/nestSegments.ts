import type {Segment} from './segmentPage';

/** A segment's range and the bytes written in its place. */
export interface Rendered {
  start: number;
  end: number;
  text: string;
}

/**
 * The segments of a page as a forest, from a list sorted by start (a
 * segment before those nested in it): `top` holds the indexes of the
 * segments inside no other, `inner[i]` those directly inside segment `i`
 * (a link title inside its paragraph). Throws on segments that overlap
 * without one holding the other. Pure.
 */
export function nestSegments(segments: readonly Segment[]): {top: number[]; inner: number[][]} {
  const top: number[] = [];
  const inner: number[][] = segments.map(() => []);
  const open: number[] = [];
  segments.forEach((segment, i) => {
    while (open.length > 0 && (segments[open.at(-1) ?? 0]?.end ?? 0) <= segment.start) open.pop();
    const parent = open.at(-1);
    if (parent === undefined) top.push(i);
    else if (segment.end <= (segments[parent]?.end ?? 0)) inner[parent]?.push(i);
    else throw new Error(`segment ${i} (offsets ${segment.start}-${segment.end}) overlaps segment ${parent} without lying inside it`);
    open.push(i);
  });
  return {top, inner};
}

/** `source` from `from` to `to`, with each of `pieces` (sorted, within the range) written in place of its bytes. Pure. */
export function splice(source: string, from: number, to: number, pieces: readonly Rendered[]): string {
  let out = '';
  let cursor = from;
  for (const piece of pieces) {
    if (piece.start < cursor || piece.end > to) throw new Error(`splice: offsets ${piece.start}-${piece.end} are outside ${cursor}-${to}`);
    out += source.slice(cursor, piece.start) + piece.text;
    cursor = piece.end;
  }
  return out + source.slice(cursor, to);
}
