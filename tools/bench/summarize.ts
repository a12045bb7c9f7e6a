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

/** The builds of one site in the comparison: cold and warm samples, each with its phase times. */
export interface SiteRuns {
  cold: ReadonlyArray<Sample & {cpuSeconds: number; phases: Record<string, number>}>;
  warm: ReadonlyArray<Sample & {cpuSeconds: number; phases: Record<string, number>}>;
}

/**
 * The comparison of our build with a plain Docusaurus build of the same
 * content: medians of time and peak memory, their ratios, the warm
 * rebuild's ratio to the cold build, and where the time goes (each phase
 * summed over the locales), with the targets beside the figures. Pure.
 */
export function formatComparison(title: string, ours: SiteRuns, plain: SiteRuns, targets: {time: number; warm: number}): string {
  const time = (s: SiteRuns['cold']) => median(s.map((x) => x.seconds));
  const peak = (s: SiteRuns['cold']) => Math.max(...s.map((x) => x.peakMiB));
  const phase = (s: SiteRuns['cold'], name: string) => median(s.map((x) => x.phases[name] ?? 0));
  const row = (label: string, a: string, b: string, ratio = '', note = '') =>
    `${label.padEnd(36)}${a.padStart(10)}${b.padStart(10)}${ratio.padStart(9)}${note ? `  ${note}` : ''}`;
  const secs = (n: number) => `${n.toFixed(1)} s`;
  const x = (n: number) => `${n.toFixed(2)}x`;
  const ok = (value: number, target: number) => `target <= ${target.toFixed(2)}x: ${value <= target ? 'met' : 'NOT met'}`;
  const cpu = (s: SiteRuns['cold']) => median(s.map((x) => x.cpuSeconds));
  const coldRatio = time(ours.cold) / time(plain.cold);
  const cpuRatio = cpu(ours.cold) / cpu(plain.cold);
  const oursWarm = time(ours.warm) / time(ours.cold);
  const plainWarm = time(plain.warm) / time(plain.cold);
  const phases = [...new Set([...ours.cold, ...plain.cold].flatMap((s) => Object.keys(s.phases)))];
  const byPhase = (kind: 'cold' | 'warm') =>
    phases.map((name) => {
      const a = phase(ours[kind], name);
      const b = phase(plain[kind], name);
      return row(`  ${name}`, secs(a), secs(b), b > 0 ? x(a / b) : '', `+${(a - b).toFixed(1)} s`);
    });
  return [
    `${title} (n=${ours.cold.length} each)`,
    row('', 'ours', 'plain', 'ratio'),
    row('cold build', secs(time(ours.cold)), secs(time(plain.cold)), x(coldRatio), ok(coldRatio, targets.time)),
    row('cold build, CPU time', secs(cpu(ours.cold)), secs(cpu(plain.cold)), x(cpuRatio), ok(cpuRatio, targets.time)),
    row('cold build, peak memory', `${peak(ours.cold).toFixed(0)} MiB`, `${peak(plain.cold).toFixed(0)} MiB`, x(peak(ours.cold) / peak(plain.cold))),
    row('warm cache, after a one-page edit', secs(time(ours.warm)), secs(time(plain.warm)), x(time(ours.warm) / time(plain.warm))),
    row('warm rebuild / cold build', x(oursWarm), x(plainWarm), '', ok(oursWarm, targets.warm)),
    row('warm rebuild / cold build, CPU time', x(cpu(ours.warm) / cpu(ours.cold)), x(cpu(plain.warm) / cpu(plain.cold))),
    'cold build, by phase (summed over the locales):',
    ...byPhase('cold'),
    'warm rebuild, by phase:',
    ...byPhase('warm'),
  ].join('\n');
}
