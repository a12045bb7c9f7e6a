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
