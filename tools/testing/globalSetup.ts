import {mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {build, type Plugin} from 'esbuild';

import {COMPILED_CLI_ROOT, COMPILED_CLIS, compiledPath} from './compiledCli';

/**
 * Bundled into one file, a module's `import.meta.dirname` would be empty
 * (CommonJS has no `import.meta`) and `__dirname` the bundle's folder: each
 * module gets its own folder and file written in, as tsx gives it.
 */
const fileLocation: Plugin = {
  name: 'file-location',
  setup(builder) {
    builder.onLoad({filter: /\.tsx?$/}, (args) => ({
      contents: readFileSync(args.path, 'utf8')
        .replace(/\bimport\.meta\.dirname\b/g, JSON.stringify(dirname(args.path)))
        .replace(/\bimport\.meta\.filename\b/g, JSON.stringify(args.path))
        .replace(/\b__dirname\b/g, JSON.stringify(dirname(args.path))),
      loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts',
    }));
  },
};

/**
 * Vitest's `globalSetup` of the unit project: compiles the CLIs the tests
 * start as child processes (`COMPILED_CLIS`) once, before any test file
 * runs, so that each start skips tsx's compiling (`cliCommand`). Each run
 * has its own folder (two runs at once do not share one), removed at its
 * end; the test files' processes, started after, inherit
 * `COMPILED_CLI_DIR`. `COMPILED_CLI=0 npm run test:unit` runs the CLIs by
 * tsx instead, as `npm run` does. A compiler warning stops the run: the
 * compiled CLI would not behave as the source does.
 */
export default async function setup(): Promise<(() => void) | undefined> {
  if (process.env.COMPILED_CLI === '0') return undefined;
  mkdirSync(COMPILED_CLI_ROOT, {recursive: true});
  const dir = mkdtempSync(join(COMPILED_CLI_ROOT, 'run-'));
  const root = join(__dirname, '../..');
  for (const entry of COMPILED_CLIS) {
    const result = await build({
      entryPoints: [join(root, entry)],
      outfile: compiledPath(dir, entry),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: `node${process.versions.node.split('.')[0]}`,
      // The npm packages load from node_modules as under tsx.
      packages: 'external',
      plugins: [fileLocation],
      logLevel: 'warning',
    });
    if (result.warnings.length > 0) {
      rmSync(dir, {recursive: true, force: true});
      throw new Error(`Compiling ${entry} for the unit tests gave ${result.warnings.length} warning(s), printed above: fix them, or run with COMPILED_CLI=0 (tools/testing/globalSetup.ts)`);
    }
  }
  process.env.COMPILED_CLI_DIR = dir;
  return () => rmSync(dir, {recursive: true, force: true});
}
