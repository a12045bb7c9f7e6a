import type {Nodes} from 'mdast';

import {attributeSegments, titleSegment} from './markupSegments';
import type {Segment} from './segmentPage';
import {escapeXml} from './taggedText';

/** The French bytes a tag stands for: `open`/`close` around a `g` tag's text, `open` alone for an `x` tag. */
export interface TagMarkup {
  open: string;
  close: string;
  /**
   * Where `open` and `close` start in the French file, for markup copied
   * from it: a segment nested in the markup (a link's title, an inline
   * element's `title="…"`) is rendered into it there.
   */
  at?: {open: number; close: number};
}

/** Inline nodes whose content is prose and whose markup becomes a `g` tag. */
const WRAPPERS = new Set(['strong', 'emphasis', 'delete', 'link', 'linkReference', 'textDirective', 'mdxJsxTextElement']);

/**
 * Tagged form of the inline nodes between `start` and `end`: text keeps its
 * raw bytes (escapes included), line breaks lose their container prefix,
 * markup becomes tags numbered in order and recorded in `tags`. Prose
 * inside the markup (link and image titles, text attributes of inline JSX)
 * cannot travel inside the sentence: it goes to `nested` as segments of
 * its own, which the markup carries when it is written back. Pure.
 */
export function inlineTagged(
  source: string,
  nodes: readonly Nodes[],
  start: number,
  end: number,
  tags: Record<string, TagMarkup>,
  nested: Segment[] = [],
): string {
  let out = '';
  let cursor = start;
  for (const node of nodes) {
    const from = Math.max(node.position?.start.offset ?? cursor, start);
    const to = Math.min(node.position?.end.offset ?? cursor, end);
    out += rawText(source.slice(cursor, from));
    out += node.type === 'text' ? rawText(source.slice(from, to)) : element(source, node, from, to, tags, nested);
    cursor = to;
  }
  return out + rawText(source.slice(cursor, end));
}

function element(source: string, node: Nodes, from: number, to: number, tags: Record<string, TagMarkup>, nested: Segment[]): string {
  const id = (kind: 'g' | 'x') => `${kind}${Object.keys(tags).length + 1}`;
  const children = 'children' in node ? (node.children as Nodes[]) : [];
  const first = children[0]?.position?.start.offset;
  const last = children.at(-1)?.position?.end.offset;
  // Prose in the markup: a title ends the markup, attributes open it.
  const nest = (markupFrom: number) => {
    if (node.type === 'link' || node.type === 'image') {
      const title = titleSegment(source, markupFrom, to, node.title);
      if (title) nested.push(title);
    }
    if (node.type === 'mdxJsxTextElement') nested.push(...attributeSegments(source, node.attributes));
  };
  if (WRAPPERS.has(node.type) && !isAutolink(node) && first !== undefined && last !== undefined) {
    const tag = id('g');
    tags[tag] = {open: source.slice(from, first), close: source.slice(last, to), at: {open: from, close: last}};
    nest(last);
    return `<${tag}>${inlineTagged(source, children, first, last, tags, nested)}</${tag}>`;
  }
  if (node.type === 'image' && node.alt) {
    // `![alt](src "title")`: the alt text is prose, the rest is markup.
    const altEnd = from + 2 + node.alt.length;
    if (source.slice(from + 2, altEnd) === node.alt && source[altEnd] === ']') {
      const tag = id('g');
      tags[tag] = {open: source.slice(from, from + 2), close: source.slice(altEnd, to), at: {open: from, close: altEnd}};
      nest(altEnd);
      return `<${tag}>${escapeXml(node.alt)}</${tag}>`;
    }
  }
  const tag = id('x');
  tags[tag] = {open: source.slice(from, to), close: '', at: {open: from, close: to}};
  nest(from);
  return `<${tag}/>`;
}

/** `https://…` or `contact@…` written bare: its text is its address, never translated. */
function isAutolink(node: Nodes): boolean {
  if (node.type !== 'link' || node.children.length !== 1 || node.children[0]?.type !== 'text') return false;
  const text = node.children[0].value;
  return node.url === text || node.url === `mailto:${text}` || node.url === `http://${text}`;
}

/** Raw text in tagged form: XML-escaped, each line break without the indentation or `>` after it. */
function rawText(raw: string): string {
  return escapeXml(raw.replace(/\r?\n[ \t]*(?:>[ \t]?)*/g, '\n'));
}
