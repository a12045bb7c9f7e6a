import type {Nodes} from 'mdast';

import {escapeXml} from './taggedText';

/** The French bytes a tag stands for: `open`/`close` around a `g` tag's text, `open` alone for an `x` tag. */
export interface TagMarkup {
  open: string;
  close: string;
}

/** Inline nodes whose content is prose and whose markup becomes a `g` tag. */
const WRAPPERS = new Set(['strong', 'emphasis', 'delete', 'link', 'linkReference', 'textDirective', 'mdxJsxTextElement']);

/**
 * Tagged form of the inline nodes between `start` and `end`: text keeps its
 * raw bytes (escapes included), line breaks lose their container prefix,
 * markup becomes tags numbered in order and recorded in `tags`. Pure.
 */
export function inlineTagged(
  source: string,
  nodes: readonly Nodes[],
  start: number,
  end: number,
  tags: Record<string, TagMarkup>,
): string {
  let out = '';
  let cursor = start;
  for (const node of nodes) {
    const from = Math.max(node.position?.start.offset ?? cursor, start);
    const to = Math.min(node.position?.end.offset ?? cursor, end);
    out += rawText(source.slice(cursor, from));
    out += node.type === 'text' ? rawText(source.slice(from, to)) : element(source, node, from, to, tags);
    cursor = to;
  }
  return out + rawText(source.slice(cursor, end));
}

function element(source: string, node: Nodes, from: number, to: number, tags: Record<string, TagMarkup>): string {
  const id = (kind: 'g' | 'x') => `${kind}${Object.keys(tags).length + 1}`;
  const children = 'children' in node ? (node.children as Nodes[]) : [];
  const first = children[0]?.position?.start.offset;
  const last = children.at(-1)?.position?.end.offset;
  if (WRAPPERS.has(node.type) && !isAutolink(node) && first !== undefined && last !== undefined) {
    const tag = id('g');
    tags[tag] = {open: source.slice(from, first), close: source.slice(last, to)};
    return `<${tag}>${inlineTagged(source, children, first, last, tags)}</${tag}>`;
  }
  if (node.type === 'image' && node.alt) {
    // `![alt](src "title")`: the alt text is prose, the rest is markup.
    const altEnd = from + 2 + node.alt.length;
    if (source.slice(from + 2, altEnd) === node.alt && source[altEnd] === ']') {
      const tag = id('g');
      tags[tag] = {open: source.slice(from, from + 2), close: source.slice(altEnd, to)};
      return `<${tag}>${escapeXml(node.alt)}</${tag}>`;
    }
  }
  const tag = id('x');
  tags[tag] = {open: source.slice(from, to), close: ''};
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
