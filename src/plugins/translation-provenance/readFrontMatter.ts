import {parse} from 'yaml';

// Same delimiters as gray-matter, which Docusaurus uses: a `---` line at the
// very start, the YAML, a closing `---` line.
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * The front matter of a Markdown file as a plain object; `{}` when the file
 * has none. Pure. Throws the YAML parser's error (with its line) on a
 * malformed block; the caller adds the file name.
 */
export function readFrontMatter(text: string): Record<string, unknown> {
  const match = FRONT_MATTER.exec(text.replace(/^\uFEFF/, ''));
  if (!match) return {};
  const value: unknown = parse(match[1] ?? '');
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
