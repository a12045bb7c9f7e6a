import {parseDocument} from 'yaml';

/**
 * The front-matter block at the very start of a page, with the delimiters
 * gray-matter uses (which Docusaurus reads pages with): a `---` line, the
 * YAML, a closing `---` line. Group 1 is the YAML text (undefined when empty).
 */
export const FRONT_MATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** A page's front matter: the one way the site and the tools read it. */
export interface FrontMatter {
  /** The top-level mapping; empty without front matter, when it is not a mapping, or on a YAML error. */
  data: Record<string, unknown>;
  /** 1-based file line of each top-level key. */
  keyLines: Map<string, number>;
  /** YAML errors, at file line/column (the opening `---` is line 1). */
  errors: {message: string; line: number; column: number}[];
}

/**
 * Parses the YAML of a front-matter block. One setting for every reader
 * (the `yaml` package's defaults: YAML 1.2, core schema), so that a page
 * cannot pass one check and fail another: an unquoted `source_hash` such
 * as `97039041016869e2` is a number everywhere. Pure; never throws.
 *
 * @param firstLine File line of the YAML's first line (the one after `---`).
 */
export function parseFrontMatterYaml(yaml: string, firstLine = 2): FrontMatter {
  const empty: FrontMatter = {data: {}, keyLines: new Map(), errors: []};
  const doc = parseDocument(yaml);
  const errors = doc.errors.map((e) => ({
    // The parser's own "at line 2, column 15:" counts from the YAML's first line: the file line replaces it.
    message: (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, ''),
    line: firstLine - 1 + (e.linePos?.[0].line ?? 1),
    column: e.linePos?.[0].col ?? 1,
  }));
  if (errors.length) return {...empty, errors};
  const data: unknown = doc.toJS();
  if (!data || typeof data !== 'object' || Array.isArray(data)) return empty;
  const keyLines = new Map<string, number>();
  yaml.split('\n').forEach((text, i) => {
    const key = /^([^\s#:][^:]*):/.exec(text)?.[1]?.trim();
    if (key !== undefined && !keyLines.has(key)) keyLines.set(key, firstLine + i);
  });
  return {data: data as Record<string, unknown>, keyLines, errors};
}

/** The front matter of a page's text (a leading byte-order mark is ignored). Pure; never throws. */
export function parseFrontMatter(text: string): FrontMatter {
  const match = FRONT_MATTER.exec(text.replace(/^\uFEFF/, ''));
  return match ? parseFrontMatterYaml(match[1] ?? '') : {data: {}, keyLines: new Map(), errors: []};
}

/**
 * The front matter of a Markdown file as a plain object; `{}` when the file
 * has none. Pure. Throws the first YAML error, with its line, on a
 * malformed block; the caller adds the file name.
 */
export function readFrontMatter(text: string): Record<string, unknown> {
  const {data, errors} = parseFrontMatter(text);
  const [error] = errors;
  if (error) throw new Error(`${error.message} (line ${error.line}, column ${error.column})`);
  return data;
}
