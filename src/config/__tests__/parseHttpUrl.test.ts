import {describe, expect, it} from 'vitest';

import {parseHttpUrl} from '../parseHttpUrl';

/** The kind, and the URL when there is one, as text. */
function parse(raw: string): string {
  const parsed = parseHttpUrl(raw);
  return 'url' in parsed ? `${parsed.kind} ${parsed.url.href}` : parsed.kind;
}

describe('parseHttpUrl', () => {
  it('accepts an absolute http(s) URL, path included, trimmed', () => {
    expect(parse(' https://stats.example.org/matomo ')).toBe('ok https://stats.example.org/matomo');
    expect(parse('http://localhost:3000')).toBe('ok http://localhost:3000/');
  });

  it('names the first rule broken, with the parsed URL for the fix', () => {
    expect(['example.org', '', '/docs/'].map(parse)).toEqual(['not-a-url', 'not-a-url', 'not-a-url']);
    expect(parse('ftp://example.org/?a=1')).toBe('not-http ftp://example.org/?a=1');
    expect(parse('javascript:alert(1)')).toBe('not-http javascript:alert(1)');
    expect(parse('https://example.org/edit/?ref=main')).toBe('query-or-fragment https://example.org/edit/?ref=main');
    expect(parse('https://example.org/#top')).toBe('query-or-fragment https://example.org/#top');
    expect(parse('https://u:p@example.org/?a=1')).toBe('query-or-fragment https://u:p@example.org/?a=1');
    expect(parse('https://u@example.org/')).toBe('credentials https://u@example.org/');
    expect(parse('https://:p@example.org/')).toBe('credentials https://:p@example.org/');
  });
});
