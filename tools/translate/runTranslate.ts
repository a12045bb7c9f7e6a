import {readFileSync} from 'node:fs';
import {join} from 'node:path';

import {atomicWrite} from './atomicWrite';
import {classifyPage, type PageState} from './classifyPage';
import {composePage} from './composePage';
import {applyGlossary, type Glossary, glossaryTerms} from './glossary';
import {learnFromExisting} from './learnFromExisting';
import {listPages, PATHS, readIfExists} from './pageFiles';
import {ProviderError, type Provider} from './providers/provider';
import {type Segment, segmentPage} from './segmentPage';
import {collapseWhitespace, plainText} from './taggedText';
import {type SegmentJob, type SendStats, translateSegments} from './translateSegments';
import {emptyMemory, parseMemory, segmentKey, serializeMemory, type TranslationMemory} from './translationMemory';
import {translateUiStrings, type UiReport} from './translateUiStrings';
import {parsesAsMdx, type ValidatePage} from './validatePage';
import type {RetryOptions} from './withRetry';

export interface TranslateOptions {
  root: string;
  sourceLocale: string;
  locales: readonly string[];
  /** Needed unless `dryRun`. */
  provider?: Provider;
  dryRun: boolean;
  force: boolean;
  concurrency: number;
  glossary: Glossary;
  /** `translation.date` of written pages, YYYY-MM-DD. */
  today: string;
  retry?: RetryOptions;
  validatePage?: ValidatePage;
  onProgress?: (event: {locale: string; done: number; total: number}) => void;
}

export interface PageReport {
  locale: string;
  source: string;
  target: string;
  state: PageState;
  outcome: 'written' | 'unchanged' | 'current' | 'protected' | 'failed' | 'planned';
  reasons?: string[];
}

export interface TranslateReport {
  pages: PageReport[];
  ui: UiReport[];
  /** What was (or, with --dry-run, would be) sent, per locale. */
  sent: Record<string, SendStats>;
  /** With --dry-run: the tagged texts that would be sent, per locale. */
  wouldSend?: Record<string, string[]>;
  /** Set when a quota or authentication error stopped the run. */
  stopped?: string;
}

/**
 * The whole command, disk and network included: for each locale, plans
 * every page, learns from existing translations, sends only the segments
 * the translation memory lacks, then writes each page whose segments all
 * came back valid and which passes `validatePage`, atomically, with its
 * provenance. The memory is saved as answers arrive (at most once a
 * second), so a killed run loses little it paid for and a rerun finishes
 * the job.
 */
export async function runTranslate(options: TranslateOptions): Promise<TranslateReport> {
  const report: TranslateReport = {pages: [], ui: [], sent: {}};
  const validate = options.validatePage ?? parsesAsMdx;
  // Each French page is parsed once for all locales (the glossary differs per locale, the syntax does not).
  const parsed = new Map<string, Segment[]>();
  const parse = (text: string) => parsed.get(text) ?? parsed.set(text, segmentPage(text)).get(text) ?? [];
  for (const locale of options.locales) {
    const stats: SendStats = {requests: 0, segments: 0, characters: 0};
    report.sent[locale] = stats;
    const memoryPath = join(options.root, PATHS.memory(locale));
    const memoryText = readIfExists(memoryPath);
    const memory: TranslationMemory = memoryText ? parseMemory(memoryText, PATHS.memory(locale)) : emptyMemory();
    let savedAt = 0;
    const saveMemory = (unlessWithinMs = 0) => {
      if (options.dryRun || Date.now() - savedAt < unlessWithinMs) return;
      atomicWrite(memoryPath, serializeMemory(memory));
      savedAt = Date.now();
    };
    const segmentFor = (text: string, side: 'source' | 'target'): Segment[] =>
      (side === 'source' ? parse(text) : segmentPage(text)).map((s) => ({...s, ...applyGlossary(s.tagged, s.tags, glossaryTerms(options.glossary, locale, side))}));

    const work: Array<{page: PageReport; french: string; segments: Segment[]; existing?: string}> = [];
    for (const rel of listPages(options.root)) {
      const sourcePath = join(PATHS.docs, rel);
      const targetPath = join(PATHS.translatedDocs(locale), rel);
      const french = readFileSync(join(options.root, sourcePath), 'utf8');
      const existing = readIfExists(join(options.root, targetPath));
      const plan = classifyPage(french, existing, options.force);
      const page: PageReport = {locale, source: sourcePath, target: targetPath, state: plan.state, outcome: 'current'};
      report.pages.push(page);
      let segments: Segment[];
      try {
        segments = segmentFor(french, 'source');
      } catch (error) {
        Object.assign(page, {outcome: 'failed', reasons: [`${sourcePath}: ${(error as Error).message}`]});
        continue;
      }
      // Learn from the existing translation unless the memory already knows every segment.
      const known = segments.every((s) => memory.segments[segmentKey(s.tagged)]);
      if (existing && plan.provenance && !(known && plan.state === 'current')) {
        learnFromExisting({root: options.root, sourcePath, french, existing, provenance: plan.provenance}, segmentFor, memory);
      }
      if (!plan.translate) {
        page.outcome = plan.state === 'current' ? 'current' : 'protected';
        continue;
      }
      page.outcome = options.dryRun ? 'planned' : 'failed';
      work.push({page, french, segments, ...(existing === undefined ? {} : {existing})});
    }

    const jobs = new Map<string, SegmentJob>();
    const need = (key: string, tagged: string) => {
      if (memory.segments[key]) return;
      const text = collapseWhitespace(tagged);
      // Nothing left to translate once glossary terms are tags ("Cloud Temple", "Matomo"): it stays as is.
      if (!/\p{L}/u.test(plainText(text))) memory.segments[key] = {fr: text, text};
      else jobs.set(key, {key, text});
    };
    for (const {segments} of work) for (const s of segments) need(segmentKey(s.tagged), s.tagged);
    const ui = translateUiStrings(options.root, options.sourceLocale, locale, memory, glossaryTerms(options.glossary, locale, 'source'));
    for (const job of ui.jobs) need(job.key, job.tagged);

    if (options.dryRun) {
      (report.wouldSend ??= {})[locale] = [...jobs.values()].map((j) => j.text);
      for (const job of jobs.values()) {
        stats.segments++;
        stats.characters += job.text.length;
      }
      report.ui.push(...ui.finish(false));
      continue;
    }
    if (!options.provider) throw new Error('runTranslate: a provider is required unless dryRun');
    const total = jobs.size;
    let done = 0;
    let results;
    try {
      results = await translateSegments([...jobs.values()], locale, options.provider, {
        concurrency: options.concurrency,
        ...(options.retry ? {retry: options.retry} : {}),
        stats,
        onBatch: (good, count) => {
          for (const [key, text] of good) memory.segments[key] = {fr: jobs.get(key)?.text ?? '', text};
          // At most once a second: a killed run loses at most a second of answers.
          saveMemory(1_000);
          done += count;
          options.onProgress?.({locale, done, total});
        },
      });
      saveMemory();
    } catch (error) {
      saveMemory();
      if (!(error instanceof ProviderError)) throw error;
      report.stopped = error.message;
      for (const {page} of work) page.reasons = [error.message];
      return report;
    }

    for (const {page, french, segments, existing} of work) {
      const context = {sourcePath: page.source, translatedPath: page.target, locale};
      const composed = composePage(french, segments, memory, results, {engine: options.provider.engine, date: options.today}, validate, context);
      if (!composed.ok) page.reasons = composed.reasons;
      else if (composed.text === existing) page.outcome = 'unchanged';
      else {
        atomicWrite(join(options.root, page.target), composed.text);
        page.outcome = 'written';
      }
    }
    report.ui.push(...ui.finish(true));
    saveMemory();
  }
  return report;
}
