import type {Browser} from 'playwright-core';

/** What one page load cost the main thread, on an emulated phone. */
export interface MainThreadFigures {
  /** Lighthouse's definition: the part beyond 50 ms of each task after the first contentful paint. */
  readonly totalBlockingMs: number;
  /** Script compilation and evaluation, the whole load (CDP `Performance.getMetrics` `ScriptDuration`). */
  readonly scriptingMs: number;
  /** The longest task after the first contentful paint, 0 if none reached 50 ms. */
  readonly longestTaskMs: number;
}

/** Lighthouse's mobile screen (a Moto G Power). */
const PHONE = {viewport: {width: 412, height: 823}, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true};

/** Records every long task from the first script on; `buffered` in case the observer misses the first. */
const RECORD_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({start: entry.startTime, duration: entry.duration});
  }).observe({type: 'longtask', buffered: true});
`;

/** A long task: start and duration in ms, from the page's time origin. */
export interface LongTask {
  start: number;
  duration: number;
}

/**
 * Total blocking time as Lighthouse counts it: for each task ending after
 * the first contentful paint, its duration from that paint on, beyond 50 ms.
 * Pure, for the tests.
 */
export function totalBlockingTime(tasks: readonly LongTask[], firstContentfulPaint: number): {total: number; longest: number} {
  let total = 0;
  let longest = 0;
  for (const {start, duration} of tasks) {
    const counted = start + duration - Math.max(start, firstContentfulPaint);
    if (counted <= 0) continue;
    total += Math.max(0, counted - 50);
    longest = Math.max(longest, counted);
  }
  return {total, longest: longest >= 50 ? longest : 0};
}

/**
 * Opens `url` in a fresh context on an emulated phone (Lighthouse's screen
 * and its 4x CPU slowdown; no network throttling: the site is served over
 * loopback, and blocking time is CPU), waits for hydration and `settleMs`
 * more (what runs after hydration: the theme's mobile switch, idle work),
 * and reads the page's long tasks and Chromium's script time.
 */
export async function measureMainThread(browser: Browser, url: string, {cpuSlowdown = 4, settleMs = 3000} = {}): Promise<MainThreadFigures> {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: cpuSlowdown});
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
    await cdp.send('Performance.enable');
    await page.addInitScript(RECORD_LONG_TASKS);
    await page.goto(url, {waitUntil: 'load'});
    await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true', undefined, {timeout: 30_000});
    await page.waitForTimeout(settleMs);
    const {tasks, fcp} = await page.evaluate(() => ({
      tasks: (window as unknown as {__longTasks: LongTask[]}).__longTasks,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
    }));
    const {metrics} = await cdp.send('Performance.getMetrics');
    const seconds = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    const {total, longest} = totalBlockingTime(tasks, fcp);
    return {totalBlockingMs: total, scriptingMs: seconds('ScriptDuration') * 1000, longestTaskMs: longest};
  } finally {
    await context.close();
  }
}
