/** One page's figures. Scores are Lighthouse's, 0-100. */
export interface PageFigures {
  readonly page: string;
  readonly bytes: number;
  readonly requests: number;
  readonly performance: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  readonly seo: number;
}

/** Issue 7's targets, relative to the fresh Docusaurus docs page. */
export const TARGETS = {maxBytesRatio: 0.8, minScore: 100, minPerformanceGain: 15} as const;

/** The ways `page` misses the targets, as short sentences; empty when it meets them all. */
export function missedTargets(page: PageFigures, fresh: PageFigures): string[] {
  const missed: string[] = [];
  const ratio = page.bytes / fresh.bytes;
  if (ratio > TARGETS.maxBytesRatio) missed.push(`bytes ${ratio.toFixed(2)}x > ${TARGETS.maxBytesRatio}x`);
  for (const key of ['accessibility', 'bestPractices', 'seo'] as const) {
    if (page[key] < TARGETS.minScore) missed.push(`${key} ${page[key]} < ${TARGETS.minScore}`);
  }
  const gain = page.performance - fresh.performance;
  if (gain < TARGETS.minPerformanceGain) missed.push(`performance ${signed(gain)} < +${TARGETS.minPerformanceGain}`);
  return missed;
}

/**
 * The benchmark's table: one row per page and the fresh page last, with the
 * byte ratio and performance difference against it, then each missed target.
 */
export function formatReport(pages: readonly PageFigures[], fresh: PageFigures): string {
  const header = ['page', 'KB', 'requests', 'bytes vs fresh', 'perf', 'perf vs fresh', 'a11y', 'best pr.', 'SEO', 'targets'];
  const row = (p: PageFigures, isFresh: boolean) => {
    const missed = isFresh ? [] : missedTargets(p, fresh);
    const gain = p.performance - fresh.performance;
    return [
      p.page,
      (p.bytes / 1000).toFixed(1),
      String(p.requests),
      isFresh ? '1.00x' : `${(p.bytes / fresh.bytes).toFixed(2)}x`,
      String(p.performance),
      isFresh ? '' : signed(gain),
      String(p.accessibility),
      String(p.bestPractices),
      String(p.seo),
      isFresh ? '(reference)' : missed.length === 0 ? 'met' : missed.join('; '),
    ];
  };
  const rows = [header, ...pages.map((p) => row(p, false)), row(fresh, true)];
  const widths = header.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

function signed(n: number): string {
  return n >= 0 ? `+${n}` : String(n);
}
