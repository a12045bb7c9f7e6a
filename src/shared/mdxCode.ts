import type {Nodes, Root} from 'mdast';

import {parseMarkdown} from './markdown';
import {TEXT_ATTRIBUTES} from './textAttributes';

/** What in an MDX page is code rather than text: it runs when the site is built or shown. */
export type CodeKind = 'import' | 'export' | 'expression' | 'component' | 'html';

/** One construct, as written (its code, for an element its name and non-prose attributes), and where. */
export interface CodeConstruct {
  kind: CodeKind;
  code: string;
  line: number;
}

type Element = Extract<Nodes, {type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'}>;

/**
 * The code constructs of an MDX page (parsed with the site's syntax):
 * `import` and `export` statements, `{expressions}` (a comment alone, such
 * as a heading id `{/* #id *\/}`, is none), components (`<AnalyticsOptOut
 * />`) and HTML elements (`<script>`, `<img>`), each element with its
 * attributes, whose values count except for prose attributes
 * ({@link TEXT_ATTRIBUTES}), which translation changes. Throws the
 * parser's error on a page that does not parse. Pure.
 */
export function listMdxCode(text: string, tree: Root = parseMarkdown(text)): CodeConstruct[] {
  const found: CodeConstruct[] = [];
  const visit = (node: Nodes) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'mdxjsEsm') {
      for (const statement of node.value.split(/\n(?=import\b|export\b)/)) {
        const code = statement.trim();
        if (code) found.push({kind: /^export\b/.test(code) ? 'export' : 'import', code, line});
      }
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      if (!isCommentOnly(node.value, node.data?.estree)) found.push({kind: 'expression', code: `{${node.value.trim()}}`, line});
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      found.push({kind: isHtml(node.name) ? 'html' : 'component', code: describeElement(node), line});
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return found;
}

/**
 * Whether `text` can hold any construct {@link listMdxCode} finds, decided
 * without parsing (a parse costs about 10 ms a page, which a build pays for
 * every translation): MDX code needs a `<` (an element), a `{` (an
 * expression) or a line starting with `import`/`export`. Heading ids
 * `{/* #id *\/}` are comments, so they are set aside first. `false` is
 * certain (the page has no code); `true` only means "parse to know". Pure.
 */
export function mayContainCode(text: string): boolean {
  const rest = text.replace(/\{\/\*[^*]*\*\/\}/g, '');
  return /[<{]/.test(rest) || /^[\s>]*(?:import|export)\b/m.test(rest);
}

/**
 * The constructs of `translated` that `source` does not have (as many times
 * as they are missing): what a translation adds that could run code or
 * ship a script. Pure.
 */
export function foreignCode(source: readonly CodeConstruct[], translated: readonly CodeConstruct[]): CodeConstruct[] {
  const available = new Map<string, number>();
  for (const c of source) available.set(`${c.kind}\0${c.code}`, (available.get(`${c.kind}\0${c.code}`) ?? 0) + 1);
  return translated.filter((c) => {
    const key = `${c.kind}\0${c.code}`;
    const left = available.get(key) ?? 0;
    available.set(key, left - 1);
    return left <= 0;
  });
}

/** `<name a="…" b={…}>`: the element's name and attributes; prose attributes by name only. */
function describeElement(node: Element): string {
  const attributes = node.attributes.map((attribute) => {
    if (attribute.type === 'mdxJsxExpressionAttribute') return `{${attribute.value}}`;
    const value = attribute.value;
    if (value === null || value === undefined) return attribute.name;
    if (typeof value !== 'string') return `${attribute.name}={${value.value}}`;
    return TEXT_ATTRIBUTES.has(attribute.name) ? `${attribute.name}="…"` : `${attribute.name}=${JSON.stringify(value)}`;
  });
  return `<${[node.name ?? '', ...attributes].join(' ').trim()}>`;
}

/** HTML elements are lower case (`div`, `script`); components start with a capital or hold a dot. */
function isHtml(name: string | null): boolean {
  return name !== null && /^[a-z][a-z0-9-]*$/.test(name);
}

/** `{/* a comment *\/}` does nothing; anything with a statement or expression does. */
function isCommentOnly(value: string, estree: unknown): boolean {
  const program = estree as {body?: unknown[]} | undefined;
  if (program?.body !== undefined) return program.body.length === 0;
  return value.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';
}
