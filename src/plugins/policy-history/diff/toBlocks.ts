import type {Nodes, PhrasingContent, Root, RootContent} from 'mdast';

import type {Mark} from './types';

/** A word, a space or a punctuation sign, with its formatting. */
export interface Token {
  readonly text: string;
  readonly marks: readonly Mark[];
  /** Text and formatting: two tokens are the same word when their keys are equal. */
  readonly key: string;
}

/** A block of one version, before diffing. */
export type SourceBlock =
  | {readonly kind: 'heading'; readonly depth: number; readonly tokens: readonly Token[]}
  | {readonly kind: 'paragraph'; readonly tokens: readonly Token[]}
  | {readonly kind: 'code'; readonly lang?: string; readonly tokens: readonly Token[]}
  | {readonly kind: 'list'; readonly ordered: boolean; readonly start?: number; readonly items: readonly SourceItem[]}
  | {readonly kind: 'table'; readonly rows: readonly SourceRow[]}
  | {readonly kind: 'quote'; readonly children: readonly SourceBlock[]}
  | {readonly kind: 'admonition'; readonly name: string; readonly title: readonly Token[]; readonly children: readonly SourceBlock[]}
  | {readonly kind: 'component'; readonly name: string; readonly children: readonly SourceBlock[]}
  | {readonly kind: 'rule'};

export interface SourceItem {
  readonly checked?: boolean;
  readonly children: readonly SourceBlock[];
}

export interface SourceRow {
  readonly header: boolean;
  readonly cells: readonly (readonly Token[])[];
}

/** Options of `toBlocks`. */
export interface ToBlocksOptions {
  /** A link's target as the page shows it (a relative `.md` link becomes its page's URL). Default: unchanged. */
  resolveUrl?: (url: string) => string;
}

// Words (letters, digits, joined by an apostrophe or a hyphen: "l'intégrité",
// "peut-être" are one word), runs of spaces, and any other sign alone.
const WORD = /\s+|[\p{L}\p{N}\p{M}]+(?:['’\-.,][\p{L}\p{N}\p{M}]+)*|[^\s]/gu;

/** Splits text into tokens with the given formatting; runs of spaces become one space. */
export function tokenize(text: string, marks: readonly Mark[] = []): Token[] {
  const key = JSON.stringify(marks);
  return (text.match(WORD) ?? []).map((raw) => {
    const word = /^\s+$/.test(raw) ? ' ' : raw;
    return {text: word, marks, key: `${word}\u0000${key}`};
  });
}

/** Code keeps its spaces and line breaks; a line is diffed word by word. */
function tokenizeCode(text: string): Token[] {
  return (text.match(/\n|[ \t]+|[\p{L}\p{N}_]+|[^\s]/gu) ?? []).map((raw) => ({text: raw, marks: [], key: `${raw}\u0000[]`}));
}

/**
 * A page's blocks, from its mdast tree (`src/shared/markdown.ts`'s
 * `parseMarkdown`): front matter, imports and `{/* comments *\/}` (heading
 * ids) left out; reference links resolved through their definitions. Pure.
 */
export function toBlocks(root: Root, options: ToBlocksOptions = {}): SourceBlock[] {
  const resolveUrl = options.resolveUrl ?? ((url: string) => url);
  const definitions = new Map<string, string>();
  const collect = (node: Nodes) => {
    if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node.url);
    if ('children' in node) (node.children as Nodes[]).forEach(collect);
  };
  collect(root);

  const inline = (nodes: readonly PhrasingContent[] | readonly Nodes[], marks: readonly Mark[] = []): Token[] => {
    const tokens: Token[] = [];
    for (const node of nodes as readonly Nodes[]) {
      switch (node.type) {
        case 'text':
          tokens.push(...tokenize(node.value, marks));
          break;
        case 'strong':
          tokens.push(...inline(node.children, [...marks, {type: 'strong'}]));
          break;
        case 'emphasis':
          tokens.push(...inline(node.children, [...marks, {type: 'emphasis'}]));
          break;
        case 'delete':
          tokens.push(...inline(node.children, [...marks, {type: 'strike'}]));
          break;
        case 'inlineCode':
        case 'inlineMath': {
          const codeMarks: Mark[] = [...marks, {type: 'code'}];
          tokens.push({text: node.value, marks: codeMarks, key: `${node.value}\u0000${JSON.stringify(codeMarks)}`});
          break;
        }
        case 'link':
          tokens.push(...inline(node.children, [...marks, {type: 'link', url: resolveUrl(node.url)}]));
          break;
        case 'linkReference': {
          const url = definitions.get(node.identifier.toLowerCase());
          tokens.push(...inline(node.children, url === undefined ? marks : [...marks, {type: 'link', url: resolveUrl(url)}]));
          break;
        }
        case 'image':
        case 'imageReference':
          tokens.push(...tokenize(node.alt ?? '', marks));
          break;
        case 'break':
          tokens.push(...tokenize(' ', marks));
          break;
        case 'footnoteReference':
          tokens.push(...tokenize(`[${node.label ?? node.identifier}]`, marks));
          break;
        case 'html':
          tokens.push(...tokenize(node.value, marks));
          break;
        case 'mdxTextExpression':
          break; // `{/* #id */}`: a heading id, not text
        default:
          if ('children' in node) tokens.push(...inline(node.children as Nodes[], marks));
      }
    }
    return trimSpaces(tokens);
  };

  const blocks = (nodes: readonly RootContent[] | readonly Nodes[]): SourceBlock[] =>
    (nodes as readonly Nodes[]).flatMap((node): SourceBlock[] => {
      switch (node.type) {
        case 'heading':
          return [{kind: 'heading', depth: node.depth, tokens: inline(node.children)}];
        case 'paragraph': {
          const tokens = inline(node.children);
          return tokens.length === 0 ? [] : [{kind: 'paragraph', tokens}];
        }
        case 'html':
          return [{kind: 'paragraph', tokens: tokenize(node.value)}];
        case 'code':
          return [{kind: 'code', ...(node.lang ? {lang: node.lang} : {}), tokens: tokenizeCode(node.value)}];
        case 'math':
          return [{kind: 'code', lang: 'math', tokens: tokenizeCode(node.value)}];
        case 'list':
          return [
            {
              kind: 'list',
              ordered: node.ordered === true,
              ...(node.ordered && typeof node.start === 'number' ? {start: node.start} : {}),
              items: node.children.map((item) => ({
                ...(typeof item.checked === 'boolean' ? {checked: item.checked} : {}),
                children: blocks(item.children),
              })),
            },
          ];
        case 'table':
          return [
            {
              kind: 'table',
              rows: node.children.map((row, index) => ({header: index === 0, cells: row.children.map((cell) => inline(cell.children))})),
            },
          ];
        case 'blockquote':
          return [{kind: 'quote', children: blocks(node.children)}];
        case 'containerDirective': {
          const label = node.children.find((c) => c.type === 'paragraph' && (c.data as {directiveLabel?: boolean} | undefined)?.directiveLabel);
          const body = node.children.filter((c) => c !== label);
          return [
            {
              kind: 'admonition',
              name: node.name,
              title: label && label.type === 'paragraph' ? inline(label.children) : [],
              children: blocks(body),
            },
          ];
        }
        case 'mdxJsxFlowElement':
          return [{kind: 'component', name: node.name ?? 'fragment', children: blocks(node.children)}];
        case 'thematicBreak':
          return [{kind: 'rule'}];
        case 'footnoteDefinition':
          return blocks(node.children);
        case 'leafDirective':
          return [{kind: 'paragraph', tokens: inline(node.children)}];
        default:
          // yaml (front matter), mdxjsEsm (imports), mdxFlowExpression
          // (comments), definition (used by the links above).
          return [];
      }
    });

  return blocks(root.children);
}

function trimSpaces(tokens: Token[]): Token[] {
  let start = 0;
  let end = tokens.length;
  while (start < end && tokens[start]?.text === ' ') start++;
  while (end > start && tokens[end - 1]?.text === ' ') end--;
  return start === 0 && end === tokens.length ? tokens : tokens.slice(start, end);
}
