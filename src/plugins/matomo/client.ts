import globalData from '@generated/globalData';
import type {ClientModule} from '@docusaurus/types';

import {afterTitleChange} from './afterTitleChange';
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
let sendPending: (() => void) | null = null;
// The landing page's title as the server rendered it, read when the bundle
// runs, before React hydrates. While hydrating, react-helmet-async writes
// the titles of the <Head>s rendered so far in animation frames, the
// site's name alone before the page's own: the first route update can come
// between the two, and its view would then carry the site's name.
const landingTitle = typeof document === 'undefined' ? '' : document.title;

const clientModule: ClientModule = {
  onRouteDidUpdate({location, previousLocation}) {
    // Development's StrictMode runs effects twice for one location.
    if (location === lastLocation) return;
    lastLocation = location;
    // A view still waiting for its title goes now, before this one.
    sendPending?.();
    const settings = (globalData.matomo?.default as MatomoGlobalData | undefined)?.settings;
    if (!settings) return;
    const view = pageViewFor({
      origin: window.location.origin,
      location,
      previousLocation,
      documentReferrer: document.referrer,
    });
    if (view === null || isOptedOut() || refusesTracking(browserPrivacySignals())) return;
    const send = (title: string) => {
      sendPending = null;
      if (isOptedOut()) return;
      tracker ??= startTracker(settings);
      tracker.trackPageView(view, title);
    };
    // After a client-side navigation the title is still the previous
    // page's here: wait until it changes.
    if (previousLocation === null) send(landingTitle);
    else sendPending = afterTitleChange(document.title, () => send(document.title));
  },
};

export default clientModule;
