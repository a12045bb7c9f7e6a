import {CHROMIUM_FLAGS, CHROMIUM_PATH} from '../../tests/e2e/support/chromium';

/** Lighthouse's four category scores, 0-100. */
export interface LighthouseScores {
  readonly performance: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  readonly seo: number;
  /** Audits under 1 in the accessibility, best-practices and SEO categories, by id. */
  readonly failedAudits: readonly string[];
}

type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';
const ALL_CATEGORIES: readonly Category[] = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Runs Lighthouse with its defaults (mobile emulation, simulated slow 4G and
 * 4x CPU slowdown) in Debian's Chromium, started with the same flags as the
 * end-to-end suite. One Chromium per run: no cache or state is shared.
 */
export async function runLighthouse(url: string, categories: readonly Category[] = ALL_CATEGORIES): Promise<LighthouseScores> {
  // Both packages are ES modules only.
  const {launch} = await import('chrome-launcher');
  const {default: lighthouse} = await import('lighthouse');
  const chrome = await launch({chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_FLAGS]});
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: [...categories],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const {runtimeError, audits} = result.lhr;
    const scored = result.lhr.categories;
    if (runtimeError) throw new Error(`Lighthouse on ${url}: ${runtimeError.code} ${runtimeError.message}`);
    const score = (id: string) => Math.round((scored[id]?.score ?? 0) * 100);
    const failedAudits = (['accessibility', 'best-practices', 'seo'] as const).flatMap((id) =>
      (scored[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${id}: ${ref.id}`),
    );
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      failedAudits,
    };
  } finally {
    chrome.kill();
  }
}
