import {describe, expect, it} from 'vitest';

import {formatLeanClientReport, totalsOf} from '../leanClientReport';
import {mainThreadFigures, type TraceEvent} from '../measureMainThread';

describe('mainThreadFigures', () => {
  // Times in µs; tdur is the thread's CPU time, dur the wall time.
  const task = (ts: number, dur: number, tdur: number): TraceEvent => ({name: 'RunTask', ph: 'X', pid: 1, tid: 1, ts, dur, tdur});
  const events: TraceEvent[] = [
    {name: 'firstContentfulPaint', ph: 'I', pid: 1, tid: 1, ts: 100_000},
    task(0, 50_000, 20_000), // before the paint: 80 ms on the phone
    task(200_000, 60_000, 30_000), // 120 ms on the phone: 70 blocking
    task(300_000, 90_000, 10_000), // stretched by another process: 40 ms, none blocking
    {name: 'EvaluateScript', ph: 'X', pid: 1, tid: 1, ts: 200_000, dur: 50_000, tdur: 25_000},
    {name: 'FunctionCall', ph: 'X', pid: 1, tid: 1, ts: 210_000, dur: 10_000, tdur: 5_000}, // nested: not counted again
    {...task(200_000, 60_000, 999_000), tid: 2}, // another thread: not counted
  ];

  it('counts, as Lighthouse simulates it, 4x the thread time of each task after the first paint, beyond 50 ms', () => {
    expect(mainThreadFigures(events)).toEqual({totalBlockingMs: 70, scriptingMs: 100, longestTaskMs: 120, beforePaintMs: 80});
  });

  it('says when the trace has no paint', () => {
    expect(() => mainThreadFigures(events.slice(1))).toThrowErrorMatchingInlineSnapshot(`[Error: mainThreadFigures: no firstContentfulPaint in the trace (was the page painted?)]`);
  });
});

describe('formatLeanClientReport', () => {
  const load = (tbt: number) => ({totalBlockingMs: tbt, scriptingMs: tbt * 2, longestTaskMs: tbt + 50, beforePaintMs: 10, hydratedMs: 1000 + tbt});
  const page = (tbt: number[], scriptBytes: number) => ({page: '/', runs: tbt.map(load), scriptBytes, totalBytes: scriptBytes + 1000});
  const variants = [
    {label: 'all on', pages: [page([10, 30, 20], 100_000), page([0, 0, 5], 50_000)]},
    {label: 'without stagedEntry', pages: [page([80, 90, 70], 100_000), page([0, 10, 5], 50_000)]},
  ];

  it("sums the pages' medians", () => {
    expect(totalsOf(variants[1] ?? {label: '', pages: []})).toEqual({
      label: 'without stagedEntry',
      totalBlockingMs: 85,
      scriptingMs: 170,
      beforePaintMs: 20,
      hydratedMs: 2085,
      scriptBytes: 150_000,
      totalBytes: 152_000,
    });
  });

  it('says what leaving each piece out changes, against the build with every piece on', () => {
    expect(formatLeanClientReport(variants)).toMatchInlineSnapshot(`
      "build                            TBT ms  script ms  pre-FCP ms  hydrated ms      JS KB     all KB
      all on                               20         40          20         2020      150.0      152.0
      without stagedEntry                  85        170          20         2085      150.0      152.0
        change                            +65       +130          +0          +65       +0.0       +0.0"
    `);
  });
});
