import type {Nodes, Root} from 'mdast';

import {TRANSLATED_KEYS} from '../compareFrontMatter';
import {proseText} from './proseText';
import {readFrontMatter} from '../readFrontMatter';

/**
 * What a run of prose is in its page, as the translate command segments it
 * (`SegmentKind` in `tools/translate/segmentPage.ts` is this type): a
 * paragraph (list items included) may span lines; a heading, a table cell,
 * an admonition label, a link or image title, a JSX attribute and a
 * front-matter value are one line.
 */
export type ProseKind = 'paragraph' | 'heading' | 'tableCell' | 'label' | 'attribute' | 'frontMatter' | 'title';

/** A run of prose of a page: its words (`proseText`) and its first line in the file. */
export interface ProseBlock {
  text: string;
  line: number;
}

/** A French prose block and the block that translates it. */
export interface ProsePair {
  kind: ProseKind;
  source: ProseBlock;
  translated: ProseBlock;
}

/**
 * Pairs the prose blocks of a page and its translation, in order:
 * paragraphs (list items' included), headings, table cells, admonition
 * labels, and the translated front-matter values (`title`,
 * `description`...). The trees are walked in parallel; when their block
 * structure differs (a list item, a quote or a heading more or less), there
 * is no pairing to trust and the result is `undefined`: the shape checks
 * already report that difference. Pure.
 */
export function pairProse(source: Root, translated: Root): ProsePair[] | undefined {
  const pairs: ProsePair[] = [...pairFrontMatter(source, translated)];
  return walk(source, translated, pairs) ? pairs : undefined;
}

/** Pairs `a` and `b` and their descendants into `pairs`; false when their structures differ. */
function walk(a: Nodes, b: Nodes, pairs: ProsePair[]): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'paragraph' || a.type === 'heading' || a.type === 'tableCell') {
    const isLabel = (a.data as {directiveLabel?: boolean} | undefined)?.directiveLabel === true;
    const kind: ProseKind = a.type === 'paragraph' ? (isLabel ? 'label' : 'paragraph') : a.type;
    pairs.push({kind, source: block(a), translated: block(b)});
    return true;
  }
  // Leaves (code, math, yaml, thematic breaks...) hold no prose of their own.
  if (!('children' in a) || !('children' in b)) return 'children' in a === 'children' in b;
  // Inline content (JSX text elements, links) belongs to the paragraph that holds it.
  const children = (n: Nodes): Nodes[] => (n as {children: Nodes[]}).children;
  const x = children(a);
  const y = children(b);
  if (x.length !== y.length) return false;
  return x.every((child, i) => {
    const other = y[i];
    return other !== undefined && walk(child, other, pairs);
  });
}

function block(node: Nodes): ProseBlock {
  return {text: proseText(node).replace(/\s+/g, ' ').trim(), line: node.position?.start.line ?? 1};
}

/** The translated front-matter values present on both sides, in the French key order. */
function pairFrontMatter(source: Root, translated: Root): ProsePair[] {
  const a = readFrontMatter(source);
  const b = readFrontMatter(translated);
  return Object.keys(a.data).flatMap((key): ProsePair[] => {
    const from = a.data[key];
    const to = b.data[key];
    if (!TRANSLATED_KEYS.has(key) || typeof from !== 'string' || typeof to !== 'string') return [];
    const line = (f: typeof a): number => f.keyLines.get(key) ?? 1;
    return [{kind: 'frontMatter', source: {text: from, line: line(a)}, translated: {text: to, line: line(b)}}];
  });
}
