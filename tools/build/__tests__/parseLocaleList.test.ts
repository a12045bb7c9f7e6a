import {describe, expect, it} from 'vitest';

import {parseLocaleList} from '../parseLocaleList';

describe('parseLocaleList', () => {
  const known = ['fr', 'en', 'de'];

  it('means every locale when empty', () => {
    expect(parseLocaleList(undefined, known)).toEqual(known);
  });

  it('keeps the given order, once each', () => {
    expect(parseLocaleList('de, fr,de', known)).toEqual(['de', 'fr']);
  });

  it('names the option, quotes the bad code and lists the valid ones', () => {
    expect(() => parseLocaleList('fr,xx', known)).toThrow(
      '--locales="fr,xx": "xx" is not a locale of the site. Use a comma-separated list of fr, en, de.',
    );
  });
});
