import type {MatomoSettings} from '../../config/matomoEnv';

/** One `_paq` instruction: a tracker method name and its arguments. */
export type Instruction = readonly [name: string, ...args: unknown[]];

/**
 * The instructions that configure `matomo.js` before the first page view,
 * each one the reason the counter qualifies for the CNIL consent exemption.
 * Link tracking and the heartbeat are left out on purpose: `matomo.js` only
 * installs them when asked, and `enableLinkTracking(false)` still installs
 * the click listeners (its argument is about middle clicks).
 */
export function trackerInstructions(settings: MatomoSettings): Instruction[] {
  return [
    ['setTrackerUrl', settings.trackerUrl],
    ['setSiteId', String(settings.siteId)],
    // No cookie, so no visitor id: `_id` is sent empty.
    ['disableCookies'],
    // No screen size, plugin flags or client hints (`res`, `pdf`..., `uadata`).
    ['disableBrowserFeatureDetection'],
    // No `mtm_*`/`utm_*` campaign attribution from the landing URL.
    ['disableCampaignParameters'],
    // No page-load timings: not needed to count visits.
    ['disablePerformanceTracking'],
    // Matomo's own DNT check, in case the signal appears after load.
    ['setDoNotTrack', true],
  ];
}
