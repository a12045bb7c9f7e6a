import type {Nodes} from 'mdast';

import {TEXT_ATTRIBUTES} from '../../../src/shared/textAttributes';
import type {Segment} from './segmentPage';
import {collapseWhitespace, escapeXml} from './taggedText';

/** An attribute of a JSX element, as remark-mdx parses it (`mdast` types, augmented by remark-mdx). */
type Attribute = Extract<Nodes, {type: 'mdxJsxFlowElement'}>['attributes'][number];

/**
 * Segments for the prose attributes of a JSX element: a string literal of
 * an allow-listed name ({@link TEXT_ATTRIBUTES}) whose bytes are its value
 * (no character reference to decode), quotes included, since the
 * translation may need the other quote. `{expressions}` are code. Pure.
 */
export function attributeSegments(source: string, attributes: readonly Attribute[]): Segment[] {
  const segments: Segment[] = [];
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !TEXT_ATTRIBUTES.has(attribute.name) || typeof attribute.value !== 'string') continue;
    const from = attribute.position?.start.offset;
    const to = attribute.position?.end.offset;
    if (from === undefined || to === undefined) continue;
    const raw = source.slice(from, to);
    const match = /=\s*(["'])/.exec(raw);
    if (!match?.[1] || !raw.endsWith(match[1])) continue;
    const start = from + match.index + match[0].length - 1;
    if (source.slice(start + 1, to - 1) !== attribute.value || !/\p{L}/u.test(attribute.value)) continue;
    segments.push({kind: 'attribute', start, end: to, tagged: escapeXml(attribute.value), tags: {}, prefix: ''});
  }
  return segments;
}

// The title at the end of a link's, image's or definition's markup, in any
// of its three delimiters, after white space; a link's `)` may follow.
const TITLE_AT_END = /(?<=\s)(?:"((?:[^"\\]|\\[\s\S])*)"|'((?:[^'\\]|\\[\s\S])*)'|\(((?:[^()\\]|\\[\s\S])*)\))[ \t]*\)?$/;

/**
 * The segment of a title (`[text](url "Titre")`, `![alt](src 'Titre')`,
 * `[ref]: url (Titre)`), found at the end of the markup between `from` and
 * `to`: the bytes between its delimiters, which stay as written. Only when
 * those bytes, backslash escapes read, are `title` but for white space (a
 * title with a character reference stays as is). Pure.
 */
export function titleSegment(source: string, from: number, to: number, title: string | null | undefined): Segment | undefined {
  if (!title || !/\p{L}/u.test(title)) return undefined;
  const match = TITLE_AT_END.exec(source.slice(from, to));
  const raw = match?.[1] ?? match?.[2] ?? match?.[3];
  // A title may go on over lines; its value then lost the container's indentation, its bytes did not.
  if (!match || raw === undefined || collapseWhitespace(raw.replace(/\\([!-/:-@[-`{-~])/g, '$1')) !== collapseWhitespace(title)) return undefined;
  const start = from + match.index + 1;
  return {kind: 'title', start, end: start + raw.length, tagged: escapeXml(title), tags: {}, prefix: ''};
}
