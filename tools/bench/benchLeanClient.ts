/**
 * `npm run bench:lean-client`: what each piece of src/plugins/lean-client
 * still earns (issue 15, "keep only the main-thread work that still earns
 * its place"). Builds the French site (a copy with the lean-client
 * fixture pages, one of them with code, committed to its own git so pages
 * have their dates) once with every piece on and once without each piece
 * (`LEAN_CLIENT_OFF`, src/config/leanClientEnv.ts), then for a few
 * pages prints, on Lighthouse's phone (`measureMainThread.ts`: its screen,
 * slow 4G, and its 4x CPU slowdown simulated from the trace's thread CPU
 * times, which another process on the machine does not stretch), total
 * blocking time, script time, main-thread work before the first paint and
 * when the page hydrated, and the bytes of a first visit
 * (`measureFirstVisit`). Not a test: the figures still vary with the
 * machine. Runs are interleaved (each round visits every build) so that a
 * load change affects all builds alike; medians are kept.
 *
 * Options: `--runs N` (default 5), `--reuse` (reuse the last builds, in
 * `tests/.output/bench-lean-client-*`), `--only a,b` (those pieces only).
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';

import {SOURCE_LOCALE} from '../../src/config/locales';
import {LEAN_CLIENT_PIECES, readLeanClientOff} from '../../src/config/leanClientEnv';
import {LEAN_CLIENT_PAGES, writeLeanClientPages} from '../../tests/e2e/fixtures/leanClientPages';
import {launchChromium} from '../../tests/e2e/support/chromium';
import {copySite} from '../../tests/e2e/support/copySite';
import {measureFirstVisit} from '../../tests/e2e/support/measureFirstVisit';
import {buildSite} from '../../tests/e2e/support/site';
import {startStaticServer, type StaticServer} from '../../tests/e2e/support/staticServer';
import {formatLeanClientReport, type PageSamples, type VariantSamples} from './leanClientReport';
import {measureMainThread, type LoadFigures} from './measureMainThread';
import {median} from './summarize';

/** The home page, the privacy policy (the longest page) and the fixture page with code. */
const PAGES = ['/', '/privacy', LEAN_CLIENT_PAGES.code];

function argument(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** The site copy: our pages plus the fixtures, in a git repository of its own. */
function prepareSite(): string {
  const dir = copySite('bench-lean-client');
  writeLeanClientPages(dir);
  const git = (...args: string[]) => execFileSync('git', args, {cwd: dir, stdio: 'ignore'});
  git('init', '-q');
  git('add', 'docs', 'i18n');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'commit', '-q', '-m', 'bench:lean-client');
  return dir;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runs = Number(argument(args, '--runs') ?? 5);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs ${argument(args, '--runs')}: give a whole number of runs, at least 1.`);
  if (args.includes('--reuse')) process.env.E2E_REUSE_BUILD = '1';
  // The same names and message as the build's variable.
  const only = argument(args, '--only');
  const pieces = only === undefined ? LEAN_CLIENT_PIECES : [...readLeanClientOff({LEAN_CLIENT_OFF: only})];
  const variants = [{label: 'all on', off: ''}, ...pieces.map((piece) => ({label: `without ${piece}`, off: piece}))];

  const siteDir = prepareSite();
  const servers: StaticServer[] = [];
  const browser = await launchChromium();
  try {
    for (const variant of variants) {
      console.log(`Building ${variant.label}...`);
      const outDir = buildSite(`bench-lean-client-${variant.off || 'all-on'}`, {LEAN_CLIENT_OFF: variant.off}, {siteDir, locales: [SOURCE_LOCALE]});
      servers.push(await startStaticServer(outDir));
    }
    const samples = variants.map(() => PAGES.map((): LoadFigures[] => []));
    for (let run = 1; run <= runs; run++) {
      console.log(`Round ${run} of ${runs}...`);
      for (const [v, server] of servers.entries()) {
        for (const [p, pagePath] of PAGES.entries()) samples[v]?.[p]?.push(await measureMainThread(browser, server.origin + pagePath));
      }
    }
    const measured: VariantSamples[] = [];
    for (const [v, variant] of variants.entries()) {
      const pages: PageSamples[] = [];
      for (const [p, pagePath] of PAGES.entries()) {
        const visit = await measureFirstVisit(browser, (servers[v]?.origin ?? '') + pagePath);
        const loads = samples[v]?.[p] ?? [];
        pages.push({page: pagePath, runs: loads, scriptBytes: visit.bytesByType.Script ?? 0, totalBytes: visit.bytes});
        const tbt = loads.map((load) => load.totalBlockingMs);
        console.log(
          `  ${variant.label.padEnd(26)} ${pagePath.padEnd(18)} TBT ${median(tbt).toFixed(0).padStart(4)} ms (runs ${tbt.map((ms) => ms.toFixed(0)).join(', ')}), longest task ${median(loads.map((l) => l.longestTaskMs)).toFixed(0)} ms, script ${median(loads.map((l) => l.scriptingMs)).toFixed(0)} ms, hydrated ${median(loads.map((l) => l.hydratedMs)).toFixed(0)} ms, JS ${((visit.bytesByType.Script ?? 0) / 1000).toFixed(1)} KB`,
        );
      }
      measured.push({label: variant.label, pages});
    }
    console.log(`\nSummed over ${PAGES.join(', ')} (medians of ${runs} runs; Lighthouse's phone: 4x CPU simulated from thread times, slow 4G for the hydration time):\n`);
    console.log(formatLeanClientReport(measured));
  } finally {
    await browser.close();
    for (const server of servers) await server.close();
    fs.rmSync(siteDir, {recursive: true, force: true});
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
