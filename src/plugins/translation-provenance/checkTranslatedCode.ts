import {foreignCode, listMdxCode, mayContainCode, type CodeKind} from '../../shared/mdxCode';
import type {MarkdownFile} from './collectPageProvenance';

const WHAT: Record<CodeKind, string> = {
  import: 'an import',
  export: 'an export',
  expression: 'an expression',
  component: 'a component',
  html: 'an HTML element',
};

/**
 * Defence in depth for translated pages that skipped `i18n:check`: MDX runs
 * at build time with the build's whole environment, so an expression could
 * print a secret into a page and raw HTML could ship a live script. A
 * translation may change text only: every import, export, expression,
 * component or HTML element it has must be in its French page (see
 * `listMdxCode`). Returns one line per construct that is not, naming the
 * file, the line and the construct; a translation that does not parse is
 * one line too. Pages that cannot hold code (`mayContainCode`) are not
 * parsed. Pure.
 */
export function checkTranslatedCode(sources: readonly MarkdownFile[], translations: readonly MarkdownFile[]): string[] {
  const byPath = new Map(sources.map((s) => [s.relPath.replace(/\.mdx?$/, ''), s]));
  const problems: string[] = [];
  for (const translation of translations) {
    const source = byPath.get(translation.relPath.replace(/\.mdx?$/, ''));
    // Without code of its own, a translation adds none: no parse needed.
    if (!source || !mayContainCode(translation.text)) continue;
    let translated;
    try {
      translated = listMdxCode(translation.text);
    } catch (error) {
      const e = error as {line?: number; column?: number; message?: string};
      problems.push(`${translation.displayPath}:${e.line ?? 1}${e.column ? `:${e.column}` : ''}: does not parse as MDX (${(e.message ?? String(error)).split('\n')[0]})`);
      continue;
    }
    let french;
    try {
      french = listMdxCode(source.text);
    } catch {
      // The docs plugin reports the French page's own syntax error.
      continue;
    }
    for (const construct of foreignCode(french, translated)) {
      problems.push(`${translation.displayPath}:${construct.line}: ${WHAT[construct.kind]} that ${source.displayPath} does not have: ${construct.code}`);
    }
  }
  return problems;
}
