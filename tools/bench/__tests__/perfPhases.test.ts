import {describe, expect, it} from 'vitest';

import {perfPhases} from '../perfPhases';

describe('perfPhases', () => {
  it('sums each phase over the locales, ignoring nested timings', () => {
    const output = [
      '[PERF] Build > fr > Load site > Load plugins - 23.92 seconds! - (Heap 166mb -> 488mb / Total 529mb)',
      '[PERF] Build > fr > Load site - 2.50 seconds! - (Heap 150mb -> 493mb / Total 529mb)',
      '[PERF] Build > fr > Bundling with rspack - 12.19 seconds! - (Heap 496mb -> 184mb / Total 447mb)',
      '[PERF] SSG Worker 1 - Task 1 - Rendering 10 pathnames - 934.73 ms - (Heap 48mb -> 54mb / Total 85mb)',
      '[PERF] Build > fr > SSG - 7.54 seconds! - (Heap 184mb -> 185mb)',
      '[PERF] Build > fr > postBuild() - 63.40 ms - (Heap 1mb -> 2mb)',
      '[PERF] Build > fr - 23.17 seconds! - (Heap 1mb -> 2mb)',
      '[PERF] Build > en > SSG - 500 ms - (Heap 1mb -> 2mb)',
      '[PERF] Build > en - 10.00 seconds! - (Heap 1mb -> 2mb)',
    ].join('\n');
    const times = perfPhases(output);
    expect(times.locales).toBeCloseTo(33.17);
    expect(times.phases['Load site']).toBeCloseTo(2.5);
    expect(times.phases['Bundling with rspack']).toBeCloseTo(12.19);
    expect(times.phases.SSG).toBeCloseTo(8.04);
    expect(times.phases['postBuild()']).toBeCloseTo(0.0634);
  });

  it('fails loudly when the log format changed', () => {
    expect(() => perfPhases('[INFO] built')).toThrow(/Docusaurus changed its perf log; update tools\/bench\/perfPhases\.ts/);
  });
});
