import type {LoadFigures} from './measureMainThread';
import {median} from './summarize';

/** One variant's figures on one page: the runs' loads, and what a first visit downloaded. */
export interface PageSamples {
  readonly page: string;
  /** One entry per run. */
  readonly runs: readonly LoadFigures[];
  /** Script bytes received (compressed, headers included). */
  readonly scriptBytes: number;
  /** Every byte received, prefetched chunks included. */
  readonly totalBytes: number;
}

/** A build of the site: every lean-client piece on, or one left out. */
export interface VariantSamples {
  /** `all on`, or `without <piece>`. */
  readonly label: string;
  readonly pages: readonly PageSamples[];
}

/** The columns: a variant's totals over its pages (medians of the runs, summed). */
export interface VariantTotals {
  readonly label: string;
  readonly totalBlockingMs: number;
  readonly scriptingMs: number;
  readonly beforePaintMs: number;
  readonly hydratedMs: number;
  readonly scriptBytes: number;
  readonly totalBytes: number;
}

type Column = Exclude<keyof VariantTotals, 'label'>;

const COLUMNS: readonly {key: Column; title: string; unit: string; scale: number; digits: number}[] = [
  {key: 'totalBlockingMs', title: 'TBT ms', unit: 'ms', scale: 1, digits: 0},
  {key: 'scriptingMs', title: 'script ms', unit: 'ms', scale: 1, digits: 0},
  {key: 'beforePaintMs', title: 'pre-FCP ms', unit: 'ms', scale: 1, digits: 0},
  {key: 'hydratedMs', title: 'hydrated ms', unit: 'ms', scale: 1, digits: 0},
  {key: 'scriptBytes', title: 'JS KB', unit: 'KB', scale: 1000, digits: 1},
  {key: 'totalBytes', title: 'all KB', unit: 'KB', scale: 1000, digits: 1},
];

/** Sums, over the pages, each page's median of the runs. */
export function totalsOf(variant: VariantSamples): VariantTotals {
  const sum = (pick: (page: PageSamples) => number) => variant.pages.reduce((total, page) => total + pick(page), 0);
  const runs = (metric: keyof LoadFigures) => sum((p) => median(p.runs.map((run) => run[metric])));
  return {
    label: variant.label,
    totalBlockingMs: runs('totalBlockingMs'),
    scriptingMs: runs('scriptingMs'),
    beforePaintMs: runs('beforePaintMs'),
    hydratedMs: runs('hydratedMs'),
    scriptBytes: sum((p) => p.scriptBytes),
    totalBytes: sum((p) => p.totalBytes),
  };
}

const signed = (value: number, digits: number) => `${value >= 0 ? '+' : ''}${value.toFixed(digits)}`;

/**
 * A plain-text table: one row per variant, the first being the build with
 * every piece on; under each other row, what leaving its piece out changes
 * (positive: the piece saves that much).
 */
export function formatLeanClientReport(variants: readonly VariantSamples[]): string {
  const [base, ...others] = variants.map(totalsOf);
  if (!base) throw new Error('formatLeanClientReport: no variant measured');
  const cells = (values: (column: (typeof COLUMNS)[number]) => string) => COLUMNS.map((c) => values(c).padStart(Math.max(c.title.length, 9) + 2)).join('');
  const lines = [`${'build'.padEnd(28)}${cells((c) => c.title)}`, `${base.label.padEnd(28)}${cells((c) => (base[c.key] / c.scale).toFixed(c.digits))}`];
  for (const t of others) {
    lines.push(`${t.label.padEnd(28)}${cells((c) => (t[c.key] / c.scale).toFixed(c.digits))}`);
    lines.push(`${'  change'.padEnd(28)}${cells((c) => signed((t[c.key] - base[c.key]) / c.scale, c.digits))}`);
  }
  return lines.join('\n');
}
