import {excerpt} from '../problem';
import type {ProseFinding} from './proseFinding';

/** A Markdown block construct, by the name the messages use (`constructs.<name>` in translations/). */
export type BlockConstruct = 'blockquote' | 'thematicBreak' | 'heading' | 'list' | 'table' | 'html' | 'code';

// CommonMark's HTML block tags (types 1 and 6); any other tag cannot interrupt a paragraph.
const HTML_BLOCK_TAGS = [
  'address', 'article', 'aside', 'base', 'basefont', 'blockquote', 'body', 'caption', 'center', 'col', 'colgroup', 'dd',
  'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame', 'frameset',
  'h[1-6]', 'head', 'header', 'hr', 'html', 'iframe', 'legend', 'li', 'link', 'main', 'menu', 'menuitem', 'nav', 'noframes',
  'ol', 'optgroup', 'option', 'p', 'param', 'pre', 'script', 'search', 'section', 'style', 'summary', 'table', 'tbody', 'td',
  'textarea', 'tfoot', 'th', 'thead', 'title', 'tr', 'track', 'ul',
].join('|');

// Up to three spaces of indentation, as CommonMark allows before a block marker.
const AT_START = ' {0,3}';
const ANYWHERE: ReadonlyArray<[BlockConstruct, RegExp]> = [
  ['blockquote', new RegExp(`^${AT_START}>`)],
  ['thematicBreak', new RegExp(`^${AT_START}([-*_])(?: *\\1){2,} *$`)],
  ['heading', new RegExp(`^${AT_START}#{1,6}(?:\\s|$)`)],
  ['list', new RegExp(`^${AT_START}[-+*]\\s+\\S`)],
  // A row (`| a | b`) or a delimiter row (`---|---`).
  ['table', new RegExp(`^${AT_START}(?:\\||:?-+:? *\\|)`)],
  // An HTML block as CommonMark starts one (types 1 to 6: these tags, a comment, a declaration), or a JSX component.
  ['html', new RegExp(`^${AT_START}<(?:/?(?:${HTML_BLOCK_TAGS})(?:[\\s/>]|$)|!--|\\?|![A-Za-z]|!\\[CDATA\\[)`, 'i')],
  ['html', new RegExp(`^${AT_START}</?[A-Z][\\w.]*(?:[\\s/>]|$)`)],
  ['code', new RegExp(`^${AT_START}(?:\`{3,}|~{3,})`)],
];
// After a line break only: at a segment's start these read as text (`25. Mai 2018` opens a German sentence).
const AFTER_BREAK: ReadonlyArray<[BlockConstruct, RegExp]> = [
  ['heading', new RegExp(`^${AT_START}(?:=+|-+) *$`)],
  ['list', new RegExp(`^${AT_START}\\d{1,9}[.)]\\s+\\S`)],
];

/**
 * The block constructs that start a line of `text` (plain text, line
 * breaks kept): a quote (`>`), a thematic break (`---`, `***`), a heading
 * (`#`, or a setext `===`/`---` under a line), a list item (`-`, `1.`), a
 * table row (`| a |`), an HTML or JSX block (`<div>`), a code fence. Pure.
 */
export function blockConstructs(text: string): Map<BlockConstruct, string> {
  const found = new Map<BlockConstruct, string>();
  text.split('\n').forEach((line, i) => {
    for (const [construct, pattern] of i === 0 ? ANYWHERE : [...AFTER_BREAK, ...ANYWHERE]) {
      if (!found.has(construct) && pattern.test(line)) found.set(construct, line);
    }
  });
  return found;
}

/**
 * A block construct at the start of a line of the translation that the
 * French segment does not have: a model that quoted, ruled off, titled or
 * listed part of a paragraph. Written back, the line becomes that block
 * (a paragraph split by `***`, a sentence turned into a quote). Pure.
 */
export function findBlockConstructs(source: string, translated: string): ProseFinding | undefined {
  const french = blockConstructs(source);
  for (const [construct, line] of blockConstructs(translated)) {
    if (!french.has(construct)) {
      return {code: 'block-construct-changed', params: {kind: 'line', found: construct, excerpt: excerpt(line)}};
    }
  }
  return undefined;
}
