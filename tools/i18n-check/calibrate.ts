/**
 * `npm run i18n:calibrate [-- --root DIR]`
 *
 * Prints what the prose checks (`compareProse`) are calibrated on: for each
 * target locale, the distribution of the smoothed length ratio of every
 * committed translated block to its French, the bounds it suggests (the
 * rule of `LENGTH_BOUNDS`) beside the bounds in force, where
 * `Intl.Segmenter` alone counts sentences differently from
 * `splitSentences`, the longest repeated run of words, and any block a
 * check flags (none, on good translations). Rerun it after new
 * translations are committed, and update `LENGTH_BOUNDS` and docs-dev/translation.md
 * table if the suggestion moved.
 */
import {resolve} from 'node:path';
import {parseArgs} from 'node:util';

import {SOURCE_LOCALE, TARGET_LOCALES} from '../../src/config/locales';
import {LENGTH_BOUNDS, LENGTH_SMOOTHING, MARGIN_ABOVE, MARGIN_BELOW, type MeasuredPair, proseStatistics} from './prose';
import {readSite} from './readSite-fs';

/** Below this many French characters a block is "short" in the table. */
const SHORT = 60;

async function main(): Promise<void> {
  const {values} = parseArgs({options: {root: {type: 'string'}}, strict: true});
  const root = resolve(values.root ?? process.cwd());
  const statistics = proseStatistics(await readSite(root, TARGET_LOCALES), TARGET_LOCALES);
  const out: string[] = [`Smoothed length ratio (translation + ${LENGTH_SMOOTHING}) / (French + ${LENGTH_SMOOTHING}), committed translations of ${root}`, ''];
  out.push('| pair | blocks | min | p10 | median | p90 | max | short (< 60) min–max | suggested | in force |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const {locale, pairs} of statistics) {
    const ratios = pairs.map((p) => p.ratio).sort((a, b) => a - b);
    const short = pairs.filter((p) => p.source.text.length < SHORT).map((p) => p.ratio);
    const bounds = LENGTH_BOUNDS[SOURCE_LOCALE]?.[locale];
    const suggested = `${round(Math.min(...ratios) - MARGIN_BELOW, Math.floor)}–${round(Math.max(...ratios) + MARGIN_ABOVE, Math.ceil)}`;
    out.push(
      `| ${SOURCE_LOCALE}→${locale} | ${ratios.length} | ${[0, 0.1, 0.5, 0.9, 1].map((q) => quantile(ratios, q).toFixed(2)).join(' | ')} | ${Math.min(...short).toFixed(2)}–${Math.max(...short).toFixed(2)} | ${suggested} | ${bounds ? `${bounds.min.toFixed(2)}–${bounds.max.toFixed(2)}` : 'none'} |`,
    );
  }
  for (const {locale, pairs, unpaired} of statistics) {
    const sorted = [...pairs].sort((a, b) => a.ratio - b.ratio);
    out.push('', `fr→${locale}: lowest and highest ratios`);
    for (const p of [...sorted.slice(0, 3), ...sorted.slice(-3)]) out.push(`  ${p.ratio.toFixed(2)}  ${where(p)}  ${p.source.text.slice(0, 40)} → ${p.translated.text.slice(0, 40)}`);
    const icuWrong = pairs.filter((p) => p.icuSentences[0] !== p.sentences[0] || p.icuSentences[1] !== p.sentences[1]);
    const sentenceChanged = pairs.filter((p) => p.sentences[0] !== p.sentences[1]);
    const repeated = Math.max(0, ...pairs.map((p) => (p.repeatedRun[1] > p.repeatedRun[0] ? p.repeatedRun[1] : 0)));
    out.push(`  sentence counts: ${sentenceChanged.length} block(s) differ from the French; Intl.Segmenter alone counts differently in ${icuWrong.length}`);
    for (const p of icuWrong) out.push(`    ${where(p)}: Intl.Segmenter ${p.icuSentences.join('/')}, splitSentences ${p.sentences.join('/')}`);
    out.push(`  longest run of words repeated where the French repeats less: ${repeated}`);
    if (unpaired.length) out.push(`  not paired (structure differs): ${unpaired.join(', ')}`);
    for (const p of pairs) for (const f of p.findings) out.push(`  FLAGGED ${where(p)}: ${f.code} ${JSON.stringify(f.params)}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

const where = (p: MeasuredPair): string => `${p.page}:${p.translated.line} (${p.kind}, ${p.source.text.length} chars)`;

/** The `q` quantile of sorted values, nearest rank. */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

/** Rounded to 0.05 with `to` (`Math.floor` for a lower bound, `Math.ceil` for an upper one). */
function round(value: number, to: (x: number) => number): string {
  return (to(value * 20 - 1e-9) / 20).toFixed(2);
}

main().catch((error: unknown) => {
  process.stderr.write(`i18n:calibrate: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
});
