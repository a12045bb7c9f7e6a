import {describe, expect, it} from 'vitest';

import {trackerInstructions} from '../trackerInstructions';

describe('trackerInstructions', () => {
  it('configures a cookieless, fingerprint-free tracker without heartbeat or link tracking', () => {
    const instructions = trackerInstructions({
      trackerUrl: 'https://stats.example.org/matomo.php',
      scriptUrl: 'https://stats.example.org/matomo.js',
      siteId: 3,
    });
    expect(instructions).toMatchInlineSnapshot(`
      [
        [
          "setTrackerUrl",
          "https://stats.example.org/matomo.php",
        ],
        [
          "setSiteId",
          "3",
        ],
        [
          "disableCookies",
        ],
        [
          "disableBrowserFeatureDetection",
        ],
        [
          "disableCampaignParameters",
        ],
        [
          "disablePerformanceTracking",
        ],
        [
          "setDoNotTrack",
          true,
        ],
      ]
    `);
    const names = instructions.map(([name]) => name);
    expect(names).not.toContain('enableLinkTracking');
    expect(names).not.toContain('enableHeartBeatTimer');
  });
});
