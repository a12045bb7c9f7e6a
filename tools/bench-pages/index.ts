/**
 * `npm run bench:pages`: bytes, requests and Lighthouse mobile scores of the
 * privacy policy and legal notice in every locale, against a fresh
 * `create-docusaurus` classic site's docs page built and served the same way
 * (gzip over loopback). Prints a table; it is not a test, the figures vary
 * with the machine's load (the bytes do not).
 *
 * Options: `--reuse` reuses the last builds; `--runs N` keeps each page's
 * median performance of N Lighthouse runs (default 1); the fresh page gets
 * N runs before ours and N after.
 */
import type {Browser} from 'playwright-core';

import {LOCALES, SOURCE_LOCALE} from '../../src/config/locales';
import {SITE_CONFIG} from '../../src/config/site';
import {launchChromium} from '../../tests/e2e/support/chromium';
import {measureFirstVisit} from '../../tests/e2e/support/measureFirstVisit';
import {buildSite, OUTPUT_ROOT} from '../../tests/e2e/support/site';
import {startStaticServer} from '../../tests/e2e/support/staticServer';
import {formatReport, missedTargets, type PageFigures} from './formatReport';
import {freshSiteBuild} from './freshSite';
import {runLighthouse, type LighthouseScores} from './runLighthouse';

/** Lighthouse `runs` times on `url`. */
async function lighthouseRuns(url: string, runs: number): Promise<LighthouseScores[]> {
  if (!(runs >= 1)) throw new Error('--runs must be at least 1');
  const scores: LighthouseScores[] = [];
  for (let i = 0; i < runs; i++) scores.push(await runLighthouse(url));
  return scores;
}

/** The run with the median performance score. */
function median(scores: readonly LighthouseScores[]): LighthouseScores {
  const sorted = [...scores].sort((a, b) => a.performance - b.performance);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (!middle) throw new Error('no Lighthouse run to take the median of');
  return middle;
}

async function measurePage(browser: Browser, url: string, scores: readonly LighthouseScores[], label: string): Promise<PageFigures> {
  const visit = await measureFirstVisit(browser, url);
  const figures = {page: label, bytes: visit.bytes, requests: visit.requests, ...median(scores)};
  const all = scores.map((s) => s.performance).join(', ');
  console.log(`  ${label}: ${(figures.bytes / 1000).toFixed(1)} KB, ${figures.requests} requests, performance ${figures.performance} (runs: ${all})`);
  const failed = [...new Set(scores.flatMap((s) => s.failedAudits))];
  if (failed.length > 0) console.log(`    failed audits: ${failed.join(', ')}`);
  return figures;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runsArg = args.indexOf('--runs');
  const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 1;
  if (args.includes('--reuse')) process.env.E2E_REUSE_BUILD = '1';

  console.log('Building this site and the fresh Docusaurus site (once each)...');
  const siteDir = buildSite('bench');
  const freshDir = freshSiteBuild(OUTPUT_ROOT);
  const [site, fresh] = [await startStaticServer(siteDir), await startStaticServer(freshDir)];
  const browser = await launchChromium();
  try {
    console.log('Measuring (first visit, then Lighthouse mobile):');
    // The machine's load drifts during the minutes this takes: the fresh
    // page is measured before and after ours, and its median taken over
    // both halves, so that neither side gets only the quiet (or busy) end.
    const freshUrl = `${fresh.origin}/docs/intro`;
    const freshBefore = await lighthouseRuns(freshUrl, runs);
    const pages: PageFigures[] = [];
    for (const {code} of LOCALES) {
      for (const name of SITE_CONFIG.policyPages) {
        const pagePath = `${code === SOURCE_LOCALE ? '' : `/${code}`}/${name}`;
        pages.push(await measurePage(browser, site.origin + pagePath, await lighthouseRuns(site.origin + pagePath, runs), pagePath));
      }
    }
    const freshAfter = await lighthouseRuns(freshUrl, runs);
    const reference = await measurePage(browser, freshUrl, [...freshBefore, ...freshAfter], 'fresh /docs/intro');
    console.log(`\n${formatReport(pages, reference)}\n`);
    const failing = pages.filter((p) => missedTargets(p, reference).length > 0);
    console.log(
      failing.length === 0
        ? 'Every page meets the targets (<= 0.8x bytes; a11y, best practices, SEO 100; performance >= fresh + 15).'
        : `${failing.length} of ${pages.length} pages miss a target (see the last column).`,
    );
  } finally {
    await browser.close();
    await site.close();
    await fresh.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
