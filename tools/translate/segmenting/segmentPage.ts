import type {Nodes, Root} from 'mdast';

import type {ProseKind} from '../../i18n-check';
import {parseMarkdown} from '../../../src/shared/markdown';
import {frontMatterSegments} from './frontMatterSegments';
import {inlineTagged, type TagMarkup} from './inlineTagged';
import {attributeSegments, titleSegment} from './markupSegments';
import {plainText} from './taggedText';

/**
 * How a segment is written back: a paragraph may span lines, a heading, a
 * table cell or an admonition label may not, an attribute and a front-matter
 * value need quoting, a title escaping for its delimiter. The list is
 * `i18n:check`'s `ProseKind`, so its checks know what each answer may be.
 */
export type SegmentKind = ProseKind;

/**
 * One run of prose, located by offsets into the French file. A segment may
 * lie inside another one's tag markup (a link title inside its paragraph):
 * it is translated on its own and written back into that markup.
 */
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

const HEADING_ID = /^\s*\/\*\s*#[\w-]+\s*\*\/\s*$/;

/**
 * Finds the prose of a page: paragraphs, headings (without their
 * `{/* #id *\/}`), list items, table cells, link text and titles, image alt
 * text and titles, admonition titles, text attributes of JSX elements
 * (block or inline; `TEXT_ATTRIBUTES` in markupSegments.ts), and the front-matter
 * `title`, `description`, `sidebar_label`. Everything else (code, math, URLs,
 * HTML/JSX structure) is outside every segment or inside a tag. Sorted by
 * start, a segment before those nested in it. Pure.
 */
export function segmentPage(text: string, options: {mdx?: boolean} = {}): Segment[] {
  const tree: Root = parseMarkdown(text, options);
  const segments: Segment[] = [];
  const walk = (node: Nodes): void => {
    switch (node.type) {
      case 'yaml':
        segments.push(...frontMatterSegments(text, node));
        return;
      case 'definition': {
        const title = titleSegment(text, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0, node.title);
        if (title) segments.push(title);
        return;
      }
      case 'code':
      case 'math':
      case 'html':
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
        segments.push(...inlineSegments(text, kind, children));
        return;
      }
      case 'mdxJsxFlowElement':
        segments.push(...attributeSegments(text, node.attributes));
        break;
      default:
        break;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return segments.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The segment of a run of inline nodes, if it holds words, and the segments nested in its markup. */
function inlineSegments(text: string, kind: SegmentKind, children: readonly Nodes[]): Segment[] {
  const first = children[0]?.position?.start.offset;
  const last = children.at(-1)?.position?.end.offset;
  if (first === undefined || last === undefined) return [];
  let start = first;
  let end = last;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  const tags: Record<string, TagMarkup> = {};
  const nested: Segment[] = [];
  const tagged = inlineTagged(text, children, start, end, tags, nested);
  // Without words of its own (`![](plan.png "Plan du site")`), the run is left as is; its nested prose is not.
  if (!/\p{L}/u.test(plainText(tagged))) return nested;
  return [{kind, start, end, tagged, tags, prefix: continuationPrefix(text, start)}, ...nested];
}

/** The line's text before `offset`, as it must be repeated after a line break. */
function continuationPrefix(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return text.slice(lineStart, offset).replace(/[^>\s]/g, ' ');
}
