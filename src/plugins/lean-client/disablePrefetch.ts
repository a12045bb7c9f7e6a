import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

interface DocusaurusGlobal {
  prefetch: (routePath: string) => false | Promise<void[]>;
  preload: (routePath: string) => false | Promise<void[]>;
}

declare global {
  interface Window {
    docusaurus: DocusaurusGlobal;
  }
}

/**
 * Stops `<Link>` from prefetching every page it shows as soon as it scrolls
 * into view: on a first visit that downloads the chunks of pages the visitor
 * may never open. `Link` calls `window.docusaurus.prefetch` at that moment;
 * the client entry assigns `window.docusaurus` after the client modules run,
 * so the assignment is intercepted. Hovering or touching a link still
 * `preload`s its page (Link has no focus handler). Left out with
 * `LEAN_CLIENT_OFF=disablePrefetch`; tested in tests/e2e/leanClient.test.ts.
 */
function disablePrefetch(): void {
  let current: DocusaurusGlobal | undefined;
  Object.defineProperty(window, 'docusaurus', {
    configurable: true,
    enumerable: true,
    get: () => current,
    set(value: DocusaurusGlobal) {
      current = {...value, prefetch: () => false};
    },
  });
}

if (ExecutionEnvironment.canUseDOM) disablePrefetch();
