import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';

import {runMeasured} from './runMeasured';

const ROOT = path.resolve(__dirname, '../..');

/** The phases of `.ci/run` after the Debian packages, in its order: what `npm test` chains. */
const PHASES: ReadonlyArray<{name: string; args: string[]}> = [
  {name: 'npm ci', args: ['ci', '--no-audit', '--no-fund']},
  {name: 'typecheck', args: ['run', 'typecheck']},
  {name: 'lint', args: ['run', 'lint']},
  {name: 'unit tests', args: ['run', 'test:unit']},
  {name: 'i18n:check', args: ['run', 'i18n:check']},
  {name: 'end-to-end tests', args: ['run', 'test:e2e']},
];

/**
 * `npm run bench:ci -- [--skip-install]`: runs the phases of `.ci/run` one
 * after the other in this checkout and prints the wall time of each and
 * its share of the whole: where the check's minutes go. (Only wall time:
 * each phase runs in child processes of npm, whose CPU and memory the
 * sampling of one process would not see.) A benchmark, not a test: run it on a fresh clone for the
 * figure CI sees.
 */
async function main(): Promise<void> {
  const {values} = parseArgs({options: {'skip-install': {type: 'boolean', default: false}}});
  const phases = PHASES.filter((p) => !(values['skip-install'] && p.name === 'npm ci'));
  console.log(`bench:ci, ${os.cpus().length} cores, load average ${os.loadavg()[0]?.toFixed(1)}, Node ${process.version}\n`);
  const rows: Array<{name: string; seconds: number}> = [];
  for (const phase of phases) {
    const sample = await runMeasured('npm', phase.args, {cwd: ROOT});
    console.error(`  ${phase.name}: ${sample.seconds.toFixed(1)} s`);
    rows.push({name: phase.name, seconds: sample.seconds});
  }
  const total = rows.reduce((sum, r) => sum + r.seconds, 0);
  console.log(`${'phase'.padEnd(20)}${'wall'.padStart(9)}${'share'.padStart(8)}`);
  for (const r of rows) {
    console.log(`${r.name.padEnd(20)}${`${r.seconds.toFixed(1)} s`.padStart(9)}${`${((r.seconds / total) * 100).toFixed(0)} %`.padStart(8)}`);
  }
  console.log(`${'total'.padEnd(20)}${`${total.toFixed(1)} s`.padStart(9)}   (target: 300 s from a fresh clone)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
