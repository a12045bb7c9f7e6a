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
    const send = () => {
      sendPending = null;
      if (isOptedOut()) return;
      tracker ??= startTracker(settings);
      tracker.trackPageView(view, document.title);
    };
    // On the first page the server-rendered title is already right. After a
    // client-side navigation the title is still the previous page's here:
    // wait until it changes.
    if (previousLocation === null) send();
    else sendPending = afterTitleChange(document.title, send);
  },
};

export default clientModule;
