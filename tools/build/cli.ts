import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';

import {LOCALES} from '../../src/config/locales';
import {buildLocale} from './buildLocale';
import {mergeLocaleBuilds} from './mergeLocaleBuilds';
import {parseLocaleList} from './parseLocaleList';

const ROOT = path.resolve(__dirname, '../..');

/**
 * Split build, the way CI jobs run it:
 *
 * - `npm run build:split -- [--locales fr,en] [--parts <dir>] [--out-dir build]`
 *   builds each locale in its own process (into a temporary folder unless
 *   `--parts` is given), then merges them into one site;
 * - `npm run build:merge -- --out-dir build parts/fr parts/en ...` only merges
 *   (the last CI job, once every locale job has uploaded its part);
 * - `npm run build:matrix` prints the locales of site.config.ts as a JSON
 *   list, the split-build workflow's matrix (`fromJSON`).
 */
async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const {values, positionals} = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      locales: {type: 'string'},
      parts: {type: 'string'},
      'out-dir': {type: 'string', default: 'build'},
    },
  });
  const outDir = path.resolve(values['out-dir']);
  if (command === 'matrix') {
    process.stdout.write(`${JSON.stringify(LOCALES.map((l) => l.code))}\n`);
    return;
  }
  if (command === 'split') {
    const locales = parseLocaleList(values.locales, LOCALES.map((l) => l.code));
    const partsDir = values.parts ? path.resolve(values.parts) : fs.mkdtempSync(path.join(os.tmpdir(), 'build-parts-'));
    fs.rmSync(partsDir, {recursive: true, force: true});
    const parts: string[] = [];
    for (const locale of locales) {
      const part = path.join(partsDir, locale);
      console.log(`Building ${locale} into ${part} ...`);
      await buildLocale({siteDir: ROOT, locale, outDir: part});
      parts.push(part);
    }
    mergeLocaleBuilds(parts, outDir);
    fs.rmSync(partsDir, {recursive: true, force: true});
  } else if (command === 'merge') {
    if (positionals.length === 0) throw new Error('merge: name the locale builds to merge, e.g. npm run build:merge -- --out-dir build parts/fr parts/en');
    mergeLocaleBuilds(positionals.map((p) => path.resolve(p)), outDir);
  } else {
    throw new Error(`Unknown command "${command ?? ''}". Use "split", "merge" or "matrix".`);
  }
  console.log(`Merged site in ${path.relative(ROOT, outDir) || '.'}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
