import type {Browser} from 'playwright-core';

/** What one page load cost the main thread, on an emulated phone. */
export interface MainThreadFigures {
  /** Lighthouse's definition, on the simulated phone: the part beyond 50 ms of each task after the first contentful paint. */
  readonly totalBlockingMs: number;
  /** Script compilation and evaluation, the whole load, on the simulated phone. */
  readonly scriptingMs: number;
  /** The longest task after the first contentful paint, on the simulated phone. */
  readonly longestTaskMs: number;
  /** Main-thread work before the first contentful paint, on the simulated phone: what holds the text back. */
  readonly beforePaintMs: number;
}

/** A load's figures: the simulated CPU's, and when the page hydrated over the throttled network. */
export interface LoadFigures extends MainThreadFigures {
  /** Wall time from navigation to `data-has-hydrated`, over Lighthouse's slow 4G (round trips count). */
  readonly hydratedMs: number;
}

/** Lighthouse's mobile screen (a Moto G Power). */
const PHONE = {viewport: {width: 412, height: 823}, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true};

/** Lighthouse's simulated CPU slowdown on mobile. */
const CPU_SLOWDOWN = 4;

// Top-level tasks, script, and the paint milestone.
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8', 'loading'];

/** A trace event, the fields used here (Chrome's trace event format; times in µs). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs: what the thread itself spent. */
  tdur?: number;
  args?: {name?: string; data?: {frame?: string; isOutermostMainFrame?: boolean}};
}

// Script events, counted at their outermost level only (they nest).
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'v8.compile', 'v8.compileModule', 'FunctionCall', 'V8.Execute', 'v8.run', 'TimerFire', 'EventDispatch', 'FireAnimationFrame', 'RunMicrotasks']);

/**
 * Main-thread figures from a trace of one page load, as Lighthouse's
 * simulation computes them: each task's **thread CPU time** (not its wall
 * time, which another process on the machine stretches) times the 4x
 * slowdown. Total blocking time counts, for each task ending after the
 * first contentful paint, its part after that paint beyond 50 ms. Pure.
 */
export function mainThreadFigures(events: readonly TraceEvent[], cpuSlowdown = CPU_SLOWDOWN): MainThreadFigures {
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  if (!fcp) throw new Error('mainThreadFigures: no firstContentfulPaint in the trace (was the page painted?)');
  // The renderer's main thread of the page that painted.
  const main = events.filter((e) => e.pid === fcp.pid && e.tid === fcp.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) * cpuSlowdown;
  let totalBlocking = 0;
  let longest = 0;
  let beforePaint = 0;
  for (const task of main.filter((e) => e.name === 'RunTask')) {
    const end = task.ts + (task.dur ?? 0);
    if (end <= fcp.ts) {
      beforePaint += cpu(task) / 1000;
      continue;
    }
    // A task straddling the paint counts from the paint on, in proportion.
    const share = task.ts >= fcp.ts ? 1 : (end - fcp.ts) / (task.dur || 1);
    const ms = (cpu(task) * share) / 1000;
    totalBlocking += Math.max(0, ms - 50);
    longest = Math.max(longest, ms);
  }
  let scripting = 0;
  let scriptEnd = -Infinity;
  for (const event of main) {
    if (!SCRIPT_EVENTS.has(event.name) || event.ts < scriptEnd) continue;
    scripting += cpu(event) / 1000;
    scriptEnd = event.ts + (event.dur ?? 0);
  }
  return {totalBlockingMs: totalBlocking, scriptingMs: scripting, longestTaskMs: longest, beforePaintMs: beforePaint};
}

/** Lighthouse's simulated slow 4G: 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up. */
const SLOW_4G = {offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9};

/** Records when React hydrated the page (`data-has-hydrated`), from navigation start. */
const RECORD_HYDRATION = `
  new MutationObserver((_, observer) => {
    if (document.documentElement.getAttribute('data-has-hydrated') !== 'true') return;
    window.__hydratedAt = performance.now();
    observer.disconnect();
  }).observe(document, {attributes: true, subtree: true, attributeFilter: ['data-has-hydrated']});
`;

/**
 * Opens `url` in a fresh context on Lighthouse's phone screen (empty
 * cache, slow 4G), traces the load until hydration and `settleMs` more
 * (what runs after hydration: the theme's mobile switch, idle work), and
 * computes the figures of a 4x slower CPU from the trace's thread times
 * (`mainThreadFigures`), as Lighthouse's simulation does, plus when the
 * page hydrated.
 */
export async function measureMainThread(browser: Browser, url: string, {settleMs = 2000} = {}): Promise<LoadFigures> {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await page.addInitScript(RECORD_HYDRATION);
    await browser.startTracing(page, {categories: CATEGORIES});
    let trace: Buffer;
    let hydratedMs: number;
    try {
      await page.goto(url, {waitUntil: 'load'});
      hydratedMs = (await (
        await page.waitForFunction(() => (window as unknown as {__hydratedAt?: number}).__hydratedAt, undefined, {timeout: 30_000})
      ).jsonValue()) as number;
      await page.waitForTimeout(settleMs);
    } finally {
      trace = await browser.stopTracing();
    }
    const parsed = JSON.parse(trace.toString('utf8')) as {traceEvents: TraceEvent[]};
    return {...mainThreadFigures(parsed.traceEvents), hydratedMs};
  } finally {
    await context.close();
  }
}
