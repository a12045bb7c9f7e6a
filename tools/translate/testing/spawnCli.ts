import {spawn} from 'node:child_process';
import {resolve} from 'node:path';

import {cliCommand} from '../../testing/compiledCli';

const CLI = resolve(import.meta.dirname, '../cli/main.ts');

/**
 * `npm run translate -- <args>` as a child process in `root`, with only
 * PATH, HOME and `env` in its environment (nothing of the machine's leaks
 * in): `child` to kill it, `done` for its exit code and output. `cli` is
 * this repository's by default; a copy of the repository passes its own,
 * which reads the copy's site.config.ts. Run compiled, or by tsx (`cliCommand`).
 */
export function spawnCli(root: string, args: string[], env: Record<string, string>, cli: string = CLI) {
  const {command, args: argv} = cliCommand(cli, args);
  const child = spawn(command, argv, {cwd: root, env: {PATH: process.env.PATH, HOME: process.env.HOME, ...env}});
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{code: number | null; stdout: string; stderr: string}>((res) => child.on('close', (code) => res({code, stdout, stderr})));
  return {child, done};
}
