import {existsSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';

const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

/**
 * The CLIs the unit tests run as child processes, compiled once per run by
 * `globalSetup.ts`. `i18n:check` imports the checked site's own
 * `tools/i18n-ui/allowlist.ts` at run time: its copy compiles that file
 * when it reads it (`forNode` in `globalSetup.ts`).
 */
export const COMPILED_CLIS = ['tools/translate/cli/main.ts', 'tools/hosting/cli.ts', 'tools/i18n-check/cli.ts', 'tools/ci/index.ts'] as const;

/** Where `globalSetup.ts` writes each run's compiled CLIs: `tests/.output/compiled-cli/<run>/`. */
export const COMPILED_CLI_ROOT = join(ROOT, 'tests/.output/compiled-cli');

/** `tools/translate/cli/main.ts` -> `<dir>/tools__translate__cli__main.cjs`. */
export const compiledPath = (dir: string, entry: string): string => join(dir, `${entry.replace(/\.ts$/, '').split('/').join('__')}.cjs`);

/**
 * How a test runs the CLI `entry` (an absolute path or one relative to the
 * repository) as `npm run` would, in a child process: `node` on its
 * compiled copy when the run made one (`COMPILED_CLI_DIR`), else `tsx` on
 * the source.
 *
 * `tsx` compiles and resolves every TypeScript module at each start, about
 * twice the CPU of the CLI's own start-up (0.9 to 1.3 s against 0.5 s for
 * `translate --help` here); the unit tests start the CLIs a hundred times. The copy is the same modules
 * compiled by the same compiler (esbuild, as tsx does, to CommonJS, as tsx
 * does for this package), with the npm packages left to Node as under tsx.
 * A CLI outside this repository (a copy's, in an e2e test) runs with tsx.
 */
export function cliCommand(entry: string, args: readonly string[] = []): {command: string; args: string[]} {
  const rel = relative(ROOT, resolve(ROOT, entry)).split('\\').join('/');
  const dir = process.env.COMPILED_CLI_DIR;
  const compiled = dir !== undefined && (COMPILED_CLIS as readonly string[]).includes(rel) ? compiledPath(dir, rel) : undefined;
  if (compiled !== undefined && existsSync(compiled)) return {command: process.execPath, args: [compiled, ...args]};
  return {command: TSX, args: [resolve(ROOT, entry), ...args]};
}

/**
 * `cliCommand` as one line of shell, for a `package.json` script: what a
 * test writes in a copy's `package.json` so that `npm run <script>` starts
 * this repository's CLI `entry` (its compiled copy when the run made one).
 */
export function cliScript(entry: string): string {
  const {command, args} = cliCommand(entry);
  return [command, ...args].map((word) => `'${word.replaceAll("'", `'\\''`)}'`).join(' ');
}
