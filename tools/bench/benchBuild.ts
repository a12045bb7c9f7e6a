import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';

import {LOCALES} from '../../src/config/locales';
import {diffTrees} from '../build/diffTrees';
import {mergeLocaleBuilds} from '../build/mergeLocaleBuilds';
import {createCorpus} from './createCorpus';
import {runMeasured} from './runMeasured';
import {formatTable, median, type Row, type Sample} from './summarize';

const ROOT = path.resolve(__dirname, '../..');
const DOCUSAURUS_BIN = require.resolve('@docusaurus/core/bin/docusaurus.mjs');
// Rspack's persistent cache, under the site's node_modules (the corpora
// link to it): removing it makes the next build cold.
const CACHE_DIR = path.join(ROOT, 'node_modules/.cache/rspack');

/**
 * `npm run bench:build -- [--runs 3] [--only site|corpus] [--pages 100]`
 *
 * Times, on a copy of this site and on a generated corpus (the site plus
 * 100 French pages and their four translations), each in a temporary
 * folder: the cold sequential build, the warm-cache rebuild after a
 * one-page edit (checked byte-identical to a cold build of the same
 * content), and the split build (each locale alone and cold, as separate CI
 * jobs run it; wall time with one runner per locale = slowest locale +
 * merge, and the sum on one runner). Prints medians, ratios to the cold
 * build and peak memory. Takes minutes: a benchmark, not a test.
 */
async function main(): Promise<void> {
  const {values} = parseArgs({
    options: {
      runs: {type: 'string', default: '3'},
      only: {type: 'string'},
      pages: {type: 'string', default: '100'},
    },
  });
  const runs = Number(values.runs);
  const pages = Number(values.pages);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs="${values.runs}" must be a whole number of at least 1.`);
  if (!Number.isInteger(pages) || pages < 1) throw new Error(`--pages="${values.pages}" must be a whole number of at least 1.`);
  if (values.only !== undefined && !['site', 'corpus'].includes(values.only)) {
    throw new Error(`--only="${values.only}" must be "site" or "corpus".`);
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-build-'));
  console.log(`bench:build, ${runs} run(s) each, ${os.cpus().length} cores, Node ${process.version}, in ${work}\n`);
  try {
    const corpora = [
      {name: 'site', title: `This site (${LOCALES.length} locales, 3 pages each)`, extra: 0},
      {name: 'corpus', title: `Generated corpus (${pages + 3} pages x ${LOCALES.length} locales)`, extra: pages},
    ].filter((c) => values.only === undefined || values.only === c.name);
    for (const corpus of corpora) {
      const siteDir = path.join(work, corpus.name, 'site');
      createCorpus(ROOT, siteDir, corpus.extra);
      console.log(await benchOne(corpus.title, siteDir, path.join(work, corpus.name), runs));
      console.log('');
    }
  } finally {
    fs.rmSync(work, {recursive: true, force: true});
  }
}

async function benchOne(title: string, siteDir: string, outRoot: string, runs: number): Promise<string> {
  const build = async (outDir: string, extra: string[] = []) => {
    const sample = await runMeasured(process.execPath, [DOCUSAURUS_BIN, 'build', '--out-dir', outDir, ...extra], {cwd: siteDir});
    // Progress on stderr, so that stdout holds only the tables.
    console.error(`  ${path.basename(outDir)} ${extra.join(' ')}: ${sample.seconds.toFixed(1)} s, ${sample.peakMiB.toFixed(0)} MiB`);
    return sample;
  };
  const clearCache = () => fs.rmSync(CACHE_DIR, {recursive: true, force: true});
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
