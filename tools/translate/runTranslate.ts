import type {Glossary} from './glossary';
import {openMemory} from './memoryFile';
import {PATHS} from './pageFiles';
import {type PageReport, planLocale} from './planLocale';
import {ProviderError, type Provider} from './providers/provider';
import {createSegmenter} from './segmentWithGlossary';
import {type SegmentResult, type SendStats, translateSegments} from './translateSegments';
import type {UiReport} from './translateUiStrings';
import {parsesAsMdx, type ValidatePage} from './validatePage';
import type {RetryOptions} from './withRetry';
import {writePages} from './writePages';

export type {PageReport} from './planLocale';

/** What `npm run translate` was asked to do (the CLI builds it from flags and the environment). */
export interface TranslateOptions {
  root: string;
  sourceLocale: string;
  locales: readonly string[];
  /** Needed unless `dryRun` or `learnOnly`. */
  provider?: Provider;
  dryRun: boolean;
  /**
   * `--learn-memory`: fill the translation memory from the committed
   * translations and save it; send nothing, write no page (the report says
   * what a run would still send).
   */
  learnOnly?: boolean;
  force: boolean;
  concurrency: number;
  glossary: Glossary;
  /** `translation.date` of written pages, YYYY-MM-DD. */
  today: string;
  retry?: RetryOptions;
  validatePage?: ValidatePage;
  onProgress?: (event: {locale: string; done: number; total: number}) => void;
}

/** What a run did, page by page and locale by locale: the summary and `--json` print it. */
export interface TranslateReport {
  pages: PageReport[];
  ui: UiReport[];
  /** What was (or, with --dry-run, would be) sent, per locale. */
  sent: Record<string, SendStats>;
  /** With --dry-run: the tagged texts that would be sent, per locale. */
  wouldSend?: Record<string, string[]>;
  /** Set when a quota or authentication error stopped the run. */
  stopped?: string;
  /** With `learnOnly`: per locale, the memory file, its segments, and how many were learnt (new or changed). */
  memory?: Record<string, {file: string; segments: number; learned: number}>;
}

/**
 * The whole command, disk and network included: for each locale, plans
 * every page ({@link planLocale}: what is stale, what the memory can
 * already answer), sends only the segments the translation memory lacks,
 * then writes each page whose segments all came back valid and which
 * passes `validatePage`, atomically, with its provenance. The memory is
 * saved as answers arrive (at most once a second), so a killed run loses
 * little it paid for and a rerun finishes the job.
 */
export async function runTranslate(options: TranslateOptions): Promise<TranslateReport> {
  const report: TranslateReport = {pages: [], ui: [], sent: {}};
  const segmenter = createSegmenter(options.glossary);
  for (const locale of options.locales) {
    const stats: SendStats = {requests: 0, segments: 0, characters: 0};
    report.sent[locale] = stats;
    const file = openMemory(options.root, locale, !options.dryRun);
    const before = {...file.memory.segments};
    const sending = !options.dryRun && !options.learnOnly;
    const plan = planLocale({...options, sending, learnAll: options.learnOnly ?? false}, locale, file.memory, segmenter(locale));
    report.pages.push(...plan.pages);

    if (!sending) {
      (report.wouldSend ??= {})[locale] = [...plan.jobs.values()].map((j) => j.text);
      for (const job of plan.jobs.values()) {
        stats.segments++;
        stats.characters += job.text.length;
      }
      report.ui.push(...plan.ui.finish(false));
      if (options.learnOnly) {
        file.save();
        const learned = Object.entries(file.memory.segments).filter(([key, entry]) => before[key]?.text !== entry.text).length;
        (report.memory ??= {})[locale] = {file: PATHS.memory(locale), segments: Object.keys(file.memory.segments).length, learned};
      }
      continue;
    }
    const provider = options.provider;
    if (!provider) throw new Error('runTranslate: a provider is required unless dryRun or learnOnly');
    const total = plan.jobs.size;
    let done = 0;
    let results: Map<string, SegmentResult>;
    try {
      results = await translateSegments([...plan.jobs.values()], locale, provider, {
        concurrency: options.concurrency,
        ...(options.retry ? {retry: options.retry} : {}),
        stats,
        onBatch: (good, count) => {
          for (const [key, text] of good) file.memory.segments[key] = {fr: plan.jobs.get(key)?.text ?? '', text};
          // At most once a second: a killed run loses at most a second of answers.
          file.save(1_000);
          done += count;
          options.onProgress?.({locale, done, total});
        },
      });
      file.save();
    } catch (error) {
      file.save();
      if (!(error instanceof ProviderError)) throw error;
      // Quota or authentication: no page of any locale can be finished, so the run stops here.
      report.stopped = error.message;
      for (const {page} of plan.work) page.reasons = [error.message];
      return report;
    }
    writePages(options.root, plan.work, {
      memory: file.memory,
      results,
      provenance: {engine: provider.engine, date: options.today},
      validate: options.validatePage ?? parsesAsMdx,
    });
    report.ui.push(...plan.ui.finish(true));
    file.save();
  }
  return report;
}
