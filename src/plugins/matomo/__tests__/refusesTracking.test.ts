import {describe, expect, it} from 'vitest';

import {refusesTracking} from '../refusesTracking';

describe('refusesTracking', () => {
  it('honours Do Not Track and Global Privacy Control', () => {
    expect(refusesTracking({navigatorDoNotTrack: '1'})).toBe(true);
    expect(refusesTracking({navigatorDoNotTrack: 'yes'})).toBe(true);
    expect(refusesTracking({windowDoNotTrack: '1'})).toBe(true);
    expect(refusesTracking({globalPrivacyControl: true})).toBe(true);
  });

  it('lets measurement run without a signal, or with DNT explicitly off', () => {
    expect(refusesTracking({})).toBe(false);
    expect(refusesTracking({navigatorDoNotTrack: '0', globalPrivacyControl: false})).toBe(false);
    expect(refusesTracking({navigatorDoNotTrack: 'unspecified', windowDoNotTrack: null})).toBe(false);
  });
});
