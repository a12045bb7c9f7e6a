import {readMatomoEnv} from '../../src/config/matomoEnv';

/**
 * The origins the CSP must allow for Matomo: where hits go (`MATOMO_URL`)
 * and where `matomo.js` comes from (`MATOMO_SCRIPT_URL`, possibly another
 * host); none when measurement is off. Read with the site's own
 * `readMatomoEnv`, so the policy and the build can never disagree, and a
 * typo fails here with the same message as in the build.
 */
export function readAnalyticsOrigins(env: Record<string, string | undefined>): string[] {
  const {settings} = readMatomoEnv(env);
  if (settings === null) return [];
  return [...new Set([settings.trackerUrl, settings.scriptUrl].map((u) => new URL(u).origin))].sort();
}
