import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';

import {parse} from 'yaml';

/** A workflow step as written in the YAML. */
export interface WorkflowStep {
  id?: string;
  name?: string;
  run?: string;
  uses?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}

const WORKFLOWS = resolve(import.meta.dirname, '../../../.github/workflows');

/** The step `id` of job `job` in `.github/workflows/<file>`; throws when the workflow no longer has it. */
export function workflowStep(file: string, job: string, id: string): WorkflowStep {
  const workflow = parse(readFileSync(join(WORKFLOWS, file), 'utf8')) as {jobs: Record<string, {steps?: WorkflowStep[]}>};
  const step = workflow.jobs[job]?.steps?.find((s) => s.id === id);
  if (!step?.run) throw new Error(`${file}: job ${job} has no step with id "${id}" and a run script: update this test with the workflow`);
  return step;
}

export interface StepRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** What the step wrote to `GITHUB_OUTPUT`. */
  outputs: Record<string, string>;
}

/**
 * Runs a step's `run` script as a GitHub runner does (`bash --noprofile
 * --norc -eo pipefail`), in `cwd`, with the step's `env` whose `${{ … }}`
 * expressions are looked up in `context` (`vars.X`, `secrets.X`,
 * `inputs.x`, `steps.id.outputs.x`, ...): an expression the test does not
 * give fails it, so a new one in the workflow is noticed. `GITHUB_OUTPUT`
 * and `RUNNER_TEMP` are temporary; `env` adds to (and wins over) the rest.
 */
export async function runWorkflowStep(step: WorkflowStep, options: {cwd: string; context: Record<string, string>; env: Record<string, string>}): Promise<StepRun> {
  if (step.run?.includes('${{')) throw new Error(`step "${step.name ?? step.id}": an expression inside run: is a script injection risk; pass it through env:`);
  const temp = mkdtempSync(join(tmpdir(), 'workflow-step-'));
  const outputFile = join(temp, 'output');
  writeFileSync(outputFile, '');
  const stepEnv = Object.fromEntries(
    Object.entries(step.env ?? {}).map(([name, value]) => [
      name,
      String(value).replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, expression: string) => {
        if (!(expression in options.context)) throw new Error(`step "${step.name ?? step.id}": the test gives no value for \${{ ${expression} }}`);
        return options.context[expression] ?? '';
      }),
    ]),
  );
  const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run ?? ''], {
    cwd: options.cwd,
    env: {RUNNER_TEMP: temp, GITHUB_OUTPUT: outputFile, ...stepEnv, ...options.env},
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const outputs = Object.fromEntries(
    readFileSync(outputFile, 'utf8')
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  return {code, stdout, stderr, outputs};
}
