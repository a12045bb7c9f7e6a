import {describe, expect, it} from 'vitest';

import {readAnalyticsOrigins} from '../readAnalyticsOrigins';

describe('readAnalyticsOrigins', () => {
  it('is empty when measurement is off', () => {
    expect(readAnalyticsOrigins({})).toEqual([]);
    expect(readAnalyticsOrigins({MATOMO_URL: '', MATOMO_SITE_ID: ''})).toEqual([]);
  });

  it('keeps only origins: the policy allows hosts, not paths', () => {
    expect(readAnalyticsOrigins({MATOMO_URL: 'https://stats.example.org/matomo/', MATOMO_SITE_ID: '3'})).toEqual([
      'https://stats.example.org',
    ]);
  });

  it('adds the host of a self-hosted matomo.js', () => {
    expect(
      readAnalyticsOrigins({
        MATOMO_URL: 'https://stats.example.org/',
        MATOMO_SITE_ID: '3',
        MATOMO_SCRIPT_URL: 'https://static.example.org/js/matomo.js',
      }),
    ).toEqual(['https://static.example.org', 'https://stats.example.org']);
  });

  it('fails like the build on a bad or incomplete configuration', () => {
    expect(() => readAnalyticsOrigins({MATOMO_URL: 'https://stats.example.org/'})).toThrow(
      'MATOMO_URL="https://stats.example.org/" is set but MATOMO_SITE_ID is not.',
    );
    expect(() => readAnalyticsOrigins({MATOMO_URL: 'javascript:alert(1)', MATOMO_SITE_ID: '1'})).toThrow(
      /MATOMO_URL="javascript:alert\(1\)"/,
    );
  });
});
