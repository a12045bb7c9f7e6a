/** The privacy signals a browser may expose; all optional, as browsers differ. */
export interface PrivacySignals {
  readonly navigatorDoNotTrack?: string | null;
  readonly windowDoNotTrack?: string | null;
  readonly globalPrivacyControl?: boolean;
}

/**
 * True when the browser asks not to be tracked: Do Not Track (`"1"`, or
 * `"yes"` in old Firefox) or Global Privacy Control
 * (https://privacycg.github.io/gpc-spec/). Matomo's own `setDoNotTrack`
 * ignores GPC and only acts after `matomo.js` has loaded; this check runs
 * first, so with either signal the script is never requested.
 */
export function refusesTracking(signals: PrivacySignals): boolean {
  const dnt = (value: string | null | undefined) => value === '1' || value === 'yes';
  return (
    signals.globalPrivacyControl === true ||
    dnt(signals.navigatorDoNotTrack) ||
    dnt(signals.windowDoNotTrack)
  );
}

/** Reads the signals from the current browser; call only in the browser. */
export function browserPrivacySignals(): PrivacySignals {
  const nav = navigator as Navigator & {globalPrivacyControl?: boolean};
  const win = window as Window & {doNotTrack?: string | null};
  return {
    navigatorDoNotTrack: nav.doNotTrack,
    windowDoNotTrack: win.doNotTrack,
    globalPrivacyControl: nav.globalPrivacyControl,
  };
}
