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
