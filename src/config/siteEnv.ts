import {parseHttpUrl} from './parseHttpUrl';
import {redactUrlCredentials} from './redact';

/**
 * Where the site is published, read from the environment at build time.
 * Validated here, at the boundary, so a typo fails the build with the
 * variable named instead of producing a site full of broken links.
 */
export interface SiteEnv {
  /** Origin the site is served from, without trailing slash. */
  url: string;
  /** Path under that origin, with leading and trailing slash. */
  baseUrl: string;
}

export const DEFAULT_SITE_ENV: SiteEnv = {url: 'http://localhost:3000', baseUrl: '/'};

/**
 * Reads and validates `SITE_URL` and `BASE_URL`; throws an Error naming the
 * variable. Unset, they are `defaults` (the `url` of site.config.ts).
 */
export function readSiteEnv(env: Record<string, string | undefined>, defaults: SiteEnv = DEFAULT_SITE_ENV): SiteEnv {
  return {url: readUrl(env.SITE_URL, defaults.url), baseUrl: readBaseUrl(env.BASE_URL, defaults.baseUrl)};
}

function readUrl(raw: string | undefined, fallback: string): string {
  if (raw === undefined || raw.trim() === '') return fallback;
  const parsed = parseHttpUrl(raw);
  // Quoted values never show a user name or password: build logs are often public.
  const shown = redactUrlCredentials(raw);
  if (parsed.kind === 'not-a-url') {
    throw new Error(
      `SITE_URL="${shown}" is not a URL. Set it to the site's origin, e.g. SITE_URL=https://docs.example.com`,
    );
  }
  if (parsed.kind === 'not-http') throw new Error(`SITE_URL="${shown}" must start with https:// or http://.`);
  // A user or password passes: `origin` leaves it out, as it always did.
  const {url} = parsed;
  if (parsed.kind === 'query-or-fragment' || url.pathname !== '/') {
    throw new Error(
      `SITE_URL="${shown}" must be an origin only (no path, query or fragment). Put the path in BASE_URL, e.g. SITE_URL=${url.origin} BASE_URL=${url.pathname}`,
    );
  }
  return url.origin;
}

function readBaseUrl(raw: string | undefined, fallback: string): string {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = raw.trim();
  if (!/^\/?[A-Za-z0-9._~\-/]*$/.test(value) || value.includes('//')) {
    throw new Error(
      `BASE_URL="${redactUrlCredentials(raw)}" is not a URL path. Use letters, digits, "-", "_", "." and "/" only, e.g. BASE_URL=/docs/`,
    );
  }
  const withLeading = value.startsWith('/') ? value : `/${value}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}
