/** The phases of a Docusaurus build that `DOCUSAURUS_PERF_LOGGER=true` times, per locale. */
export const PHASES = ['Load site', 'Bundling with rspack', 'SSG', 'postBuild()'] as const;

export type Phase = (typeof PHASES)[number];

/** Seconds spent in each phase, summed over the locales, and in the whole locale builds. */
export interface PhaseTimes {
  phases: Record<Phase, number>;
  /** Sum of `Build > <locale>`: the rest of a run is start-up and the merge of locales. */
  locales: number;
}

/**
 * Reads the phase times out of a build's output with
 * `DOCUSAURUS_PERF_LOGGER=true` (lines such as
 * `[PERF] Build > fr > SSG - 7.54 seconds! - (Heap ...)`), summed over the
 * locales. Throws when none is found: Docusaurus changed its log format,
 * and `perfPhases.ts` must follow (see @docusaurus/logger's PerfLogger). Pure.
 */
export function perfPhases(output: string): PhaseTimes {
  const phases = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<Phase, number>;
  let locales = 0;
  let found = 0;
  for (const match of output.matchAll(/^\[PERF\] Build > ([\w-]+)(?: > ([^>\n]+?))? - ([\d.]+) (ms|seconds)/gm)) {
    const seconds = Number(match[3]) / (match[4] === 'ms' ? 1000 : 1);
    const phase = match[2] as Phase | undefined;
    if (phase === undefined) {
      locales += seconds;
      found++;
    } else if ((PHASES as readonly string[]).includes(phase)) {
      phases[phase] += seconds;
    }
  }
  if (found === 0) {
    throw new Error('No "[PERF] Build > <locale> - <time>" line in the build output: Docusaurus changed its perf log; update tools/bench/perfPhases.ts.');
  }
  return {phases, locales};
}
