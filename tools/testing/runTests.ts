/**
 * `npm test`: the whole gate in two lanes, one per core of a small CI
 * machine. The browser end-to-end suite, the longest step (Docusaurus
 * builds and Chromium), starts at once and streams its output; beside it,
 * the typecheck, lint, `i18n:check`, unit tests and the end-to-end tests
 * on other repositories run one after the other,
 * each one's output printed in one block when it ends, so that the lanes'
 * lines do not mix. Every step runs to its end; the command fails if any
 * failed, and its last lines name which, with each step's time.
 */
import {spawn} from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'node_modules/.bin');

/** One step of the gate: what `npm run <script>` would run. */
export interface Step {
  name: string;
  command: string;
  args: string[];
}

/**
 * The steps, by lane. `npm run typecheck`, `lint`, `i18n:check` and
 * `test:unit` run the same; `test:e2e` runs both end-to-end projects. The
 * end-to-end files on other repositories (copies each file makes: builds
 * and CLIs, mostly CPU) close the second lane: the unit tests wait more
 * than they compute, and without those files the first lane ran its last
 * minute alone.
 */
export const LANES: readonly (readonly Step[])[] = [
  [{name: 'end-to-end tests', command: path.join(BIN, 'vitest'), args: ['run', '--project', 'e2e']}],
  [
    {name: 'typecheck', command: path.join(BIN, 'tsc'), args: ['--noEmit']},
    {name: 'lint', command: path.join(BIN, 'eslint'), args: ['--max-warnings', '0', '.']},
    {name: 'i18n:check', command: path.join(BIN, 'tsx'), args: ['tools/i18n-check/cli.ts']},
    {name: 'unit tests', command: path.join(BIN, 'vitest'), args: ['run', '--project', 'unit']},
    {name: 'end-to-end tests on other repositories', command: path.join(BIN, 'vitest'), args: ['run', '--project', 'e2e-repositories']},
  ],
];

/** How a step ended, and when, in seconds from the start of `npm test`. */
export interface StepResult {
  name: string;
  ok: boolean;
  start: number;
  end: number;
}

const since = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;

function runStep(step: Step, t0: bigint, stream: boolean): Promise<StepResult> {
  const start = since(t0);
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, {cwd: ROOT, stdio: ['ignore', stream ? 'inherit' : 'pipe', stream ? 'inherit' : 'pipe']});
    const chunks: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = (ok: boolean, why: string) => {
      const end = since(t0);
      const output = Buffer.concat(chunks).toString();
      const header = `── ${step.name}: ${ok ? 'ok' : `FAILED (${why})`}, ${(end - start).toFixed(0)} s`;
      process.stdout.write(stream ? `${header}\n` : `${header}\n${output}${output === '' || output.endsWith('\n') ? '' : '\n'}`);
      resolve({name: step.name, ok, start, end});
    };
    child.on('error', (error) => done(false, error.message));
    child.on('close', (code, signal) => done(code === 0, signal ?? `exit code ${code}`));
  });
}

/** Runs the lanes side by side, each lane's steps in order; the first lane streams its output. */
export async function runLanes(lanes: readonly (readonly Step[])[]): Promise<StepResult[]> {
  const t0 = process.hrtime.bigint();
  const results = await Promise.all(
    lanes.map(async (lane, index) => {
      const ran: StepResult[] = [];
      for (const step of lane) ran.push(await runStep(step, t0, index === 0));
      return ran;
    }),
  );
  return results.flat();
}

async function main(): Promise<void> {
  const results = await runLanes(LANES);
  const failed = results.filter((r) => !r.ok);
  console.log(`\nnpm test: ${results.map((r) => `${r.name} ${r.ok ? 'ok' : 'FAILED'} (${r.start.toFixed(0)}-${r.end.toFixed(0)} s)`).join(', ')}`);
  if (failed.length > 0) {
    console.log(`npm test FAILED: ${failed.map((r) => r.name).join(', ')}; their output is above, after "── <step>: FAILED".`);
    process.exitCode = 1;
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  });
}
