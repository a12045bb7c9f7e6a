const PAGE_VIEW_INSTRUCTIONS = ['setReferrerUrl', 'setCustomUrl', 'setDocumentTitle', 'trackPageView'];

/**
 * Removes page views still waiting in `_paq` because `matomo.js` has not
 * arrived (a slow collector): after an opt-out they must never be sent, not
 * even when the script loads. Once `matomo.js` runs, `_paq` is its proxy
 * object, each push is sent at once and nothing waits. Browser only.
 */
export function dropQueuedPageViews(): void {
  const queue: unknown = (window as {_paq?: unknown})._paq;
  if (!Array.isArray(queue)) return;
  const kept = queue.filter(
    (item) => !Array.isArray(item) || !PAGE_VIEW_INSTRUCTIONS.includes(String(item[0])),
  );
  queue.splice(0, queue.length, ...kept);
}
