/** Header name and value, in the order they are written. */
export type Headers = readonly (readonly [name: string, value: string])[];

/**
 * The headers every response carries, HTML or not. The policy comes from
 * `createContentSecurityPolicy`; the rest keeps the privacy promise: no
 * referrer sent to other sites, no powerful feature for anyone, HTTPS only.
 */
export function createSecurityHeaders(contentSecurityPolicy: string): Headers {
  return [
    ['Content-Security-Policy', contentSecurityPolicy],
    ['Referrer-Policy', 'no-referrer'],
    ['X-Content-Type-Options', 'nosniff'],
    [
      'Permissions-Policy',
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    ],
    // Browsers ignore it over plain HTTP, so it is harmless on a local test.
    ['Strict-Transport-Security', 'max-age=31536000'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

/** Hashed build files (`assets/js/main.1a2b3c4d.js`) never change: cache them for a year. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/** Pages and unhashed files (`robots.txt`, `img/`) are revalidated on every visit. */
export const REVALIDATE_CACHE = 'no-cache';
