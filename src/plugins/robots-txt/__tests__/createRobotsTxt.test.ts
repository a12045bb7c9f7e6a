import {describe, expect, it} from 'vitest';

import {createRobotsTxt, sitemapUrls} from '../createRobotsTxt';

describe('robots.txt', () => {
  it('lists every locale sitemap by absolute URL, default locale at the base', () => {
    const urls = sitemapUrls({
      url: 'https://docs.example.com',
      baseUrl: '/policy/',
      locales: ['fr', 'en', 'de'],
      defaultLocale: 'fr',
    });
    expect(createRobotsTxt(urls)).toMatchInlineSnapshot(`
      "User-agent: *
      Allow: /

      Sitemap: https://docs.example.com/policy/sitemap.xml
      Sitemap: https://docs.example.com/policy/en/sitemap.xml
      Sitemap: https://docs.example.com/policy/de/sitemap.xml
      "
    `);
  });
});
