import {IMMUTABLE_CACHE, type Headers} from './createSecurityHeaders';

/**
 * A `_headers` file (Netlify, Cloudflare Pages) with the same headers as the
 * nginx block. Both hosts add up the rules that match a path, so pages get
 * no Cache-Control rule of their own: their default already revalidates
 * (`max-age=0, must-revalidate`), and a second value would be appended to
 * the assets' one instead of replacing it.
 */
export function createHeadersFile(options: {
  baseUrl: string;
  locales: readonly string[];
  defaultLocale: string;
  headers: Headers;
}): string {
  const block = (pattern: string, headers: Headers) =>
    [pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const assetPrefixes = options.locales.map((code) =>
    code === options.defaultLocale ? options.baseUrl : `${options.baseUrl}${code}/`,
  );
  return (
    [
      '# Generated from the build by tools/hosting: regenerate, do not edit.',
      block(`${options.baseUrl}*`, options.headers),
      ...assetPrefixes.map((prefix) => block(`${prefix}assets/*`, [['Cache-Control', IMMUTABLE_CACHE]])),
    ].join('\n\n') + '\n'
  );
}
