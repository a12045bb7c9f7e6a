import {describe, expect, it} from 'vitest';

import {languageName} from '../languageName';

describe('languageName', () => {
  it('names the source language in the page language, as the notices write it', () => {
    expect(languageName('fr', 'en')).toBe('French');
    expect(languageName('fr', 'de')).toBe('Französisch');
    expect(languageName('en', 'fr')).toBe('anglais');
    expect(languageName('en', 'es')).toBe('inglés');
  });

  it('falls back to the tag when the runtime cannot name it', () => {
    expect(languageName('not a tag!', 'en')).toBe('not a tag!');
  });
});
