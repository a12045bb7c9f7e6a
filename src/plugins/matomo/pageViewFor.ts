/** The parts of a location that decide what a page view sends. */
export interface RouteLocation {
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}

/** What one page view reports, besides the title read from the document. */
export interface PageView {
  /** Origin and path only: a query string or fragment may carry an e-mail or a token. */
  readonly url: string;
  /** The previous page of this site (origin and path), or `''`: never another site. */
  readonly referrer: string;
}

/**
 * Decides whether a route update is a new page and what it reports. Pure:
 * `client.ts` passes the browser's values in.
 *
 * - first render (`previousLocation` null): a page view; the referrer is
 *   `documentReferrer` only when it is a page of this site (a locale switch
 *   is a full page load), stripped to origin and path;
 * - another path: a page view whose referrer is the previous path;
 * - same path (an in-page anchor, a query change): `null`, nothing to send.
 */
export function pageViewFor(input: {
  origin: string;
  location: RouteLocation;
  previousLocation: RouteLocation | null;
  documentReferrer: string;
}): PageView | null {
  const {origin, location, previousLocation, documentReferrer} = input;
  if (previousLocation !== null && previousLocation.pathname === location.pathname) return null;
  return {
    url: origin + location.pathname,
    referrer:
      previousLocation === null
        ? internalReferrer(documentReferrer, origin)
        : origin + previousLocation.pathname,
  };
}

/** `referrer` stripped to origin and path if it is a page of `origin`, else `''`. */
function internalReferrer(referrer: string, origin: string): string {
  let parsed: URL;
  try {
    parsed = new URL(referrer);
  } catch {
    return ''; // empty (direct visit) or unparsable
  }
  return parsed.origin === origin ? parsed.origin + parsed.pathname : '';
}
