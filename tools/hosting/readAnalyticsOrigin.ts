/**
 * The origin the CSP must allow for Matomo, from `MATOMO_URL` (the same
 * variable the site's counter reads at build time), or undefined when
 * analytics is off. Validated here too, so that a typo never widens the
 * policy to a host nobody meant.
 */
export function readAnalyticsOrigin(env: Record<string, string | undefined>): string | undefined {
  const raw = env.MATOMO_URL;
  if (raw === undefined || raw.trim() === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw.trim());
  } catch {
    throw new Error(
      `MATOMO_URL="${raw}" is not a URL. Set it to the Matomo server, e.g. MATOMO_URL=https://stats.example.org/, or unset it to publish without analytics.`,
    );
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`MATOMO_URL="${raw}" must start with https:// (or http:// for a local test server).`);
  }
  return parsed.origin;
}
