import {describe, expect, it} from 'vitest';

import {createNginxServerBlock} from '../createNginxServerBlock';

const block = createNginxServerBlock({
  listen: '127.0.0.1:8080',
  serverName: 'docs.example.org',
  root: '/var/www/site',
  baseUrl: '/',
  locales: ['fr', 'en', 'de'],
  headers: [
    ['Content-Security-Policy', "default-src 'self'"],
    ['X-Content-Type-Options', 'nosniff'],
  ],
});

/** The body of the `location <path> { ... }` block. */
function location(path: string): string {
  const start = block.indexOf(`location ${path} {`);
  expect(start, `location ${path}`).toBeGreaterThan(-1);
  return block.slice(start, block.indexOf('\n    }', start));
}

describe('createNginxServerBlock', () => {
  it('serves each locale its own 404 page, and the French one elsewhere', () => {
    expect(location('/en/')).toContain('error_page 403 404 =404 /en/404.html;');
    expect(location('/de/')).toContain('error_page 403 404 =404 /de/404.html;');
    expect(location('/')).toContain('error_page 403 404 =404 /404.html;');
  });

  it('caches hashed assets of every locale for a year, and revalidates pages', () => {
    const assets = location('~ ^/(?:(?:en|de)/)?assets/');
    expect(assets).toContain('Cache-Control "public, max-age=31536000, immutable" always;');
    expect(location('/en/')).toContain('Cache-Control "no-cache" always;');
  });

  it('repeats every header in every location, also on 404 responses', () => {
    const locations = block.split('location ').slice(1);
    expect(locations).toHaveLength(4);
    for (const body of locations) {
      expect(body).toContain(`add_header Content-Security-Policy "default-src 'self'" always;`);
      expect(body).toContain('add_header X-Content-Type-Options "nosniff" always;');
    }
  });

  it('compresses, lists no directory and serves clean URLs', () => {
    expect(block).toContain('gzip on;');
    expect(block).toContain('autoindex off;');
    expect(location('/')).toContain('try_files $uri $uri.html $uri/index.html =404;');
  });
});
