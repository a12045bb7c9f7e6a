import type {Browser, BrowserContextOptions, Page} from 'playwright-core';

/** Runs `run` on a page of a fresh context of `browser` (empty cache, no storage), then closes the context. */
export async function withPage<T>(browser: Browser, options: BrowserContextOptions, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext(options);
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

/**
 * Opens `url` and waits until React has hydrated it (Docusaurus then sets
 * `<html data-has-hydrated="true">`) and its fonts are in: the page as a
 * visitor sees and uses it. Quicker than `networkidle`, which always waits
 * half a second more, and as strict for what the tests read.
 */
export async function openHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached'});
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** What one page did while it loaded and after: its status, console errors and uncaught exceptions, requests to another origin. */
export interface Visit {
  status: number | undefined;
  consoleErrors: string[];
  foreignRequests: string[];
}

/**
 * Listens to `page` once, and returns how to open a path of `origin` in it
 * (at network idle: a request made late, a tracker or a font, is seen),
 * with what that page did: each visit gets its own record, so one tab
 * walks many pages without its listeners piling up. A console message
 * about the Content-Security-Policy counts as an error whatever its level.
 */
export function pageVisitor(page: Page, origin: string): (path: string) => Promise<Visit> {
  let current: Visit = {status: undefined, consoleErrors: [], foreignRequests: []};
  page.on('console', (msg) => {
    if (msg.type() === 'error' || /Content Security Policy/i.test(msg.text())) current.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => current.consoleErrors.push(err.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) current.foreignRequests.push(request.url());
  });
  return async (path) => {
    const visit: Visit = {status: undefined, consoleErrors: [], foreignRequests: []};
    current = visit;
    visit.status = (await page.goto(origin + path, {waitUntil: 'networkidle'}))?.status();
    return visit;
  };
}
