import {parseMarkdown} from '../../../shared/markdown';
import {diffBlocks} from './diffBlocks';
import {tokenize, toBlocks, type SourceBlock, type ToBlocksOptions} from './toBlocks';
import type {DiffBlock} from './types';

/** One version of a page to compare: its title and its Markdown. */
export interface PageText {
  readonly title: string;
  readonly markdown: string;
}

/**
 * The changes from `before` to `after`, with the page title first as a
 * level-1 heading. Pure: parses with the site's Markdown syntax
 * (`parseMarkdown`), so what the page shows as one paragraph is one here.
 */
export function diffPages(before: PageText, after: PageText, options: ToBlocksOptions = {}): DiffBlock[] {
  const blocks = (page: PageText): SourceBlock[] => [
    {kind: 'heading', depth: 1, tokens: tokenize(page.title)},
    ...toBlocks(parseMarkdown(page.markdown), options),
  ];
  return diffBlocks(blocks(before), blocks(after));
}
