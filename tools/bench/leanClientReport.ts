import {median} from './summarize';

/** One variant's figures on one page: main-thread runs, and what a first visit downloaded. */
export interface PageSamples {
  readonly page: string;
  /** One entry per run. */
  readonly totalBlockingMs: readonly number[];
  readonly scriptingMs: readonly number[];
  /** Script bytes received (compressed, headers included). */
  readonly scriptBytes: number;
  /** Every byte received, prefetched chunks included. */
  readonly totalBytes: number;
}

/** A build of the site: every lean-client piece on, or one left out. */
export interface VariantSamples {
  /** `all on`, or the piece left out. */
  readonly label: string;
  readonly pages: readonly PageSamples[];
}

/** A variant's totals over its pages (medians of the runs, summed). */
export interface VariantTotals {
  readonly label: string;
  readonly totalBlockingMs: number;
  readonly scriptingMs: number;
  readonly scriptBytes: number;
  readonly totalBytes: number;
}

/** Sums, over the pages, each page's median of the runs. */
export function totalsOf(variant: VariantSamples): VariantTotals {
  const sum = (pick: (page: PageSamples) => number) => variant.pages.reduce((total, page) => total + pick(page), 0);
  return {
    label: variant.label,
    totalBlockingMs: sum((p) => median(p.totalBlockingMs)),
    scriptingMs: sum((p) => median(p.scriptingMs)),
    scriptBytes: sum((p) => p.scriptBytes),
    totalBytes: sum((p) => p.totalBytes),
  };
}

const signed = (value: number, digits = 0) => `${value >= 0 ? '+' : ''}${value.toFixed(digits)}`;

/**
 * A plain-text table: one row per variant, the first being the build with
 * every piece on, and for the others what leaving the piece out costs
 * (positive: the piece earns that much).
 */
export function formatLeanClientReport(variants: readonly VariantSamples[]): string {
  const [base, ...others] = variants.map(totalsOf);
  if (!base) throw new Error('formatLeanClientReport: no variant measured');
  const header = ['build'.padEnd(28), 'TBT ms'.padStart(9), 'script ms'.padStart(10), 'JS KB'.padStart(8), 'all KB'.padStart(8), '   without the piece: TBT, script, JS, all'].join('');
  const row = (t: VariantTotals, delta: string) =>
    [
      t.label.padEnd(28),
      t.totalBlockingMs.toFixed(0).padStart(9),
      t.scriptingMs.toFixed(0).padStart(10),
      (t.scriptBytes / 1000).toFixed(1).padStart(8),
      (t.totalBytes / 1000).toFixed(1).padStart(8),
      delta,
    ].join('');
  const lines = [
    header,
    row(base, ''),
    ...others.map((t) =>
      row(
        t,
        `   ${signed(t.totalBlockingMs - base.totalBlockingMs)} ms, ${signed(t.scriptingMs - base.scriptingMs)} ms, ${signed((t.scriptBytes - base.scriptBytes) / 1000, 1)} KB, ${signed((t.totalBytes - base.totalBytes) / 1000, 1)} KB`,
      ),
    ),
  ];
  return lines.join('\n');
}
