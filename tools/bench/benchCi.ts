import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';

import {LANES, runLanes, type StepResult} from '../testing/runTests';
import {childrenCpuSeconds} from './childrenCpuSeconds';
import {machineBusySeconds} from './machineBusySeconds';
import {runMeasured} from './runMeasured';

const ROOT = path.resolve(__dirname, '../..');

interface Row {
  name: string;
  start: number;
  end: number;
  cpu?: number;
}

/**
 * `npm run bench:ci -- [--skip-install] [--serial] [--only typecheck,lint]`: runs what `.ci/run`
 * runs after the Debian packages, in this checkout: `npm ci` (`.ci/npm-ci`), then the
 * steps of `npm test` (`tools/testing/runTests.ts`) in its two lanes, and
 * prints when each step started and ended, and the CPU time of the whole
 * (what another job on the machine disturbs least): its processes' and,
 * beside it, the whole machine's (`machineBusySeconds`), which also counts
 * the Chromium processes that ours do not reap. `--serial` runs the
 * steps one after the other instead, each with its own CPU time: where the
 * work is. `--only` runs only the steps named. A benchmark, not a test: run it on a fresh clone for the
 * figure CI sees (no build cache, no compiled test CLIs).
 */
async function main(): Promise<void> {
  const {values} = parseArgs({
    options: {'skip-install': {type: 'boolean', default: false}, serial: {type: 'boolean', default: false}, only: {type: 'string'}},
  });
  const only = values.only?.split(',');
  const lanes = LANES.map((lane) => lane.filter((step) => only === undefined || only.includes(step.name))).filter((lane) => lane.length > 0);
  console.log(`bench:ci, ${os.cpus().length} cores, load average ${os.loadavg()[0]?.toFixed(1)}, Node ${process.version}\n`);
  const rows: Row[] = [];
  const busyBefore = machineBusySeconds();
  let offset = 0;
  if (!values['skip-install']) {
    const cpu = childrenCpuSeconds();
    const sample = await runMeasured('bash', [path.join(ROOT, '.ci/npm-ci')], {cwd: ROOT});
    rows.push({name: 'npm ci', start: 0, end: sample.seconds, cpu: childrenCpuSeconds() - cpu});
    offset = sample.seconds;
  }
  const cpu = childrenCpuSeconds();
  let results: StepResult[];
  if (values.serial) {
    results = [];
    for (const step of lanes.flat()) {
      const before = childrenCpuSeconds();
      const [result] = await runLanes([[step]]);
      if (result) rows.push({name: step.name, start: offset + result.start, end: offset + result.end, cpu: childrenCpuSeconds() - before});
      if (result) results.push(result);
      offset = rows.at(-1)?.end ?? offset;
    }
  } else {
    results = await runLanes(lanes);
    rows.push(...results.map((r) => ({name: r.name, start: offset + r.start, end: offset + r.end})));
  }
  const testCpu = childrenCpuSeconds() - cpu;
  const busyAfter = machineBusySeconds();
  const total = Math.max(...rows.map((r) => r.end));
  console.log(`\n${'step'.padEnd(20)}${'start'.padStart(9)}${'end'.padStart(9)}${'wall'.padStart(9)}${'CPU'.padStart(9)}`);
  for (const r of rows) {
    const cells = [r.start, r.end, r.end - r.start].map((s) => `${s.toFixed(0)} s`.padStart(9)).join('');
    console.log(`${r.name.padEnd(20)}${cells}${(r.cpu === undefined ? '' : `${r.cpu.toFixed(0)} s`).padStart(9)}`);
  }
  console.log(`${'npm test'.padEnd(20)}${''.padStart(27)}${`${testCpu.toFixed(0)} s`.padStart(9)}   (CPU of every step)`);
  if (busyBefore !== undefined && busyAfter !== undefined) {
    console.log(`${'machine'.padEnd(20)}${''.padStart(27)}${`${(busyAfter - busyBefore).toFixed(0)} s`.padStart(9)}   (CPU of the whole machine meanwhile: also Chromium's helpers, which init reaps)`);
  }
  console.log(`${'total'.padEnd(20)}${''.padStart(9)}${`${total.toFixed(0)} s`.padStart(9)}   (target: 300 s from a fresh clone)`);
  const failed = results.filter((r) => !r.ok).map((r) => r.name);
  if (failed.length > 0) {
    console.log(`failed: ${failed.join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
