import {describe, expect, it} from 'vitest';

import {DEFAULT_OPTIONS, readMatomoEnv} from '../matomoEnv';

describe('readMatomoEnv', () => {
  it('is off when nothing is set', () => {
    expect(readMatomoEnv({})).toBe(DEFAULT_OPTIONS);
    expect(readMatomoEnv({MATOMO_URL: ' ', MATOMO_SITE_ID: ''})).toBe(DEFAULT_OPTIONS);
  });

  it('derives the tracker and script URLs from MATOMO_URL', () => {
    expect(readMatomoEnv({MATOMO_URL: 'https://stats.example.org/matomo', MATOMO_SITE_ID: '7'}))
      .toMatchInlineSnapshot(`
        {
          "settings": {
            "scriptUrl": "https://stats.example.org/matomo/matomo.js",
            "siteId": 7,
            "trackerUrl": "https://stats.example.org/matomo/matomo.php",
          },
        }
      `);
  });

  it('takes a self-hosted script from MATOMO_SCRIPT_URL', () => {
    const {settings} = readMatomoEnv({
      MATOMO_URL: 'https://stats.example.org/',
      MATOMO_SITE_ID: '1',
      MATOMO_SCRIPT_URL: 'https://docs.example.org/js/m.js',
    });
    expect(settings?.scriptUrl).toBe('https://docs.example.org/js/m.js');
    expect(settings?.trackerUrl).toBe('https://stats.example.org/matomo.php');
  });

  it('names the variable, quotes the value and says the fix', () => {
    const message = (env: Record<string, string>) => {
      try {
        readMatomoEnv(env);
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error('expected readMatomoEnv to throw');
    };
    expect(message({MATOMO_URL: 'stats.example.org', MATOMO_SITE_ID: '1'})).toMatchInlineSnapshot(
      `"MATOMO_URL="stats.example.org" is not a URL. Use an absolute https:// URL, e.g. MATOMO_URL=https://stats.example.org/"`,
    );
    expect(message({MATOMO_URL: 'ftp://stats.example.org/', MATOMO_SITE_ID: '1'})).toMatchInlineSnapshot(
      `"MATOMO_URL="ftp://stats.example.org/" must start with https:// or http://, e.g. MATOMO_URL=https://stats.example.org/"`,
    );
    expect(message({MATOMO_URL: 'https://stats.example.org/?a=1', MATOMO_SITE_ID: '1'})).toMatchInlineSnapshot(
      `"MATOMO_URL="https://stats.example.org/?a=1" must not contain a query, a fragment or credentials, e.g. MATOMO_URL=https://stats.example.org/"`,
    );
    expect(message({MATOMO_URL: 'https://user:secret@stats.example.org/', MATOMO_SITE_ID: '1'})).toContain(
      'MATOMO_URL="https://***@stats.example.org/" must not contain a query, a fragment or credentials',
    );
    expect(
      message({MATOMO_URL: 'https://s.example/', MATOMO_SITE_ID: '1', MATOMO_SCRIPT_URL: 'https://s.example/m.js#x'}),
    ).toContain('MATOMO_SCRIPT_URL="https://s.example/m.js#x" must not contain a query, a fragment or credentials');
    for (const bad of ['0', '-1', '1.5', 'abc', '01']) {
      expect(message({MATOMO_URL: 'https://stats.example.org/', MATOMO_SITE_ID: bad})).toContain(
        `MATOMO_SITE_ID="${bad}" is not a positive integer.`,
      );
    }
    expect(message({MATOMO_URL: 'https://stats.example.org/'})).toMatchInlineSnapshot(
      `"MATOMO_URL="https://stats.example.org/" is set but MATOMO_SITE_ID is not. Set MATOMO_SITE_ID to the site's id in Matomo, e.g. MATOMO_SITE_ID=1, or unset MATOMO_URL to keep audience measurement off."`,
    );
    expect(message({MATOMO_SITE_ID: '1'})).toContain('MATOMO_SITE_ID="1" is set but MATOMO_URL is not.');
    expect(message({MATOMO_SCRIPT_URL: 'https://x.example/m.js'})).toContain(
      'MATOMO_SCRIPT_URL="https://x.example/m.js" is set but MATOMO_URL and MATOMO_SITE_ID are not.',
    );
    expect(
      message({MATOMO_URL: 'https://s.example/', MATOMO_SITE_ID: '1', MATOMO_SCRIPT_URL: 'javascript:alert(1)'}),
    ).toContain('MATOMO_SCRIPT_URL="javascript:alert(1)" must start with https:// or http://');
  });
});
