import {sourceHash} from '../../../src/shared/sourceHash';
import type {Found} from '../memory';
import {type Provenance, withProvenance} from '../../../src/shared/provenance';
import {type OutputRange, renderPage} from '../segmenting';
import type {Segment} from '../segmenting';
import type {SegmentResult} from '../providers';
import {segmentKey} from '../memory';
import type {PageContext, ValidatePage} from './validatePage';

export type ComposedPage = {ok: true; text: string; keys: string[]} | {ok: false; reasons: string[]};

/** A translation from the memory that a refused page used, for the message that says how to drop it. */
export interface MemorySuspect {
  /** 1-based line of the problem in the translated page. */
  line: number;
  key: string;
  memoryFile: string;
  locale: string;
}

/** The default wording of a {@link MemorySuspect}; the CLI passes its own, in the user's language. */
export const describeSuspect = ({line, key, memoryFile, locale}: MemorySuspect): string =>
  `line ${line} comes from the translation memory: segment ${key} of ${memoryFile}; drop it with "npm run translate -- --locale ${locale} --forget ${key}", or send the page's segments again with --refresh`;

/** What every page of a locale is composed from: the memory and this run's answers, its provenance and the page gate. */
export interface ComposeSources {
  /** A segment's translation: see `MemoryFile.lookup`. */
  lookup: (key: string) => Found | undefined;
  /** This run's answers, to say why a segment the memory lacks failed. */
  results: ReadonlyMap<string, SegmentResult>;
  provenance: Pick<Provenance, 'engine' | 'date'>;
  validate: ValidatePage;
  /** The memory file, to name an entry that makes a page fail. */
  memoryFile: string;
  describeSuspect?: (suspect: MemorySuspect) => string;
}

/**
 * The translated page as it will be written: every segment must have a
 * translation (otherwise the reasons say which line failed and why), the
 * provenance block is added, and the page gate must find no error. When it
 * does, a problem's line that holds translations from the memory (not
 * this run's) names those entries and how to drop them: a bad entry would
 * otherwise make every later run fail the same way, sending nothing.
 * Returns the keys used, for the memory to learn once the page is
 * written. Pure: the caller writes.
 */
export function composePage(french: string, segments: readonly Segment[], context: PageContext, sources: ComposeSources): ComposedPage {
  const {lookup, results, provenance, validate} = sources;
  const reasons: string[] = [];
  const keys = segments.map((s) => segmentKey(s.tagged));
  const found = keys.map((key) => lookup(key));
  const translations = segments.map((s, i) => {
    if (found[i] === undefined) {
      const result = results.get(keys[i] ?? '');
      const why = result && !result.ok ? (result.error ?? result.problems.map((p) => `${p.code} (${p.detail})`).join(', ')) : 'not translated';
      reasons.push(`line ${french.slice(0, s.start).split('\n').length}: ${why}`);
    }
    return found[i]?.text ?? '';
  });
  if (reasons.length > 0) return {ok: false, reasons};
  const ranges: OutputRange[] = [];
  const body = renderPage(french, segments, translations, ranges);
  const text = withProvenance(body, {
    status: 'machine',
    engine: provenance.engine,
    date: provenance.date,
    source_hash: sourceHash(french),
  });
  const problems = validate(french, text, context).filter((p) => p.severity === 'error');
  if (problems.length === 0) return {ok: true, text, keys: [...new Set(keys)]};

  // The provenance block, inserted at the end of the front matter, shifted what follows it.
  let inserted = 0;
  while (inserted < body.length && body[inserted] === text[inserted]) inserted++;
  const lineOf = (index: number) => text.slice(0, index < inserted ? index : index + text.length - body.length).split('\n').length;
  const describe = sources.describeSuspect ?? describeSuspect;
  const named = new Set<string>();
  for (const problem of problems) {
    reasons.push(problem.message ?? `${problem.line ? `line ${problem.line}: ` : ''}${problem.code} ${JSON.stringify(problem.params ?? {})}`);
    const line = problem.line;
    if (line === undefined) continue;
    for (const range of ranges) {
      if (line < lineOf(range.start) || line > lineOf(Math.max(range.start, range.end - 1))) continue;
      for (const index of [range.index, ...range.nested]) {
        const key = keys[index] ?? '';
        if (found[index]?.from !== 'memory' || named.has(key)) continue;
        named.add(key);
        reasons.push(`  ${describe({line, key, memoryFile: sources.memoryFile, locale: context.locale})}`);
      }
    }
  }
  return {ok: false, reasons};
}
