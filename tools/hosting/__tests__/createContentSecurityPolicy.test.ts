import {describe, expect, it} from 'vitest';

import {createContentSecurityPolicy, cspHash} from '../createContentSecurityPolicy';

const page = (scripts: string[], styleAttributes: string[] = []) => ({scripts, styles: [], styleAttributes});

describe('cspHash', () => {
  it('is the base64 SHA-256 of the UTF-8 text, as in the CSP spec', () => {
    // Known value: echo -n "alert('Hello, world.');" | openssl sha256 -binary | base64
    expect(cspHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });
});

describe('createContentSecurityPolicy', () => {
  it('allows only the site, plus each inline script once, sorted', () => {
    const policy = createContentSecurityPolicy({
      inline: [page(["alert('Hello, world.');", 'b()']), page(['b()'])],
      analyticsOrigins: [],
    });
    expect(policy).toMatchInlineSnapshot(
      `"default-src 'self'; script-src 'self' 'sha256-cf242PFc/kb7xD0Qzhsmd9vvRkc+cWFmbi+k+YvtdKc=' 'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"`,
    );
    expect(policy).not.toContain('unsafe-inline');
  });

  it('allows style attributes one by one with unsafe-hashes', () => {
    const policy = createContentSecurityPolicy({inline: [page([], ['display: none;'])], analyticsOrigins: []});
    expect(policy).toContain(`style-src 'self' 'unsafe-hashes' ${cspHash('display: none;')};`);
  });

  it('adds the Matomo origin only when configured', () => {
    const policy = createContentSecurityPolicy({inline: [], analyticsOrigins: ['https://stats.example.org']});
    for (const directive of ['script-src', 'img-src', 'connect-src']) {
      expect(policy).toMatch(new RegExp(`${directive} [^;]*https://stats\\.example\\.org`));
    }
    expect(createContentSecurityPolicy({inline: [], analyticsOrigins: []})).not.toContain('https:');
  });
});
