import type {Heading, Nodes, Root} from 'mdast';
import {visit} from 'unist-util-visit';

import {extractTokens, type TokenKind} from './extractTokens';
import {proseText} from '../prose';
import {listShape, tableShape} from './shapes';

/** One thing a translation must keep, where it is: `block` is the index of its top-level block. */
export interface Fact {
  /** What is compared: canonical (`13174890` for `13 174 890`). */
  key: string;
  /** As written, for messages; `key` when absent. */
  label?: string;
  line: number;
  block: number;
}

/** A paragraph's prose, without code, for language identification. */
export interface Prose {
  text: string;
  line: number;
}

/** Everything of a page that `checkTranslation` compares, by kind. */
export interface PageFacts {
  codeBlocks: Fact[];
  inlineCode: Fact[];
  math: Fact[];
  links: Fact[];
  images: Fact[];
  headingIds: Fact[];
  headingLevels: Fact[];
  lists: Fact[];
  tables: Fact[];
  admonitions: Fact[];
  components: Fact[];
  /** `import`/`export` lines and `{expressions}`, but not comments nor heading ids. */
  expressions: Fact[];
  /** Blockquotes, thematic breaks and HTML blocks, by `BlockConstruct` name: none has a shape check of its own. */
  blocks: Fact[];
  tokens: Record<TokenKind, Fact[]>;
  paragraphs: Prose[];
  /** Start line of each top-level block, to place a problem about a missing item. */
  blockLines: number[];
}

// `## Contexte {/* #context */}`: the site's heading-id syntax under MDX.
const HEADING_ID = /^\/\*\s*#(\S+?)\s*\*\/$/;

/**
 * Collects the facts of a parsed page (`parseMarkdown`). Pure. Front matter
 * is left to `compareFrontMatter`.
 */
export function extractFacts(tree: Root): PageFacts {
  const facts: PageFacts = {
    codeBlocks: [], inlineCode: [], math: [], links: [], images: [], headingIds: [], headingLevels: [],
    lists: [], tables: [], admonitions: [], components: [], expressions: [], blocks: [],
    tokens: {url: [], email: [], phone: [], number: []},
    paragraphs: [],
    blockLines: tree.children.map((n) => n.position?.start.line ?? 1),
  };
  tree.children.forEach((child, block) => {
    const add = (list: Fact[], key: string, node: Nodes, label?: string): void => {
      const line = node.position?.start.line ?? 1;
      list.push(label === undefined ? {key, line, block} : {key, label, line, block});
    };
    visit(child, (node: Nodes, _index, parent) => {
      switch (node.type) {
        case 'code':
          add(facts.codeBlocks, [node.lang ?? '', node.meta ?? '', node.value].join('\u0000'), node, node.value);
          return 'skip';
        case 'inlineCode':
          add(facts.inlineCode, node.value, node);
          return;
        case 'math':
        case 'inlineMath':
          add(facts.math, node.value, node);
          return;
        case 'link':
          // A bare address or URL (GFM autolink literal) is checked as such, not twice.
          if (!isAutolinkLiteral(node.url, node)) add(facts.links, node.url, node);
          return;
        case 'definition':
          add(facts.links, node.url, node);
          return;
        case 'image':
          add(facts.images, node.url, node);
          return;
        case 'heading':
          add(facts.headingLevels, '#'.repeat(node.depth), node);
          addHeadingId(node, (id) => add(facts.headingIds, id, node));
          return;
        case 'list':
          if (parent?.type !== 'listItem') add(facts.lists, listShape(node), node);
          return;
        case 'table':
          add(facts.tables, tableShape(node), node);
          return;
        case 'blockquote':
        case 'thematicBreak':
        case 'html':
          add(facts.blocks, node.type, node);
          return;
        case 'containerDirective':
          add(facts.admonitions, node.name, node);
          return;
        case 'mdxjsEsm':
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          // `{/* ... */}` is a comment (a heading id is one): free to differ.
          if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) add(facts.expressions, node.value, node);
          return;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          add(facts.components, node.name ?? '<>', node);
          return;
        case 'paragraph':
          facts.paragraphs.push({text: proseText(node), line: node.position?.start.line ?? 1});
          return;
        case 'text':
          for (const token of extractTokens(node.value)) {
            const line = (node.position?.start.line ?? 1) + countNewlines(node.value.slice(0, token.index));
            facts.tokens[token.kind].push({key: token.value, label: token.raw, line, block});
          }
          return;
        default:
          return;
      }
    });
  });
  return facts;
}

function isAutolinkLiteral(url: string, node: Nodes): boolean {
  const text = proseText(node);
  return url === text || url === `mailto:${text}` || url === `http://${text}`;
}

function addHeadingId(node: Heading, add: (id: string) => void): void {
  for (const child of node.children) {
    if (child.type !== 'mdxTextExpression') continue;
    const id = HEADING_ID.exec(child.value.trim())?.[1];
    if (id) add(id);
  }
}

function countNewlines(text: string): number {
  return text.split('\n').length - 1;
}
