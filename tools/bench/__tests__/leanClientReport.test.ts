import {describe, expect, it} from 'vitest';

import {formatLeanClientReport, totalsOf} from '../leanClientReport';
import {totalBlockingTime} from '../measureMainThread';

describe('totalBlockingTime', () => {
  it("counts, as Lighthouse does, each task's part after the first paint beyond 50 ms", () => {
    const tasks = [
      {start: 0, duration: 200}, // before the paint at 100: 100 ms after it, 50 blocking
      {start: 300, duration: 120}, // 70 blocking
      {start: 500, duration: 40}, // under 50
    ];
    expect(totalBlockingTime(tasks, 100)).toEqual({total: 120, longest: 120});
    expect(totalBlockingTime([{start: 0, duration: 90}], 100)).toEqual({total: 0, longest: 0});
  });
});

describe('formatLeanClientReport', () => {
  const page = (tbt: number[], scriptBytes: number) => ({page: '/', totalBlockingMs: tbt, scriptingMs: tbt.map((t) => t * 2), scriptBytes, totalBytes: scriptBytes + 1000});
  const variants = [
    {label: 'all on', pages: [page([10, 30, 20], 100_000), page([0, 0, 5], 50_000)]},
    {label: 'without stagedEntry', pages: [page([80, 90, 70], 100_000), page([0, 10, 5], 50_000)]},
  ];

  it("sums the pages' medians", () => {
    expect(totalsOf(variants[1] ?? {label: '', pages: []})).toEqual({label: 'without stagedEntry', totalBlockingMs: 85, scriptingMs: 170, scriptBytes: 150_000, totalBytes: 152_000});
  });

  it('says what leaving each piece out costs, against the build with every piece on', () => {
    expect(formatLeanClientReport(variants)).toMatchInlineSnapshot(`
      "build                          TBT ms script ms   JS KB  all KB   without the piece: TBT, script, JS, all
      all on                             20        40   150.0   152.0
      without stagedEntry                85       170   150.0   152.0   +65 ms, +130 ms, +0.0 KB, +0.0 KB"
    `);
  });
});
