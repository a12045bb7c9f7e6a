import {createHash} from 'node:crypto';

import type {InlineCode} from './collectInlineCode';

/** What the policy allows besides the site's own origin. */
export interface PolicyInputs {
  /** Inline code of every page of the build. */
  inline: readonly InlineCode[];
  /** Origin of the Matomo server when analytics is configured, else undefined. */
  analyticsOrigins: readonly string[];
}

/** The CSP source expression of a text: `'sha256-<base64>'` of its UTF-8 bytes. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * One Content-Security-Policy for the whole site: nothing but the site
 * itself, plus the hashes of the inline scripts and styles found in the
 * built pages (Docusaurus's colour-mode script, ...), plus the Matomo
 * origin only when analytics is configured. Hashes are sorted and unique so
 * that the same build always gives the same policy.
 */
export function createContentSecurityPolicy({inline, analyticsOrigins}: PolicyInputs): string {
  const hashes = (pick: (code: InlineCode) => readonly string[]) =>
    [...new Set(inline.flatMap(pick).map(cspHash))].sort();
  const scriptHashes = hashes((c) => c.scripts);
  const styleHashes = hashes((c) => c.styles);
  const attributeHashes = hashes((c) => c.styleAttributes);
  const analytics = [...analyticsOrigins];
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...scriptHashes, ...analytics],
    // Hashes of `style="..."` attributes only count with 'unsafe-hashes'
    // (CSP Level 3); they are allowed one by one, never 'unsafe-inline'.
    [
      'style-src',
      "'self'",
      ...(attributeHashes.length > 0 ? ["'unsafe-hashes'"] : []),
      ...[...new Set([...styleHashes, ...attributeHashes])].sort(),
    ],
    // Infima draws some icons as data: SVG in CSS; Matomo's noscript pixel.
    ['img-src', "'self'", 'data:', ...analytics],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...analytics],
    ['manifest-src', "'self'"],
    ['worker-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}
