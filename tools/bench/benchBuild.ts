import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';

import {LOCALES} from '../../src/config/locales';
import {diffTrees} from '../build/diffTrees';
import {mergeLocaleBuilds} from '../build/mergeLocaleBuilds';
import {createCorpus} from './createCorpus';
import {createPlainSite} from './createPlainSite';
import {perfPhases} from './perfPhases';
import {runMeasured} from './runMeasured';
import {formatComparison, formatTable, median, type Row, type Sample} from './summarize';

const ROOT = path.resolve(__dirname, '../..');
const DOCUSAURUS_BIN = require.resolve('@docusaurus/core/bin/docusaurus.mjs');

/** What our plugins may cost over plain Docusaurus, and what a warm rebuild may cost of a cold one (issue 13). */
const TARGETS = {time: 1.1, warm: 0.4};

/**
 * `npm run bench:build -- [--runs 1] [--pages 200] [--split]`
 *
 * On a generated corpus (this site plus `--pages` French pages with code
 * blocks, images and tables, and their translations in every target
 * locale), builds our site and a plain Docusaurus site (the classic plugins) of
 * the same docs (`createPlainSite`), cold and then warm after a one-page
 * edit, alternating the two so that both see the same machine load, and
 * prints the time and peak-memory ratios, the warm/cold ratio and where the
 * time goes (`DOCUSAURUS_PERF_LOGGER`), beside the targets.
 *
 * `--split` also times, on a copy of this site and on the corpus: the cold
 * sequential build, the warm rebuild (checked byte-identical to a cold
 * build of the same content), and the split build (each locale alone and
 * cold, as separate CI jobs run it). Takes minutes: a benchmark, not a test.
 */
async function main(): Promise<void> {
  const {values} = parseArgs({
    options: {
      runs: {type: 'string', default: '1'},
      pages: {type: 'string', default: '200'},
      split: {type: 'boolean', default: false},
    },
  });
  const runs = Number(values.runs);
  const pages = Number(values.pages);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs="${values.runs}" must be a whole number of at least 1.`);
  if (!Number.isInteger(pages) || pages < 1) throw new Error(`--pages="${values.pages}" must be a whole number of at least 1.`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-build-'));
  const load = os.loadavg()[0]?.toFixed(1);
  console.log(`bench:build, ${runs} run(s) each, ${os.cpus().length} cores, load average ${load}, Node ${process.version}, in ${work}\n`);
  try {
    const corpusDir = path.join(work, 'corpus', 'site');
    createCorpus(ROOT, corpusDir, pages);
    const plainDir = path.join(work, 'plain', 'site');
    createPlainSite(corpusDir, plainDir);
    const title = `Our plugins vs plain Docusaurus, ${pages + countPages(path.join(ROOT, 'docs'))} pages x ${LOCALES.length} locales`;
    console.log(await compare(title, corpusDir, plainDir, runs));
    console.log('');
    if (values.split) {
      for (const corpus of [
        {name: 'site', title: `This site (${LOCALES.length} locales)`, extra: 0},
        {name: 'corpus', title: `Generated corpus (${LOCALES.length} locales)`, extra: pages},
      ]) {
        const siteDir = path.join(work, `split-${corpus.name}`, 'site');
        createCorpus(ROOT, siteDir, corpus.extra);
        console.log(await benchOne(corpus.title, siteDir, path.join(work, `split-${corpus.name}`), runs));
        console.log('');
      }
    }
  } finally {
    fs.rmSync(work, {recursive: true, force: true});
  }
}

/** One build of a site, timed, with its phases; the cache is cleared first for a cold one. */
async function timedBuild(siteDir: string, outDir: string, cold: boolean) {
  if (cold) fs.rmSync(cacheDir(siteDir), {recursive: true, force: true});
  const sample = await runMeasured(process.execPath, [DOCUSAURUS_BIN, 'build', '--out-dir', outDir], {
    cwd: siteDir,
    env: {DOCUSAURUS_PERF_LOGGER: 'true'},
    keepOutput: true,
  });
  const {phases, locales} = perfPhases(sample.output);
  // Progress on stderr, so that stdout holds only the tables.
  console.error(`  ${path.basename(path.dirname(siteDir))} ${cold ? 'cold' : 'warm'}: ${sample.seconds.toFixed(1)} s, CPU ${sample.cpuSeconds.toFixed(1)} s, ${sample.peakMiB.toFixed(0)} MiB`);
  return {seconds: sample.seconds, peakMiB: sample.peakMiB, cpuSeconds: sample.cpuSeconds, phases: {...phases, 'start-up and the rest': Math.max(0, sample.seconds - locales)}};
}

/**
 * Our build against the plain one on the same content: for each run, both
 * cold, then the same one-page edit in both and both warm.
 */
async function compare(title: string, oursDir: string, plainDir: string, runs: number): Promise<string> {
  type Run = Awaited<ReturnType<typeof timedBuild>>;
  const ours = {cold: [] as Run[], warm: [] as Run[]};
  const plain = {cold: [] as Run[], warm: [] as Run[]};
  const page = 'docs/page-001.md';
  for (let k = 1; k <= runs; k++) {
    ours.cold.push(await timedBuild(oursDir, path.join(oursDir, 'build'), true));
    plain.cold.push(await timedBuild(plainDir, path.join(plainDir, 'build'), true));
    for (const dir of [oursDir, plainDir]) fs.appendFileSync(path.join(dir, page), `\nModification numéro ${k} pour la mesure.\n`);
    ours.warm.push(await timedBuild(oursDir, path.join(oursDir, 'build'), false));
    plain.warm.push(await timedBuild(plainDir, path.join(plainDir, 'build'), false));
  }
  return formatComparison(title, ours, plain, TARGETS);
}

/** Rspack's persistent cache of a site (its own: see `linkNodeModules`); removing it makes the next build cold. */
function cacheDir(siteDir: string): string {
  return path.join(siteDir, 'node_modules/.cache');
}

function countPages(dir: string): number {
  return fs.readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter((f) => /\.mdx?$/.test(f)).length;
}

async function benchOne(title: string, siteDir: string, outRoot: string, runs: number): Promise<string> {
  const build = async (outDir: string, extra: string[] = []) => {
    const sample = await runMeasured(process.execPath, [DOCUSAURUS_BIN, 'build', '--out-dir', outDir, ...extra], {cwd: siteDir});
    // Progress on stderr, so that stdout holds only the tables.
    console.error(`  ${path.basename(outDir)} ${extra.join(' ')}: ${sample.seconds.toFixed(1)} s, ${sample.peakMiB.toFixed(0)} MiB`);
    return sample;
  };
  const clearCache = () => fs.rmSync(cacheDir(siteDir), {recursive: true, force: true});
  const editFile = path.join(siteDir, 'docs/privacy.md');
  const original = fs.readFileSync(editFile, 'utf8');
  const edit = (k: number) => fs.writeFileSync(editFile, `${original}\nModification numéro ${k} pour la mesure.\n`);
  const out = (tag: string) => path.join(outRoot, tag);

  const cold: Sample[] = [];
  const warm: Sample[] = [];
  const identical: boolean[] = [];
  edit(0);
  clearCache();
  cold.push(await build(out('cold')));
  for (let k = 1; k <= runs; k++) {
    edit(k);
    warm.push(await build(out('warm')));
    clearCache();
    cold.push(await build(out('cold')));
    identical.push(diffTrees(out('warm'), out('cold')).length === 0);
  }

  const splitWall: Sample[] = [];
  const splitSum: Sample[] = [];
  let splitIdentical = true;
  for (let r = 0; r < runs; r++) {
    const parts: string[] = [];
    const perLocale: Sample[] = [];
    for (const {code} of LOCALES) {
      const part = out(`parts/${code}`);
      clearCache();
      perLocale.push(await build(part, ['--locale', code]));
      parts.push(part);
    }
    const start = process.hrtime.bigint();
    mergeLocaleBuilds(parts, out('split'));
    const merge = Number(process.hrtime.bigint() - start) / 1e9;
    const peakMiB = Math.max(...perLocale.map((s) => s.peakMiB));
    splitWall.push({seconds: Math.max(...perLocale.map((s) => s.seconds)) + merge, peakMiB});
    splitSum.push({seconds: perLocale.reduce((sum, s) => sum + s.seconds, 0) + merge, peakMiB});
    splitIdentical &&= diffTrees(out('split'), out('cold')).length === 0;
  }

  const rows: Row[] = [
    {label: 'cold sequential build', samples: cold},
    {
      label: 'warm cache, after a one-page edit',
      samples: warm,
      note: `byte-identical to cold: ${identical.every(Boolean) ? 'yes' : `NO (${identical.join(', ')})`}`,
    },
    {
      label: `split, 1 runner per locale (slowest + merge)`,
      samples: splitWall,
      note: `byte-identical to sequential: ${splitIdentical ? 'yes' : 'NO'}`,
    },
    {label: `split, all ${LOCALES.length} locales on 1 runner`, samples: splitSum},
  ];
  const ratio = median(warm.map((s) => s.seconds)) / median(cold.map((s) => s.seconds));
  return `${formatTable(title, rows)}\nwarm rebuild at most half the cold build: ${ratio <= 0.5 ? 'yes' : 'no'} (${ratio.toFixed(2)}x)`;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
