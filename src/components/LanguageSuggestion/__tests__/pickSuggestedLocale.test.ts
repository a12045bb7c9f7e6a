import {describe, expect, it} from 'vitest';

import {pickSuggestedLocale} from '../pickSuggestedLocale';

const SITE = ['fr', 'en', 'es', 'it', 'de'];
const pick = (preferred: string[], current = 'fr') => pickSuggestedLocale(preferred, current, SITE, 'fr');

describe('pickSuggestedLocale', () => {
  it('suggests the first preferred language the site publishes', () => {
    expect(pick(['de-DE', 'de', 'en-US'])).toBe('de');
    expect(pick(['ja', 'pt-BR', 'ES-es', 'en'])).toBe('es');
  });

  it('suggests nothing when French comes first', () => {
    expect(pick(['fr-CA', 'en'])).toBeUndefined();
    expect(pick(['ja', 'fr', 'de'])).toBeUndefined();
  });

  it('suggests nothing when no preferred language is published', () => {
    expect(pick(['ja', 'pt-BR'])).toBeUndefined();
    expect(pick([])).toBeUndefined();
  });

  it('suggests nothing on a translated page: its visitor chose it', () => {
    expect(pick(['de-DE'], 'en')).toBeUndefined();
  });
});
