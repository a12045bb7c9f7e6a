import {describe, expect, it} from 'vitest';

import {translationStatus} from '../translationStatus';

const HASH = '0123456789abcdef';
const OTHER = 'fedcba9876543210';

describe('translationStatus', () => {
  it('is missing without a translation file', () => {
    expect(translationStatus(HASH, undefined)).toBe('missing');
  });
  it('keeps the declared status while the French text is the one translated', () => {
    expect(translationStatus(HASH, {status: 'machine', source_hash: HASH})).toBe('machine');
    expect(translationStatus(HASH, {status: 'reviewed', source_hash: HASH})).toBe('reviewed');
  });
  it('is stale once the French text changed, even after a review', () => {
    expect(translationStatus(HASH, {status: 'machine', source_hash: OTHER})).toBe('stale');
    expect(translationStatus(HASH, {status: 'reviewed', source_hash: OTHER})).toBe('stale');
  });
});
