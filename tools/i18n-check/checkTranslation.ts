import type {Root} from 'mdast';

import {parseMarkdown} from '../../src/shared/markdown';
import {compareFrontMatter} from './compareFrontMatter';
import {compareProse, findWrongLanguage, pairProse} from './prose';
import {diffFacts, extractFacts, type Fact, type PageFacts} from './facts';
import {excerpt, excerptPair, problem, type Problem, type ProblemCode, type ProblemParams} from './problem';
import {readFrontMatter} from './readFrontMatter';

/** One translated page and its French source, as text. */
export interface TranslationInput {
  /** The French page, as read. */
  sourceText: string;
  /** The translated page, as read or as about to be written. */
  translatedText: string;
  /** Paths for messages, relative to the site root: `docs/privacy.md`. */
  sourcePath: string;
  /** `i18n/en/docusaurus-plugin-content-docs/current/privacy.md`. */
  translatedPath: string;
  /** Target locale code, `en`. */
  locale: string;
}

/** Each compared kind of fact, its problem code and whether order matters page-wide. */
const INVARIANTS: readonly {code: ProblemCode; facts: (f: PageFacts) => Fact[]; ordered: boolean}[] = [
  {code: 'code-block-changed', facts: (f) => f.codeBlocks, ordered: true},
  {code: 'inline-code-changed', facts: (f) => f.inlineCode, ordered: false},
  {code: 'math-changed', facts: (f) => f.math, ordered: false},
  {code: 'link-target-changed', facts: (f) => f.links, ordered: false},
  {code: 'image-path-changed', facts: (f) => f.images, ordered: false},
  {code: 'heading-id-changed', facts: (f) => f.headingIds, ordered: true},
  {code: 'heading-levels-changed', facts: (f) => f.headingLevels, ordered: true},
  {code: 'number-changed', facts: (f) => f.tokens.number, ordered: false},
  {code: 'email-changed', facts: (f) => f.tokens.email, ordered: false},
  {code: 'phone-changed', facts: (f) => f.tokens.phone, ordered: false},
  {code: 'url-changed', facts: (f) => f.tokens.url, ordered: false},
  {code: 'list-shape-changed', facts: (f) => f.lists, ordered: true},
  {code: 'table-shape-changed', facts: (f) => f.tables, ordered: true},
  {code: 'admonition-changed', facts: (f) => f.admonitions, ordered: true},
  {code: 'mdx-component-changed', facts: (f) => f.components, ordered: true},
  {code: 'mdx-expression-changed', facts: (f) => f.expressions, ordered: true},
  {code: 'block-construct-changed', facts: (f) => f.blocks, ordered: true},
];

/**
 * Checks a translated page against its French source for everything
 * machine translation must never change: it parses with the site's
 * Markdown/MDX settings; same front-matter keys; code, inline code and
 * math byte-identical; same link targets, image paths, heading ids and
 * levels, numbers (in any locale's format), e-mail addresses, phone
 * numbers and URLs; same list and table shapes, admonitions, MDX
 * components, blockquotes, thematic breaks and HTML blocks; each block of
 * prose free of the damage `compareProse` finds (length, sentences,
 * truncation, repetition, model chatter, block constructs, plausibility),
 * when the two pages have the same structure to pair their blocks; and its
 * paragraphs read as `locale` (a warning).
 *
 * Pure: no disk, no network. Provenance and staleness are `getPageStatus`'s
 * job, so the translate command can call this before adding them.
 */
export function checkTranslation(input: TranslationInput): Problem[] {
  const {sourceText, translatedText, sourcePath, translatedPath, locale} = input;
  const source = parse(sourceText, sourcePath, 'source-parse-error');
  // Without a readable source there is nothing to compare with; say so once.
  if ('problem' in source) return [source.problem];
  const translated = parse(translatedText, translatedPath, 'parse-error');
  if ('problem' in translated) return [translated.problem];

  const sourceFront = readFrontMatter(source.tree);
  const translatedFront = readFrontMatter(translated.tree);
  const problems: Problem[] = [];
  for (const e of sourceFront.errors) problems.push(parseProblem('source-parse-error', sourcePath, e));
  for (const e of translatedFront.errors) problems.push(parseProblem('parse-error', translatedPath, e));
  if (problems.length === 0) problems.push(...compareFrontMatter(sourceFront, translatedFront, translatedPath));

  const a = extractFacts(source.tree);
  const b = extractFacts(translated.tree);
  for (const {code, facts, ordered} of INVARIANTS) {
    for (const d of diffFacts(facts(a), facts(b), {ordered, translatedBlockLines: b.blockLines})) {
      const params: ProblemParams =
        d.kind === 'extra'
          ? {kind: d.kind, found: excerpt(d.found)}
          : d.kind === 'missing'
            ? {kind: d.kind, expected: excerpt(d.expected), sourceLine: d.sourceLine}
            : {kind: d.kind, ...pair(d.expected, d.found), sourceLine: d.sourceLine};
      problems.push(problem(code, translatedPath, d.line, params));
    }
  }
  for (const {kind, source: from, translated: to} of pairProse(source.tree, translated.tree) ?? []) {
    for (const {code, params} of compareProse({source: from.text, translated: to.text, locale, kind})) {
      problems.push(problem(code, translatedPath, to.line, params));
    }
  }
  problems.push(...findWrongLanguage(b.paragraphs, locale, translatedPath));
  return problems.sort((x, y) => x.line - y.line || x.code.localeCompare(y.code));
}

const pair = (expected: string, found: string): {expected: string; found: string} => {
  const [a, b] = excerptPair(expected, found);
  return {expected: a, found: b};
};

type Parsed = {tree: Root} | {problem: Problem};

function parse(text: string, file: string, code: 'parse-error' | 'source-parse-error'): Parsed {
  try {
    // The site reads `.md` as MDX too (`markdown.format: 'mdx'`).
    return {tree: parseMarkdown(text)};
  } catch (error) {
    const e = error as {line?: number; column?: number; reason?: string; message?: string};
    return {
      problem: parseProblem(code, file, {
        message: e.reason ?? e.message ?? String(error),
        line: e.line ?? 1,
        column: e.column ?? 1,
      }),
    };
  }
}

function parseProblem(
  code: 'parse-error' | 'source-parse-error',
  file: string,
  e: {message: string; line: number; column: number},
): Problem {
  return problem(code, file, e.line, {reason: e.message, column: e.column}, e.column);
}
