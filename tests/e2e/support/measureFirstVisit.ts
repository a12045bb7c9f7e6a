import type {Browser} from 'playwright-core';

/** What a first visit of one page downloaded. */
export interface FirstVisit {
  /** Bytes received over the network, headers included (Chromium's count). */
  readonly bytes: number;
  readonly requests: number;
  /** Bytes by resource type: Document, Script, Stylesheet, Fetch... */
  readonly bytesByType: Readonly<Record<string, number>>;
  /** Requests to any origin other than the page's. */
  readonly foreignRequests: readonly string[];
}

/**
 * Opens `url` in a fresh context (empty cache, no cookies), waits until the
 * network has been idle, then a little more for what starts on idle
 * (prefetching), and sums what Chromium received for every request
 * (`Network.loadingFinished` `encodedDataLength`: compressed bodies plus
 * headers, as DevTools' "transferred").
 */
export async function measureFirstVisit(browser: Browser, url: string, settleMs = 1500): Promise<FirstVisit> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const types = new Map<string, string>();
    const urls = new Map<string, string>();
    const bytesByType: Record<string, number> = {};
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.requestWillBeSent', (event) => {
      urls.set(event.requestId, event.request.url);
      types.set(event.requestId, event.type ?? 'Other');
    });
    cdp.on('Network.loadingFinished', (event) => {
      const type = types.get(event.requestId) ?? 'Other';
      requests += 1;
      bytes += event.encodedDataLength;
      bytesByType[type] = (bytesByType[type] ?? 0) + event.encodedDataLength;
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
    await page.goto(url, {waitUntil: 'networkidle'});
    await page.waitForTimeout(settleMs);
    const origin = new URL(url).origin;
    const foreignRequests = [...urls.values()].filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
    return {bytes, requests, bytesByType, foreignRequests};
  } finally {
    await context.close();
  }
}
