import {mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {buildSync} from 'esbuild';

import {COMPILED_CLI_ROOT, COMPILED_CLIS, compiledPath} from './compiledCli';

/**
 * Vitest's `globalSetup` of the unit project: compiles the CLIs the tests
 * start as child processes (`COMPILED_CLIS`) once, before any test file
 * runs, so that each start skips tsx's compiling (`cliCommand`). Each run
 * has its own folder (two runs at once do not share one), removed at its
 * end; the test files' processes, started after, inherit
 * `COMPILED_CLI_DIR`. `COMPILED_CLI=0 npm run test:unit` runs the CLIs by
 * tsx instead, as `npm run` does.
 */
export default function setup(): (() => void) | undefined {
  if (process.env.COMPILED_CLI === '0') return undefined;
  mkdirSync(COMPILED_CLI_ROOT, {recursive: true});
  const dir = mkdtempSync(join(COMPILED_CLI_ROOT, 'run-'));
  const root = join(__dirname, '../..');
  for (const entry of COMPILED_CLIS) {
    buildSync({
      entryPoints: [join(root, entry)],
      outfile: compiledPath(dir, entry),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: `node${process.versions.node.split('.')[0]}`,
      // The npm packages load from node_modules as under tsx.
      packages: 'external',
      logLevel: 'warning',
    });
  }
  process.env.COMPILED_CLI_DIR = dir;
  return () => rmSync(dir, {recursive: true, force: true});
}
