import {join} from 'node:path';

import {readTextFile} from '../../../src/shared/readText';
import {classifyPage, type PageState} from './classifyPage';
import {collapseWhitespace, type Glossary, glossaryTerms, plainText} from '../segmenting';
import {learnFromExisting, segmentKey} from '../memory';
import type {MemoryFile} from '../memory';
import {listPages, PATHS, readTextIfExists} from '../writing';
import type {Segment, SegmentFor} from '../segmenting';
import type {SegmentJob} from '../providers';
import {translateUiStrings} from '../ui';

/** One page in one locale, as the run reports it. */
export interface PageReport {
  locale: string;
  source: string;
  target: string;
  state: PageState;
  outcome: 'written' | 'unchanged' | 'current' | 'protected' | 'failed' | 'planned';
  reasons?: string[];
  /** For a page left alone because a person reviewed it: who, when the provenance says. */
  reviewedBy?: string;
}

/** A page to (re)translate: its report, French text and segments, and the translation it replaces. */
export interface PageWork {
  page: PageReport;
  /** The French text, without a byte-order mark. */
  french: string;
  /** The French file had a byte-order mark: the translation gets one too. */
  bom: boolean;
  segments: Segment[];
  /** The translation it replaces, as on disk (byte-order mark included). */
  existing?: string;
}

/** What one locale needs, before anything is sent. */
export interface LocalePlan {
  /** Every French page, in order, its outcome set when nothing is to be done. */
  pages: PageReport[];
  /** The pages to (re)translate. */
  work: PageWork[];
  /** The segments the memory lacks, by memory key: exactly what will be sent. */
  jobs: Map<string, SegmentJob>;
  ui: ReturnType<typeof translateUiStrings>;
  /** Distinct segments of the pages and UI strings to (re)translate that the memory already knows: not sent. */
  reused: {segments: number; characters: number};
}

/** How to plan: `sending` false when nothing will be sent (a dry run, or learning only). */
export interface PlanOptions {
  root: string;
  sourceLocale: string;
  force: boolean;
  glossary: Glossary;
  sending: boolean;
  /**
   * Learning from the committed translations (`--learn-memory`): learn from
   * every page, even one whose segments the memory knows (the page wins),
   * and adopt UI messages written the same as the French.
   */
  learnAll?: boolean;
  /** `--refresh`: the pages to (re)translate ignore the memory, every segment is sent again. */
  refresh?: boolean;
}

/**
 * Plans one locale: classifies every page (missing, stale, current, or left
 * alone), lets the memory learn from existing translations (see
 * {@link learnFromExisting}), and lists the segments of pages and UI strings
 * that the memory still lacks (all of them with `refresh`, but for answers
 * a killed run left). Reads files, mutates the memory (what it learns from
 * committed translations), writes nothing, sends nothing.
 */
export function planLocale(
  options: PlanOptions,
  locale: string,
  file: MemoryFile,
  segmentFor: SegmentFor,
): LocalePlan {
  const {memory} = file;
  const pages: PageReport[] = [];
  const work: PageWork[] = [];
  for (const rel of listPages(options.root)) {
    const sourcePath = join(PATHS.docs, rel);
    const targetPath = join(PATHS.translatedDocs(locale), rel);
    const {text: french, bom} = readTextFile(join(options.root, sourcePath), sourcePath);
    const found = readTextIfExists(join(options.root, targetPath), targetPath);
    const existing = found?.text;
    const plan = classifyPage(french, existing, options.force);
    const page: PageReport = {locale, source: sourcePath, target: targetPath, state: plan.state, outcome: 'current'};
    pages.push(page);
    let segments: Segment[];
    try {
      segments = segmentFor(french, 'source');
    } catch (error) {
      Object.assign(page, {outcome: 'failed', reasons: [`${sourcePath}: ${(error as Error).message}`]});
      continue;
    }
    // Learn from the existing translation unless the memory already knows every segment.
    const known = segments.every((s) => memory.segments[segmentKey(s.tagged)]);
    if (existing && plan.provenance && (options.learnAll || !(known && plan.state === 'current'))) {
      learnFromExisting({root: options.root, sourcePath, french, existing, provenance: plan.provenance}, segmentFor, memory);
    }
    if (!plan.translate) {
      page.outcome = plan.state === 'current' ? 'current' : 'protected';
      if (plan.state === 'reviewed' && plan.provenance?.reviewed_by) page.reviewedBy = plan.provenance.reviewed_by;
      continue;
    }
    page.outcome = options.sending ? 'failed' : 'planned';
    work.push({page, french, bom, segments, ...(found === undefined ? {} : {existing: `${found.bom ? '\uFEFF' : ''}${found.text}`})});
  }

  const jobs = new Map<string, SegmentJob>();
  const reused = {segments: 0, characters: 0};
  const seen = new Set<string>();
  const need = (key: string, tagged: string, ignoreMemory: boolean, kind?: Segment['kind']) => {
    if (seen.has(key)) return;
    seen.add(key);
    const known = file.lookup(key, ignoreMemory);
    if (known) {
      if (known.from === 'memory') {
        reused.segments++;
        reused.characters += collapseWhitespace(tagged).length;
      }
      return;
    }
    const text = collapseWhitespace(tagged);
    // Nothing left to translate once glossary terms are tags ("Acme Example", "Matomo"): it stays as is.
    if (!/\p{L}/u.test(plainText(text))) file.answer(key, {source: text, text});
    else jobs.set(key, {key, text, ...(kind ? {kind} : {})});
  };
  for (const {segments} of work) for (const s of segments) need(segmentKey(s.tagged), s.tagged, options.refresh ?? false, s.kind);
  const terms = glossaryTerms(options.glossary, locale, 'source');
  const ui = translateUiStrings(options.root, options.sourceLocale, locale, memory, terms, options.learnAll, (key) => file.lookup(key));
  for (const job of ui.jobs) need(job.key, job.tagged, false);
  return {pages, work, jobs, ui, reused};
}
