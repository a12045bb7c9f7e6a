import {describe, expect, it} from 'vitest';

import {formatTable, median} from '../summarize';

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
