import {describe, expect, it} from 'vitest';

import {readSiteEnv} from '../siteEnv';

describe('readSiteEnv', () => {
  it('defaults to a local site at the root', () => {
    expect(readSiteEnv({})).toEqual({url: 'http://localhost:3000', baseUrl: '/'});
    expect(readSiteEnv({SITE_URL: ' ', BASE_URL: ''})).toEqual({url: 'http://localhost:3000', baseUrl: '/'});
  });

  it('normalises the origin and the base path', () => {
    expect(readSiteEnv({SITE_URL: 'https://docs.example.com/', BASE_URL: 'policy'})).toEqual({
      url: 'https://docs.example.com',
      baseUrl: '/policy/',
    });
    expect(readSiteEnv({BASE_URL: '/a/b'}).baseUrl).toBe('/a/b/');
    expect(readSiteEnv({SITE_URL: 'https://user:secret@docs.example.com'}).url).toBe('https://docs.example.com');
  });

  it('names the variable, quotes the value and says the fix', () => {
    expect(() => readSiteEnv({SITE_URL: 'docs.example.com'})).toThrowErrorMatchingInlineSnapshot(
      `[Error: SITE_URL="docs.example.com" is not a URL. Set it to the site's origin, e.g. SITE_URL=https://docs.example.com]`,
    );
    expect(() => readSiteEnv({SITE_URL: 'ftp://example.com'})).toThrowErrorMatchingInlineSnapshot(
      `[Error: SITE_URL="ftp://example.com" must start with https:// or http://.]`,
    );
    expect(() => readSiteEnv({SITE_URL: 'https://example.com/docs'})).toThrowErrorMatchingInlineSnapshot(
      `[Error: SITE_URL="https://example.com/docs" must be an origin only (no path, query or fragment). Put the path in BASE_URL, e.g. SITE_URL=https://example.com BASE_URL=/docs]`,
    );
    expect(() => readSiteEnv({BASE_URL: '/a b/'})).toThrowErrorMatchingInlineSnapshot(
      `[Error: BASE_URL="/a b/" is not a URL path. Use letters, digits, "-", "_", "." and "/" only, e.g. BASE_URL=/docs/]`,
    );
    expect(() => readSiteEnv({BASE_URL: '//evil.example'})).toThrow(/BASE_URL="\/\/evil.example"/);
  });
});
