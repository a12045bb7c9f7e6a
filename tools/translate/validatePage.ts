import {parseMarkdown} from '../shared/markdown';

/** A problem found in a whole translated page, in the shape `i18n:check` reports. */
export interface PageProblem {
  severity: 'error' | 'warning';
  code: string;
  line?: number;
  params?: Record<string, unknown>;
}

/** Where a page comes from and goes to, for the page gate's messages. */
export interface PageContext {
  sourcePath: string;
  translatedPath: string;
  locale: string;
}

/** The gate a page passes before it is written: any `error` keeps the old translation. */
export type ValidatePage = (source: string, translated: string, context: PageContext) => PageProblem[];

/**
 * The default gate, until `i18n:check`'s `checkTranslation` is wired in:
 * the page must still parse with the site's Markdown/MDX syntax.
 */
export const parsesAsMdx: ValidatePage = (_source, translated) => {
  try {
    // The site reads .md as MDX too (docusaurus.config.ts: markdown.format 'mdx').
    parseMarkdown(translated);
    return [];
  } catch (error) {
    const e = error as {line?: number; message?: string};
    return [{severity: 'error', code: 'mdx-parse', ...(e.line ? {line: e.line} : {}), params: {message: e.message ?? String(error)}}];
  }
};
