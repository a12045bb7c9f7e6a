import {describe, expect, it} from 'vitest';

import {contentAttributes} from '../contentAttributes';

describe('contentAttributes', () => {
  it('marks a missing translation as French text', () => {
    expect(contentAttributes({status: 'missing'}, 'fr')).toEqual({'data-translation-status': 'missing', lang: 'fr'});
  });
  it('names the engine (ITS 2.0 its-tool) of a machine or stale translation', () => {
    expect(contentAttributes({status: 'stale', engine: 'openai:gpt-4o-mini'}, 'fr')).toEqual({
      'data-translation-status': 'stale',
      'its-tool': 'openai:gpt-4o-mini',
    });
  });
  it('names the reviewer (its-rev-person), and no tool for a human translation', () => {
    expect(contentAttributes({status: 'reviewed', engine: 'human', reviewedBy: 'Jeanne Dupont'}, 'fr')).toEqual({
      'data-translation-status': 'reviewed',
      'its-rev-person': 'Jeanne Dupont',
    });
  });
});
