import type {Provenance} from '../shared/provenance';
import {sourceHash} from '../shared/sourceHash';
import {withProvenance} from './provenanceBlock';
import {renderPage} from './renderPage';
import type {Segment} from './segmentPage';
import type {SegmentResult} from './translateSegments';
import {segmentKey, type TranslationMemory} from './translationMemory';
import type {PageContext, ValidatePage} from './validatePage';

export type ComposedPage = {ok: true; text: string} | {ok: false; reasons: string[]};

/** What every page of a locale is composed from: the memory, this run's answers, its provenance and the page gate. */
export interface ComposeSources {
  memory: TranslationMemory;
  /** This run's answers, to say why a segment the memory lacks failed. */
  results: ReadonlyMap<string, SegmentResult>;
  provenance: Pick<Provenance, 'engine' | 'date'>;
  validate: ValidatePage;
}

/**
 * The translated page as it will be written, from the memory: every
 * segment must be there (otherwise the reasons say which line failed and
 * why), the provenance block is added, and the page gate must find no
 * error. Pure: the caller writes.
 */
export function composePage(french: string, segments: readonly Segment[], context: PageContext, sources: ComposeSources): ComposedPage {
  const {memory, results, provenance, validate} = sources;
  const reasons: string[] = [];
  const translations = segments.map((s) => {
    const key = segmentKey(s.tagged);
    const found = memory.segments[key]?.text;
    if (found === undefined) {
      const result = results.get(key);
      const why = result && !result.ok ? (result.error ?? result.problems.map((p) => `${p.code} (${p.detail})`).join(', ')) : 'not translated';
      reasons.push(`line ${french.slice(0, s.start).split('\n').length}: ${why}`);
    }
    return found ?? '';
  });
  if (reasons.length > 0) return {ok: false, reasons};
  const text = withProvenance(renderPage(french, segments, translations), {
    status: 'machine',
    engine: provenance.engine,
    date: provenance.date,
    source_hash: sourceHash(french),
  });
  const problems = validate(french, text, context).filter((p) => p.severity === 'error');
  if (problems.length > 0) {
    return {ok: false, reasons: problems.map((p) => p.message ?? `${p.line ? `line ${p.line}: ` : ''}${p.code} ${JSON.stringify(p.params ?? {})}`)};
  }
  return {ok: true, text};
}
