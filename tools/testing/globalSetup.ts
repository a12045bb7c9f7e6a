import {mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {build, type Plugin} from 'esbuild';
import type * as Esbuild from 'esbuild';
import type NodeModule from 'node:module';
import type * as NodePath from 'node:path';

import {COMPILED_CLI_ROOT, COMPILED_CLIS, compiledPath} from './compiledCli';

/** What `readUntranslatedRules-fs.ts` loads a site's allowlist with: an import of the TypeScript file, which only tsx can run. */
const ALLOWLIST_IMPORT = '(await import(pathToFileURL(path).href))';

/**
 * Each module as Node can run it bundled. Bundled into one file, a
 * module's `import.meta.dirname` would be empty (CommonJS has no
 * `import.meta`) and `__dirname` the bundle's folder: each module gets its
 * own folder and file written in, as tsx gives it. And in `i18n:check`,
 * the site's `tools/i18n-ui/allowlist.ts` (read at run time, from the
 * checked site) is compiled by esbuild when read instead of imported:
 * Node 20 cannot import TypeScript. Fails the run if that import is no
 * longer in the source.
 */
const forNode: Plugin = {
  name: 'for-node',
  setup(builder) {
    builder.onLoad({filter: /\.tsx?$/}, (args) => {
      let contents = readFileSync(args.path, 'utf8')
        .replace(/\bimport\.meta\.dirname\b/g, JSON.stringify(dirname(args.path)))
        .replace(/\bimport\.meta\.filename\b/g, JSON.stringify(args.path))
        .replace(/\b__dirname\b/g, JSON.stringify(dirname(args.path)));
      if (args.path.endsWith('/readUntranslatedRules-fs.ts')) {
        if (!contents.includes(ALLOWLIST_IMPORT)) {
          throw new Error(`${args.path} no longer loads the allowlist with ${ALLOWLIST_IMPORT}: update forNode in tools/testing/globalSetup.ts`);
        }
        contents = contents.replace(ALLOWLIST_IMPORT, `(${loadTypeScript.toString()})(path)`);
      }
      return {contents, loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts'};
    });
  },
};

/** Runs in the compiled CLI: compiles one TypeScript module (with the site modules it imports) to CommonJS, and evaluates it. */
function loadTypeScript(file: string): Record<string, unknown> {
  /* eslint-disable @typescript-eslint/no-require-imports -- runs in the compiled CommonJS CLI, not here */
  const {buildSync} = require('esbuild') as typeof Esbuild;
  const Module = require('node:module') as typeof NodeModule & {_nodeModulePaths(dir: string): string[]};
  const {dirname: folder} = require('node:path') as typeof NodePath;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const output = buildSync({entryPoints: [file], bundle: true, platform: 'node', format: 'cjs', packages: 'external', write: false, logLevel: 'silent'});
  const compiled = new Module(file) as InstanceType<typeof Module> & {_compile(code: string, file: string): void; paths: string[]};
  compiled.filename = file;
  compiled.paths = Module._nodeModulePaths(folder(file));
  compiled._compile(output.outputFiles[0]?.text ?? '', file);
  return compiled.exports as Record<string, unknown>;
}

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
      // The npm packages too: Node resolving and reading the ESM files of
      // remark's and unified's packages one by one was half of each start
      // (0.45 CPU-s for `translate --help` with them left external, 0.22
      // bundled). A package that read a file beside its own module would
      // find the bundle's folder instead: the compiler warns of
      // `import.meta` in a bundle, which stops the run below.
      plugins: [forNode],
      // The allowlist's compiler, called at run time (forNode).
      external: ['esbuild'],
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
