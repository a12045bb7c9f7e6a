import {describe, expect, it} from 'vitest';

import {collectInlineCode} from '../collectInlineCode';

describe('collectInlineCode', () => {
  it('keeps the raw text of inline scripts, untrimmed, and skips data blocks and external scripts', () => {
    const html =
      '<html><head><script> a<b && "&amp;" </script><script type=application/ld+json>{"a":1}</script>' +
      '<script src=/assets/js/main.js defer></script><script type=module>m()</script></head></html>';
    expect(collectInlineCode(html).scripts).toEqual([' a<b && "&amp;" ', 'm()']);
  });

  it('finds style elements and decodes style attributes, as the browser hashes them', () => {
    const html = '<style>.a{color:red}</style><svg style="display: none;"></svg><p style="content:&quot;x&quot;">';
    const found = collectInlineCode(html);
    expect(found.styles).toEqual(['.a{color:red}']);
    expect(found.styleAttributes).toEqual(['display: none;', 'content:"x"']);
  });

  it('finds nothing in a page without inline code', () => {
    expect(collectInlineCode('<p>Bonjour</p>')).toEqual({scripts: [], styles: [], styleAttributes: []});
  });
});
