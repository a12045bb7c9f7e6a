import {describe, expect, it} from 'vitest';

import {readAnalyticsOrigin} from '../readAnalyticsOrigin';

describe('readAnalyticsOrigin', () => {
  it('is off when MATOMO_URL is unset or blank', () => {
    expect(readAnalyticsOrigin({})).toBeUndefined();
    expect(readAnalyticsOrigin({MATOMO_URL: ''})).toBeUndefined();
  });

  it('keeps only the origin: the policy allows a host, not a path', () => {
    expect(readAnalyticsOrigin({MATOMO_URL: 'https://stats.example.org/matomo/'})).toBe('https://stats.example.org');
  });

  it('names the variable, quotes the value and says the fix', () => {
    expect(() => readAnalyticsOrigin({MATOMO_URL: 'stats.example.org'})).toThrowErrorMatchingInlineSnapshot(
      `[Error: MATOMO_URL="stats.example.org" is not a URL. Set it to the Matomo server, e.g. MATOMO_URL=https://stats.example.org/, or unset it to publish without analytics.]`,
    );
    expect(() => readAnalyticsOrigin({MATOMO_URL: 'javascript:alert(1)'})).toThrow('MATOMO_URL="javascript:alert(1)" must start with https://');
  });
});
