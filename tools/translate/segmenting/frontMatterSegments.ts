import type {Yaml} from 'mdast';
import {isMap, isScalar, parseDocument} from 'yaml';

import type {Segment} from './segmentPage';
import {escapeXml} from './taggedText';

/** Front-matter keys whose values are prose (Docusaurus doc metadata, and a policy version's `change_summary`). */
export const TEXT_KEYS = ['title', 'description', 'sidebar_label', 'change_summary'] as const;

/**
 * Segments for the prose values of a page's YAML front matter, located by
 * the YAML parser's exact source ranges. Pure.
 */
export function frontMatterSegments(text: string, node: Yaml): Segment[] {
  const from = node.position?.start.offset;
  const to = node.position?.end.offset;
  if (from === undefined || to === undefined) return [];
  const contentStart = text.indexOf('\n', from) + 1;
  let contentEnd = text.lastIndexOf('\n', to - 1);
  if (text[contentEnd - 1] === '\r') contentEnd--;
  if (contentStart <= 0 || contentEnd < contentStart) return [];
  const doc = parseDocument(text.slice(contentStart, contentEnd), {keepSourceTokens: true});
  if (!isMap(doc.contents)) return [];
  const segments: Segment[] = [];
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    if (!TEXT_KEYS.includes(key as (typeof TEXT_KEYS)[number])) continue;
    const value = pair.value;
    if (!isScalar(value) || typeof value.value !== 'string' || !value.range || !/\p{L}/u.test(value.value)) continue;
    const start = contentStart + value.range[0];
    // A block scalar's range takes its final line break: that stays.
    const end = start + text.slice(start, contentStart + value.range[1]).trimEnd().length;
    segments.push({
      kind: 'frontMatter',
      start,
      end,
      tagged: escapeXml(value.value),
      tags: {},
      prefix: '',
    });
  }
  return segments;
}
