import {describe, expect, it} from 'vitest';

import {pageViewFor, type RouteLocation} from '../pageViewFor';

const origin = 'https://docs.example.org';
const at = (pathname: string, search = '', hash = ''): RouteLocation => ({pathname, search, hash});

describe('pageViewFor', () => {
  it('first render: origin and path only, no query or fragment', () => {
    expect(
      pageViewFor({
        origin,
        location: at('/en/privacy', '?email=a%40b.c&token=x', '#frag'),
        previousLocation: null,
        documentReferrer: '',
      }),
    ).toEqual({url: 'https://docs.example.org/en/privacy', referrer: ''});
  });

  it('first render: keeps a referrer of this site, stripped; drops any other', () => {
    const first = (documentReferrer: string) =>
      pageViewFor({origin, location: at('/en/privacy'), previousLocation: null, documentReferrer})
        ?.referrer;
    expect(first('https://docs.example.org/privacy?token=x#a')).toBe('https://docs.example.org/privacy');
    expect(first('https://www.google.com/search?q=my+name')).toBe('');
    expect(first('http://docs.example.org/privacy')).toBe('');
    expect(first('not a url')).toBe('');
  });

  it('client-side navigation: one view, the previous page as referrer', () => {
    expect(
      pageViewFor({
        origin,
        location: at('/legal-notice'),
        previousLocation: at('/privacy', '?q=1', '#context'),
        documentReferrer: 'https://elsewhere.example/',
      }),
    ).toEqual({url: 'https://docs.example.org/legal-notice', referrer: 'https://docs.example.org/privacy'});
  });

  it('same path (in-page anchor, query change): nothing', () => {
    const previousLocation = at('/privacy');
    for (const location of [at('/privacy', '', '#context'), at('/privacy', '?a=1')]) {
      expect(pageViewFor({origin, location, previousLocation, documentReferrer: ''})).toBeNull();
    }
  });
});
