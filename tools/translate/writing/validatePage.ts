import type {TFunction} from 'i18next';

import {checkTranslation, formatProblemLine} from '../../i18n-check';
import {parseMarkdown} from '../../../src/shared/markdown';

/** A problem found in a whole translated page, in the shape `i18n:check` reports. */
export interface PageProblem {
  severity: 'error' | 'warning';
  code: string;
  line?: number;
  params?: Record<string, unknown>;
  /** The problem in words, when the gate can say it (i18n:check's messages). */
  message?: string;
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
 * The smallest gate: the page must still parse with the site's
 * Markdown/MDX syntax. The CLI uses `i18n:check`'s (see {@link checkPage}).
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

/**
 * The gate of `npm run translate`: every invariant of `i18n:check`
 * (`checkTranslation`: code, links, ids, numbers, shapes, parsing…), with
 * its messages in `t`'s language.
 */
export function checkPage(t: TFunction): ValidatePage {
  return (sourceText, translatedText, context) =>
    checkTranslation({sourceText, translatedText, ...context}).map((p) => ({...p, message: formatProblemLine(p, t)}));
}
