import type {Nodes, Root} from 'mdast';

import {parseMarkdown} from '../shared/markdown';
import {frontMatterSegments} from './frontMatterSegments';
import {inlineTagged, type TagMarkup} from './inlineTagged';
import {escapeXml, plainText} from './taggedText';

/**
 * How a segment is written back: a paragraph may span lines, a heading, a
 * table cell or an admonition label may not, an attribute and a front-matter
 * value need quoting.
 */
export type SegmentKind = 'paragraph' | 'heading' | 'tableCell' | 'label' | 'attribute' | 'frontMatter';

/** One run of prose, located by offsets into the French file. */
export interface Segment {
  kind: SegmentKind;
  /** Offsets of the bytes the translation replaces. */
  start: number;
  end: number;
  /** The French text in tagged form, soft line breaks kept as `\n`. */
  tagged: string;
  /** Markup each tag stands for, copied from the French bytes. */
  tags: Record<string, TagMarkup>;
  /** What follows a line break inside the segment (list indentation, `> `). */
  prefix: string;
}

/** MDX component attributes that hold prose (`<Card title="…">`). */
export const TEXT_ATTRIBUTES = new Set(['title', 'alt', 'label', 'description', 'caption', 'summary', 'placeholder', 'aria-label']);

const HEADING_ID = /^\s*\/\*\s*#[\w-]+\s*\*\/\s*$/;

/**
 * Finds the prose of a page: paragraphs, headings (without their
 * `{/* #id *\/}`), list items, table cells, link text, image alt text,
 * admonition titles, text attributes of MDX components, and the front-matter
 * `title`, `description`, `sidebar_label`. Everything else (code, math, URLs,
 * HTML/JSX structure) is outside every segment or inside a tag. Pure.
 */
export function segmentPage(text: string, options: {mdx?: boolean} = {}): Segment[] {
  const tree: Root = parseMarkdown(text, options);
  const segments: Segment[] = [];
  const walk = (node: Nodes): void => {
    switch (node.type) {
      case 'yaml':
        segments.push(...frontMatterSegments(text, node));
        return;
      case 'code':
      case 'math':
      case 'html':
      case 'definition':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
        return;
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        const kind: SegmentKind =
          node.type === 'paragraph' ? (node.data as {directiveLabel?: boolean} | undefined)?.directiveLabel ? 'label' : 'paragraph' : node.type;
        let children = node.children;
        const last = children.at(-1);
        if (node.type === 'heading' && last?.type === 'mdxTextExpression' && HEADING_ID.test(last.value)) {
          children = children.slice(0, -1);
        }
        const segment = inlineSegment(text, kind, children);
        if (segment) segments.push(segment);
        return;
      }
      case 'mdxJsxFlowElement':
        for (const attribute of node.attributes) {
          if (attribute.type !== 'mdxJsxAttribute' || !TEXT_ATTRIBUTES.has(attribute.name)) continue;
          const segment = attributeSegment(text, attribute);
          if (segment) segments.push(segment);
        }
        break;
      default:
        break;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return segments.sort((a, b) => a.start - b.start);
}

function inlineSegment(text: string, kind: SegmentKind, children: readonly Nodes[]): Segment | undefined {
  const first = children[0]?.position?.start.offset;
  const last = children.at(-1)?.position?.end.offset;
  if (first === undefined || last === undefined) return undefined;
  let start = first;
  let end = last;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  const tags: Record<string, TagMarkup> = {};
  const tagged = inlineTagged(text, children, start, end, tags);
  if (!/\p{L}/u.test(plainText(tagged))) return undefined;
  return {kind, start, end, tagged, tags, prefix: continuationPrefix(text, start)};
}

function attributeSegment(
  text: string,
  attribute: {value?: unknown; position?: {start: {offset?: number}; end: {offset?: number}}},
): Segment | undefined {
  const from = attribute.position?.start.offset;
  const to = attribute.position?.end.offset;
  if (typeof attribute.value !== 'string' || from === undefined || to === undefined) return undefined;
  const raw = text.slice(from, to);
  const match = /=\s*(["'])/.exec(raw);
  if (!match?.[1] || !raw.endsWith(match[1])) return undefined;
  const start = from + match.index + match[0].length - 1;
  if (text.slice(start + 1, to - 1) !== attribute.value || !/\p{L}/u.test(attribute.value)) return undefined;
  return {kind: 'attribute', start, end: to, tagged: escapeXml(attribute.value), tags: {}, prefix: ''};
}

/** The line's text before `offset`, as it must be repeated after a line break. */
function continuationPrefix(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return text.slice(lineStart, offset).replace(/[^>\s]/g, ' ');
}
