import {describe, expect, it} from 'vitest';

import {localeMarksCss} from '../localeMarksCss';

describe('localeMarksCss', () => {
  it('marks each listed language link of the navbar and the footer', () => {
    expect(localeMarksCss(['en', 'de'], 'machine translation')).toMatchInlineSnapshot(`
      ".navbar a[lang="en"]::after,
      .footer a[lang="en"]::after,
      .navbar a[lang="de"]::after,
      .footer a[lang="de"]::after {
        content: " (" "machine translation" ")";
        font-size: 0.85em;
      }"
    `);
  });
  it('is empty when no language is machine-translated', () => {
    expect(localeMarksCss([], 'machine translation')).toBe('');
  });
  it('cannot close the style element or the string', () => {
    const css = localeMarksCss(['en'], 'a "b" </style>');
    expect(css).not.toContain('</style>');
    expect(css).toContain('"a \\"b\\" \\3c /style>"');
  });
});
