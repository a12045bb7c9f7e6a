import path from 'node:path';
import logger from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';

import type {MatomoSettings, PluginOptions} from '../../config/matomoEnv';

/** What the browser side reads: `settings` is `null` when measurement is off. */
export interface MatomoGlobalData {
  readonly settings: MatomoSettings | null;
}

// Docusaurus loads the config, and so this module, afresh for each locale
// it builds: a flag on globalThis keeps the state to one line per build.
const ANNOUNCED = Symbol.for('site-plugin-matomo.announced');

/**
 * Cookieless, anonymized audience measurement with Matomo. Off unless
 * `MATOMO_URL` and `MATOMO_SITE_ID` are set (see `options.ts`), and off in
 * development, like plugin-google-gtag. When off, the bundle gets no client
 * module at all: no script, no request, no `_paq`. When on, nothing goes
 * into the HTML either: `client.ts` loads `matomo.js` in the browser, after
 * checking the visitor's opt-out and privacy signals.
 */
export default function matomoPlugin(_context: LoadContext, options: PluginOptions): Plugin {
  const isProduction = process.env.NODE_ENV === 'production';
  const settings = isProduction ? options.settings : null;
  const flags = globalThis as {[ANNOUNCED]?: boolean};
  if (!flags[ANNOUNCED]) {
    flags[ANNOUNCED] = true;
    logger.info(describeState(options.settings, isProduction));
  }
  return {
    name: 'matomo',
    contentLoaded({actions}) {
      actions.setGlobalData({settings} satisfies MatomoGlobalData);
    },
    getClientModules() {
      return settings ? [path.resolve(__dirname, 'client.ts')] : [];
    },
  };
}

function describeState(settings: MatomoSettings | null, isProduction: boolean): string {
  if (settings === null) {
    return 'Audience measurement is off: set MATOMO_URL and MATOMO_SITE_ID to turn it on.';
  }
  if (!isProduction) return 'Audience measurement is off in development.';
  return `Audience measurement is on: Matomo site ${settings.siteId} at ${settings.trackerUrl}.`;
}
