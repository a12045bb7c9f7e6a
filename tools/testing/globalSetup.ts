import {mkdirSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {buildSync} from 'esbuild';

import {COMPILED_CLI_DIR, COMPILED_CLIS, compiledPath} from './compiledCli';

/**
 * Vitest's `globalSetup` of the unit project: compiles the CLIs the tests
 * start as child processes (`COMPILED_CLIS`) once, before any test file
 * runs, so that each start skips tsx's compiling (`cliCommand`). Set
 * before the test files' processes start, which inherit `COMPILED_CLI`.
 * `COMPILED_CLI=0 npm run test:unit` runs them all by tsx instead, as
 * `npm run` does.
 */
export default function setup(): void {
  if (process.env.COMPILED_CLI === '0') return;
  rmSync(COMPILED_CLI_DIR, {recursive: true, force: true});
  mkdirSync(COMPILED_CLI_DIR, {recursive: true});
  const root = join(__dirname, '../..');
  for (const entry of COMPILED_CLIS) {
    buildSync({
      entryPoints: [join(root, entry)],
      outfile: compiledPath(entry),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: `node${process.versions.node.split('.')[0]}`,
      // The npm packages load from node_modules as under tsx.
      packages: 'external',
      logLevel: 'warning',
    });
  }
  process.env.COMPILED_CLI = '1';
}
