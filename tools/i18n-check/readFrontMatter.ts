import type {Root} from 'mdast';

import {type FrontMatter, parseFrontMatterYaml} from '../../src/shared/frontMatter';

export type {FrontMatter};

/**
 * Reads the YAML front matter of a parsed page (`parseMarkdown`), with the
 * site's one YAML setting (`parseFrontMatterYaml`), at file lines. Pure.
 */
export function readFrontMatter(tree: Root): FrontMatter {
  const node = tree.children[0];
  if (node?.type !== 'yaml') return {data: {}, keyLines: new Map(), errors: []};
  // The YAML text starts on the line after `---`.
  return parseFrontMatterYaml(node.value, (node.position?.start.line ?? 1) + 1);
}
