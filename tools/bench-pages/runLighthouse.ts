import {CHROMIUM_FLAGS, CHROMIUM_PATH} from '../../tests/e2e/support/chromium';

/** Lighthouse's four category scores, 0-100. */
export interface LighthouseScores {
  readonly performance: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  readonly seo: number;
}

/**
 * Runs Lighthouse with its defaults (mobile emulation, simulated slow 4G and
 * 4x CPU slowdown) in Debian's Chromium, started with the same flags as the
 * end-to-end suite. One Chromium per run: no cache or state is shared.
 */
export async function runLighthouse(url: string): Promise<LighthouseScores> {
  // Both packages are ES modules only.
  const {launch} = await import('chrome-launcher');
  const {default: lighthouse} = await import('lighthouse');
  const chrome = await launch({chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_FLAGS]});
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const {categories, runtimeError} = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse on ${url}: ${runtimeError.code} ${runtimeError.message}`);
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
    };
  } finally {
    chrome.kill();
  }
}
