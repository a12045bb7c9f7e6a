/** One timed build: wall-clock seconds and peak resident memory in MiB. */
export interface Sample {
  seconds: number;
  peakMiB: number;
}

/** The median of a non-empty list (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no value');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/** A printed row: median time, ratio to the cold build's median, peak memory. */
export interface Row {
  label: string;
  samples: readonly Sample[];
  note?: string;
}

/**
 * A plain-text table of the rows of one corpus, the first row being the cold
 * build every ratio is relative to.
 */
export function formatTable(title: string, rows: readonly Row[]): string {
  const cold = median((rows[0]?.samples ?? []).map((s) => s.seconds));
  const lines = rows.map((row) => {
    const seconds = median(row.samples.map((s) => s.seconds));
    const peak = Math.max(...row.samples.map((s) => s.peakMiB));
    return [
      row.label.padEnd(44),
      `${seconds.toFixed(1).padStart(6)} s`,
      `${(seconds / cold).toFixed(2).padStart(6)}x`,
      `${peak.toFixed(0).padStart(6)} MiB`,
      `  n=${row.samples.length}`,
      row.note ? `  ${row.note}` : '',
    ].join('');
  });
  const header = `${'build'.padEnd(44)}${'median'.padStart(8)}${'vs cold'.padStart(8)}${'peak RSS'.padStart(10)}`;
  return [title, header, ...lines].join('\n');
}
