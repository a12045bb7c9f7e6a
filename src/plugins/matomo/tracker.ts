// The only module that knows about @jonkoops/matomo-tracker-react: the
// binding is unmaintained, so everything else goes through `Tracker`, and
// replacing the binding means rewriting this file alone.
import {createInstance} from '@jonkoops/matomo-tracker-react';

import type {MatomoSettings} from '../../config/matomoEnv';
import type {PageView} from './pageViewFor';
import {trackerInstructions} from './trackerInstructions';

/** What the site needs from a Matomo tracker. */
export interface Tracker {
  /** Queues one page view with the given title; `matomo.js` sends it when loaded. */
  trackPageView(view: PageView, title: string): void;
}

/**
 * Configures `_paq` and inserts the `matomo.js` script. Call once, in the
 * browser, only after checking the visitor's choice and privacy signals.
 *
 * The binding is created `disabled`, which makes it create `_paq` and
 * nothing else: left to itself it turns on the heartbeat and link tracking,
 * spreads array values of `configurations` into several arguments, and skips
 * its whole set-up if `_paq` is not empty. We push our own instructions, one
 * by one, and insert the script ourselves.
 */
export function startTracker(settings: MatomoSettings): Tracker {
  const binding = createInstance({
    urlBase: settings.trackerUrl,
    siteId: settings.siteId,
    disabled: true,
  });
  for (const [name, ...args] of trackerInstructions(settings)) {
    binding.pushInstruction(name, ...args);
  }
  insertScript(settings.scriptUrl);
  return {
    trackPageView(view, title) {
      binding.pushInstruction('setReferrerUrl', view.referrer);
      // Always pass `href` and `documentTitle`: the binding's defaults are
      // `window.location.href` (query and fragment included) and the title
      // of the moment, which lags a client-side navigation.
      binding.trackPageView({href: view.url, documentTitle: title});
    },
  };
}

// A slow collector must not hold the page's load event: the script is
// inserted once the page has loaded, and `async` keeps it off the parser.
function insertScript(src: string): void {
  const insert = () => {
    const script = document.createElement('script');
    script.async = true;
    script.src = src;
    document.head.appendChild(script);
  };
  if (document.readyState === 'complete') insert();
  else window.addEventListener('load', insert, {once: true});
}
