import {describe, expect, it} from 'vitest';

import {createHeadersFile} from '../createHeadersFile';

describe('createHeadersFile', () => {
  it('sends the headers everywhere and caches each locale assets for a year', () => {
    const text = createHeadersFile({
      baseUrl: '/docs/',
      locales: ['fr', 'en'],
      defaultLocale: 'fr',
      headers: [['Referrer-Policy', 'no-referrer']],
    });
    expect(text).toMatchInlineSnapshot(`
      "# Generated from the build by tools/hosting: regenerate, do not edit.

      /docs/*
        Referrer-Policy: no-referrer

      /docs/assets/*
        Cache-Control: public, max-age=31536000, immutable

      /docs/en/assets/*
        Cache-Control: public, max-age=31536000, immutable
      "
    `);
  });
});
