/**
 * The part every URL read from the environment shares (SITE_URL, EDIT_URL,
 * MATOMO_URL, MATOMO_SCRIPT_URL): an absolute http(s) URL with no query or
 * fragment. Each caller words its own error, naming its variable and its
 * fix, from the failure kind returned here, and adds its own rules (an
 * origin only for SITE_URL).
 *
 * Pure and free of Node imports: `src/` modules may end up in the
 * browser bundle, and `URL` is global in both.
 */

/** Why a value is refused; all but `not-a-url` carry the parsed URL, for the fix the message suggests. */
export type HttpUrlFailure = 'not-a-url' | 'not-http' | 'query-or-fragment' | 'credentials';

/**
 * The outcome: `ok`, or the first rule broken, in the order the rules are
 * checked (a URL at all, then http(s), then query or fragment, then
 * user or password), so that a caller accepting credentials still gets
 * its query or fragment error.
 */
export type ParsedHttpUrl =
  | {readonly kind: 'ok'; readonly url: URL}
  | {readonly kind: 'not-a-url'}
  | {readonly kind: Exclude<HttpUrlFailure, 'not-a-url'>; readonly url: URL};

/** Parses `raw` (trimmed) as an absolute http(s) URL without query, fragment or credentials. */
export function parseHttpUrl(raw: string): ParsedHttpUrl {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return {kind: 'not-a-url'};
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return {kind: 'not-http', url};
  if (url.search !== '' || url.hash !== '') return {kind: 'query-or-fragment', url};
  if (url.username !== '' || url.password !== '') return {kind: 'credentials', url};
  return {kind: 'ok', url};
}
