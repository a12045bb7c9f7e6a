import {parseHttpUrl} from './parseHttpUrl';
import {redactUrlCredentials} from './redact';

/**
 * The Matomo server the site reports to, read from the environment at build
 * time. Validated here, at the boundary: a typo fails the build with the
 * variable named instead of producing a counter that silently sends nothing.
 */
export interface MatomoSettings {
  /** Where hits go: `<MATOMO_URL>matomo.php`. */
  readonly trackerUrl: string;
  /** Where `matomo.js` is loaded from: `MATOMO_SCRIPT_URL`, else `<MATOMO_URL>matomo.js`. */
  readonly scriptUrl: string;
  /** The site's id in Matomo: a positive integer. */
  readonly siteId: number;
}

/**
 * What the plugin receives: `settings` is `null` when measurement is off.
 * A type alias, not an interface, so that it fits Docusaurus's plugin
 * options (an object with an index signature).
 */
export type PluginOptions = {
  readonly settings: MatomoSettings | null;
};

/** Off unless configured: no script, no request, no `_paq`. */
export const DEFAULT_OPTIONS: PluginOptions = {settings: null};

/**
 * Reads `MATOMO_URL`, `MATOMO_SITE_ID` and the optional `MATOMO_SCRIPT_URL`.
 * Returns off ({@link DEFAULT_OPTIONS}) when none is set; throws an Error
 * naming the variable when one is malformed or set without the other.
 */
export function readMatomoEnv(env: Record<string, string | undefined>): PluginOptions {
  const url = clean(env.MATOMO_URL);
  const siteId = clean(env.MATOMO_SITE_ID);
  const scriptUrl = clean(env.MATOMO_SCRIPT_URL);
  if (url === undefined && siteId === undefined) {
    if (scriptUrl !== undefined) {
      throw new Error(
        `MATOMO_SCRIPT_URL="${redactUrlCredentials(scriptUrl)}" is set but MATOMO_URL and MATOMO_SITE_ID are not. Set all three, or unset MATOMO_SCRIPT_URL to keep audience measurement off.`,
      );
    }
    return DEFAULT_OPTIONS;
  }
  if (url === undefined) {
    throw new Error(
      `MATOMO_SITE_ID="${siteId}" is set but MATOMO_URL is not. Set MATOMO_URL to your Matomo server, e.g. MATOMO_URL=https://stats.example.org/, or unset MATOMO_SITE_ID to keep audience measurement off.`,
    );
  }
  if (siteId === undefined) {
    throw new Error(
      `MATOMO_URL="${redactUrlCredentials(url)}" is set but MATOMO_SITE_ID is not. Set MATOMO_SITE_ID to the site's id in Matomo, e.g. MATOMO_SITE_ID=1, or unset MATOMO_URL to keep audience measurement off.`,
    );
  }
  const base = readHttpUrl('MATOMO_URL', url, 'https://stats.example.org/');
  const baseWithSlash = base.endsWith('/') ? base : `${base}/`;
  return {
    settings: {
      trackerUrl: `${baseWithSlash}matomo.php`,
      scriptUrl:
        scriptUrl === undefined
          ? `${baseWithSlash}matomo.js`
          : readHttpUrl('MATOMO_SCRIPT_URL', scriptUrl, 'https://stats.example.org/matomo.js'),
      siteId: readSiteId(siteId),
    },
  };
}

function clean(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function readHttpUrl(name: string, raw: string, example: string): string {
  const parsed = parseHttpUrl(raw);
  // Quoted values never show a user name or password: build logs are often public.
  const shown = redactUrlCredentials(raw);
  if (parsed.kind === 'not-a-url') {
    throw new Error(`${name}="${shown}" is not a URL. Use an absolute https:// URL, e.g. ${name}=${example}`);
  }
  if (parsed.kind === 'not-http') {
    throw new Error(`${name}="${shown}" must start with https:// or http://, e.g. ${name}=${example}`);
  }
  if (parsed.kind !== 'ok') {
    throw new Error(
      `${name}="${shown}" must not contain a query, a fragment or credentials, e.g. ${name}=${example}`,
    );
  }
  return parsed.url.href;
}

function readSiteId(raw: string): number {
  if (!/^[1-9][0-9]{0,8}$/.test(raw)) {
    throw new Error(
      `MATOMO_SITE_ID="${raw}" is not a positive integer. Use the id Matomo shows for the site (Administration > Websites > Manage), e.g. MATOMO_SITE_ID=1`,
    );
  }
  return Number(raw);
}
