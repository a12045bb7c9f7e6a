import {describe, expect, it} from 'vitest';

import {formatComparison, formatTable, median} from '../summarize';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow('median of no value');
  });
});

describe('formatTable', () => {
  it('prints medians, ratios to the first (cold) row and the highest peak', () => {
    const table = formatTable('site', [
      {label: 'cold', samples: [{seconds: 20, peakMiB: 900}, {seconds: 22, peakMiB: 950}, {seconds: 30, peakMiB: 1000}]},
      {label: 'warm', samples: [{seconds: 11, peakMiB: 700}], note: 'identical'},
    ]);
    expect(table.split('\n')).toEqual([
      'site',
      'build                                         median vs cold  peak RSS',
      'cold                                          22.0 s  1.00x  1000 MiB  n=3',
      'warm                                          11.0 s  0.50x   700 MiB  n=1  identical',
    ]);
  });
});

describe('formatComparison', () => {
  it('prints both builds, their ratios, the warm/cold ratio and the phases against the targets', () => {
    const run = (seconds: number, peakMiB: number, ssg: number) => ({seconds, peakMiB, cpuSeconds: seconds * 1.5, phases: {SSG: ssg}});
    const text = formatComparison(
      '200 pages',
      {cold: [run(110, 1500, 40)], warm: [run(60, 1200, 38)]},
      {cold: [run(100, 1000, 36)], warm: [run(55, 900, 36)]},
      {time: 1.1, warm: 0.4},
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe('200 pages (n=1 each)');
    expect(lines[2]).toMatch(/^cold build\s+110\.0 s\s+100\.0 s\s+1\.10x {2}target <= 1\.10x: met$/);
    expect(lines[3]).toMatch(/^cold build, CPU time\s+165\.0 s\s+150\.0 s\s+1\.10x {2}target <= 1\.10x: met$/);
    expect(lines[4]).toMatch(/^cold build, peak memory\s+1500 MiB\s+1000 MiB\s+1\.50x$/);
    expect(lines[6]).toMatch(/^warm rebuild \/ cold build\s+0\.55x\s+0\.55x\s+target <= 0\.40x: NOT met$/);
    expect(lines).toContain('cold build, by phase (summed over the locales):');
    expect(lines.find((l) => l.startsWith('  SSG'))).toMatch(/40\.0 s\s+36\.0 s\s+1\.11x {2}\+4\.0 s/);
  });
});
