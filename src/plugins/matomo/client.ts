import globalData from '@generated/globalData';
import type {ClientModule} from '@docusaurus/types';

import type {MatomoGlobalData} from './index';
import {isOptedOut} from './optOutStore';
import {pageViewFor} from './pageViewFor';
import {browserPrivacySignals, refusesTracking} from './refusesTracking';
import {startTracker, type Tracker} from './tracker';

// Browser side of the plugin, included in the bundle only when measurement
// is on. Nothing runs at import time: the server-side render imports this
// module too, and only browsers call `onRouteDidUpdate`.
let tracker: Tracker | null = null;
let lastLocation: unknown = null;

const clientModule: ClientModule = {
  onRouteDidUpdate({location, previousLocation}) {
    // Development's StrictMode runs effects twice for one location.
    if (location === lastLocation) return;
    lastLocation = location;
    const settings = (globalData.matomo?.default as MatomoGlobalData | undefined)?.settings;
    if (!settings) return;
    const view = pageViewFor({
      origin: window.location.origin,
      location,
      previousLocation,
      documentReferrer: document.referrer,
    });
    if (view === null || isOptedOut() || refusesTracking(browserPrivacySignals())) return;
    // react-helmet-async sets the new page's title one tick after the route
    // update, so the title is read in the next tick, as plugin-google-gtag
    // does. See https://github.com/facebook/docusaurus/issues/7420
    setTimeout(() => {
      if (isOptedOut()) return;
      tracker ??= startTracker(settings);
      tracker.trackPageView(view, document.title);
    });
  },
};

export default clientModule;
