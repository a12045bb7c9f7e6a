import type {Root} from 'mdast';
import {parseDocument} from 'yaml';

/** A page's front matter, read with the `yaml` package. */
export interface FrontMatter {
  /** The top-level mapping; empty without front matter or when it is not a mapping. */
  data: Record<string, unknown>;
  /** 1-based file line of each top-level key. */
  keyLines: Map<string, number>;
  /** YAML errors, at file line/column (the opening `---` is line 1). */
  errors: {message: string; line: number; column: number}[];
}

/** Reads the YAML front matter of a parsed page (`parseMarkdown`). Pure. */
export function readFrontMatter(tree: Root): FrontMatter {
  const node = tree.children[0];
  const empty: FrontMatter = {data: {}, keyLines: new Map(), errors: []};
  if (node?.type !== 'yaml') return empty;
  // The YAML text starts on the line after `---`.
  const firstLine = (node.position?.start.line ?? 1) + 1;
  const doc = parseDocument(node.value);
  const errors = doc.errors.map((e) => ({
    message: e.message.split('\n')[0] ?? e.message,
    line: firstLine - 1 + (e.linePos?.[0].line ?? 1),
    column: e.linePos?.[0].col ?? 1,
  }));
  if (errors.length) return {...empty, errors};
  const data: unknown = doc.toJS();
  if (!data || typeof data !== 'object' || Array.isArray(data)) return empty;
  const keyLines = new Map<string, number>();
  node.value.split('\n').forEach((text, i) => {
    const key = /^([^\s#:][^:]*):/.exec(text)?.[1]?.trim();
    if (key !== undefined && !keyLines.has(key)) keyLines.set(key, firstLine + i);
  });
  return {data: data as Record<string, unknown>, keyLines, errors};
}
