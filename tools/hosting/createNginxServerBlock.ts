import {IMMUTABLE_CACHE, REVALIDATE_CACHE, type Headers} from './createSecurityHeaders';

export interface NginxOptions {
  /** `listen` argument, e.g. `80` or `127.0.0.1:8080`. */
  listen: string;
  serverName: string;
  /** Folder such that `<root><baseUrl>` is the build. */
  root: string;
  baseUrl: string;
  /** Locale codes with the default locale first: it lives at the base URL, the others under `<code>/`. */
  locales: readonly string[];
  headers: Headers;
}

/**
 * An nginx `server` block serving the build: clean URLs (`/privacy` from
 * `privacy.html`), gzip, hashed assets cached for a year and everything else
 * revalidated, the 404 page of the locale in the path (French for an
 * unknown prefix), no directory listing.
 */
export function createNginxServerBlock(options: NginxOptions): string {
  const [defaultLocale, ...others] = options.locales;
  if (defaultLocale === undefined) throw new Error('createNginxServerBlock: no locale given.');
  const base = options.baseUrl;
  // `add_header` in a location drops the server's ones, and without
  // `always` it skips 404 responses: so each location repeats them all.
  const headers = (cache: string) =>
    [...options.headers, ['Cache-Control', cache] as const]
      .map(([name, value]) => `        add_header ${name} "${value.replace(/"/g, '\\"')}" always;`)
      .join('\n');
  const pages = (location: string, notFound: string) => `
    location ${location} {
        error_page 403 404 =404 ${notFound};
        try_files $uri $uri.html $uri/index.html =404;
${headers(REVALIDATE_CACHE)}
    }`;
  const assetPrefix = others.length > 0 ? `(?:(?:${others.join('|')})/)?` : '';
  return `# Generated from the build by tools/hosting: regenerate, do not edit.
server {
    listen ${options.listen};
    server_name ${options.serverName};
    root ${options.root};
    charset utf-8;
    server_tokens off;
    autoindex off;
    absolute_redirect off;
    # A folder without index.html is 403 with autoindex off: answer 404.
    error_page 403 404 =404 ${base}404.html;

    gzip on;
    gzip_vary on;
    gzip_comp_level 6;
    gzip_min_length 256;
    gzip_proxied any;
    gzip_types text/css text/javascript application/javascript application/json application/xml image/svg+xml text/plain;

    # Content-hashed files, any locale.
    location ~ ^${escapeRegex(base)}${assetPrefix}assets/ {
        try_files $uri =404;
${headers(IMMUTABLE_CACHE)}
    }
${others.map((code) => pages(`${base}${code}/`, `${base}${code}/404.html`)).join('\n')}
${pages(base, `${base}404.html`)}
}
`;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
