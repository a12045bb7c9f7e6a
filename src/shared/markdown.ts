import type {Root} from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';

/**
 * The site's Markdown syntax, in the order Docusaurus applies it: YAML front
 * matter, GFM (tables, footnotes, autolinks), directives (`:::note[Title]`
 * admonitions), math (enabled in `docusaurus.config.ts` too) and MDX (JSX,
 * `{expressions}`, `{/* #id *\/}` heading ids; the site reads `.md` as MDX).
 *
 * Parses a page into an mdast tree with exact source positions (offsets
 * into `text`), with the site's syntax. Throws the parser's error, which
 * carries `line`/`column`, on a file the site would refuse to build.
 */
export function parseMarkdown(text: string, options: {mdx?: boolean} = {}): Root {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
  processor.use(remarkDirective).use(remarkMath);
  if (options.mdx ?? true) processor.use(remarkMdx);
  return processor.parse(text);
}
