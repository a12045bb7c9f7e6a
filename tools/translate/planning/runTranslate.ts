import type {Glossary} from '../segmenting';
import type {Redact} from '../../../src/config/redact';
import type {ComposeSources} from '../writing';
import {type MemoryFile, openMemory} from '../memory';
import {parsesAsMdx, PATHS, type ValidatePage, writePages} from '../writing';
import {type LocalePlan, type PageReport, planLocale} from './planLocale';
import {type Provider, ProviderError, type SegmentResult, type SendStats, translateSegments} from '../providers';
import {createSegmenter} from '../segmenting';
import type {UiReport} from '../ui';
import type {RetryOptions} from '../providers';

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
  /** `--refresh`: the pages to (re)translate ignore the memory; every segment of theirs is sent again. */
  refresh?: boolean;
  /** `--forget`: memory keys to drop before planning, in every locale of the run. */
  forget?: readonly string[];
  concurrency: number;
  glossary: Glossary;
  /** `translation.date` of written pages, YYYY-MM-DD. */
  today: string;
  retry?: RetryOptions;
  validatePage?: ValidatePage;
  /** The run's redaction: answers holding a secret are refused (see translateSegments). */
  redact?: Redact;
  /** How a refused page names a memory entry it used (the CLI's, in the user's language). */
  describeSuspect?: ComposeSources['describeSuspect'];
  onProgress?: (event: {locale: string; done: number; total: number}) => void;
}

/** What a run did, page by page and locale by locale: the summary, `--report` and `--json` print it. */
export interface TranslateReport {
  pages: PageReport[];
  ui: UiReport[];
  /** What was (or, with --dry-run, would be) sent, per locale. */
  sent: Record<string, SendStats>;
  /** Per locale, the distinct segments of the pages and UI strings to translate that the memory already knew. */
  reused: Record<string, {segments: number; characters: number}>;
  /** With --dry-run: the tagged texts that would be sent, per locale. */
  wouldSend?: Record<string, string[]>;
  /** Set when a quota or authentication error stopped the run. */
  stopped?: string;
  /** With `learnOnly`: per locale, the memory file, its segments, and how many were learnt (new or changed). */
  memory?: Record<string, {file: string; segments: number; learned: number}>;
  /** Every file the run wrote (pages, UI files, memory), from the site root, `/`-separated, sorted. */
  written: string[];
  /** With `forget`: per locale, the keys that were dropped from its memory. */
  forgotten?: Record<string, string[]>;
}

/** One locale of a planned run: its memory, its plan, and its counters. */
export interface LocaleRun {
  locale: string;
  file: MemoryFile;
  plan: LocalePlan;
  stats: SendStats;
  /** The memory's segments before the run, to count what `--learn-memory` learnt. */
  before: MemoryFile['memory']['segments'];
}

/** A run planned for every locale, before anything is sent or written: see {@link planRun}. */
export interface RunPlan {
  options: TranslateOptions;
  locales: LocaleRun[];
  /** Characters the run would send, all locales together. */
  characters: number;
  /**
   * Every file the run may write, from the site root, sorted: the pages and
   * UI files to translate, and the memory of each locale with something to
   * translate or learnt while planning.
   */
  targets: string[];
  /** The French files the run translates from (pages, UI files, glossary), from the site root, sorted. */
  sources: string[];
  /** With `forget`: per locale, the keys dropped from its memory before planning. */
  forgotten: Record<string, string[]>;
}

const posix = (path: string) => path.split('\\').join('/');

/**
 * Plans every locale ({@link planLocale}: what is stale, what the memory can
 * already answer), so that limits and checks apply to the whole run before
 * any request: reads files, lets the memories learn in memory, writes
 * nothing, sends nothing.
 */
export function planRun(options: TranslateOptions): RunPlan {
  const segmenter = createSegmenter(options.glossary);
  const sending = !options.dryRun && !options.learnOnly;
  const targets = new Set<string>();
  const sources = new Set<string>();
  const forgotten: Record<string, string[]> = {};
  const locales = options.locales.map((locale): LocaleRun => {
    const file = openMemory(options.root, locale, !options.dryRun);
    if (options.forget?.length) forgotten[locale] = file.forget(options.forget);
    const before = {...file.memory.segments};
    const plan = planLocale({...options, sending, learnAll: options.learnOnly ?? false}, locale, file, segmenter(locale));
    for (const {page} of plan.work) {
      targets.add(posix(page.target));
      sources.add(posix(page.source));
    }
    for (const target of plan.ui.targets) targets.add(posix(target));
    for (const source of plan.ui.sources) sources.add(posix(source));
    if (plan.work.length > 0 || plan.jobs.size > 0 || plan.ui.targets.length > 0 || file.changed()) targets.add(posix(file.path));
    return {locale, file, plan, before, stats: {requests: 0, segments: 0, characters: 0}};
  });
  if (sources.size > 0 && options.glossary.keep.length + Object.keys(options.glossary.fixed).length > 0) sources.add(posix(PATHS.glossary));
  const characters = locales.reduce((n, l) => n + [...l.plan.jobs.values()].reduce((c, j) => c + j.text.length, 0), 0);
  return {options, locales, characters, targets: [...targets].sort(), sources: [...sources].sort(), forgotten};
}

/**
 * The report of a planned run that sends nothing (a dry run, or a run
 * stopped before its first request): what each locale would send.
 */
export function describePlan(run: RunPlan): TranslateReport {
  const report = emptyReport();
  for (const {locale, plan} of run.locales) {
    report.pages.push(...plan.pages);
    report.reused[locale] = plan.reused;
    report.sent[locale] = {requests: 0, segments: plan.jobs.size, characters: [...plan.jobs.values()].reduce((n, j) => n + j.text.length, 0)};
    (report.wouldSend ??= {})[locale] = [...plan.jobs.values()].map((j) => j.text);
    report.ui.push(...plan.ui.finish(false));
  }
  return report;
}

/**
 * Carries out a planned run, disk and network included: per locale, sends
 * only the segments the translation memory lacks, then writes each page
 * whose segments all came back valid and which passes `validatePage`,
 * atomically, with its provenance. The memory is saved as answers arrive
 * (at most once a second), so a killed run loses little it paid for and a
 * rerun finishes the job. A quota or authentication error stops the run:
 * what earlier locales wrote stays written (and listed).
 */
export async function executeRun(run: RunPlan): Promise<TranslateReport> {
  const {options} = run;
  if (options.dryRun) return {...describePlan(run), written: []};
  const report = emptyReport();
  if (options.forget?.length) report.forgotten = run.forgotten;
  const written = new Set<string>();
  const collect = (locale: LocaleRun) => {
    for (const page of locale.plan.pages) if (page.outcome === 'written') written.add(posix(page.target));
    for (const file of locale.plan.ui.written) written.add(posix(file));
    if (locale.file.written()) written.add(posix(locale.file.path));
    report.written = [...written].sort();
  };
  for (const entry of run.locales) {
    const {locale, file, plan, stats} = entry;
    report.sent[locale] = stats;
    report.reused[locale] = plan.reused;
    report.pages.push(...plan.pages);

    if (options.learnOnly) {
      for (const job of plan.jobs.values()) {
        stats.segments++;
        stats.characters += job.text.length;
      }
      (report.wouldSend ??= {})[locale] = [...plan.jobs.values()].map((j) => j.text);
      report.ui.push(...plan.ui.finish(false));
      file.save();
      const learned = Object.entries(file.memory.segments).filter(([key, value]) => entry.before[key]?.text !== value.text).length;
      (report.memory ??= {})[locale] = {file: PATHS.memory(locale), segments: Object.keys(file.memory.segments).length, learned};
      collect(entry);
      continue;
    }
    const provider = options.provider;
    if (!provider) throw new Error('executeRun: a provider is required unless dryRun or learnOnly');
    const total = plan.jobs.size;
    let done = 0;
    let results: Map<string, SegmentResult>;
    try {
      results = await translateSegments([...plan.jobs.values()], locale, provider, {
        concurrency: options.concurrency,
        ...(options.retry ? {retry: options.retry} : {}),
        stats,
        ...(options.redact ? {redact: options.redact} : {}),
        onBatch: (good, count) => {
          // Pending until a written page uses them: the memory learns only from what was written.
          for (const [key, text] of good) file.answer(key, {source: plan.jobs.get(key)?.text ?? '', text});
          // At most once a second: a killed run loses at most a second of answers.
          file.save(1_000);
          done += count;
          options.onProgress?.({locale, done, total});
        },
      });
      file.save();
    } catch (error) {
      file.save();
      collect(entry);
      if (!(error instanceof ProviderError)) throw error;
      // Quota or authentication: no page of any locale can be finished, so the run stops here.
      report.stopped = error.message;
      for (const {page} of plan.work) page.reasons = [error.message];
      return report;
    }
    const used = writePages(options.root, plan.work, {
      lookup: (key) => file.lookup(key, options.refresh ?? false),
      results,
      provenance: {engine: provider.engine, date: options.today},
      validate: options.validatePage ?? parsesAsMdx,
      memoryFile: file.path,
      ...(options.describeSuspect ? {describeSuspect: options.describeSuspect} : {}),
    });
    report.ui.push(...plan.ui.finish(true));
    file.promote(used);
    file.promote(plan.ui.used);
    // What no written page used (the answers of a refused page) is not remembered.
    file.dropPending();
    file.save();
    collect(entry);
  }
  return report;
}

/** Plans and carries out a whole run: {@link planRun}, then {@link executeRun}. */
export async function runTranslate(options: TranslateOptions): Promise<TranslateReport> {
  return executeRun(planRun(options));
}

function emptyReport(): TranslateReport {
  return {pages: [], ui: [], sent: {}, reused: {}, written: []};
}
