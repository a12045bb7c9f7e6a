import fs from 'node:fs';
import path from 'node:path';

/**
 * The names postcss-loader looks for in each folder (its `loadConfig`,
 * through cosmiconfig), besides `package.json` with a `postcss` key.
 */
export const POSTCSS_CONFIG_NAMES: readonly string[] = [
  ...['.config.js', '.config.mjs', '.config.cjs', '.config.ts', '.config.mts', '.config.cts'].map((ext) => `postcss${ext}`),
  ...['', '.json', '.js', '.mjs', '.cjs', '.ts', '.mts', '.cts', '.yaml', '.yml'].map((ext) => `.postcssrc${ext}`),
  ...['', '.json', '.yaml', '.yml', '.js', '.mjs', '.cjs', '.ts', '.mts', '.cts'].map((ext) => `.config/postcssrc${ext}`),
];

/** Whether `dir/package.json` has a `postcss` key; an unreadable or invalid one has not. */
function packageJsonHasPostcss(dir: string): boolean {
  try {
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as unknown;
    return typeof json === 'object' && json !== null && 'postcss' in json;
  } catch {
    return false;
  }
}

/**
 * The first PostCSS configuration postcss-loader would find for the
 * site's own CSS: in `siteDir` or a folder above it, the nearest first
 * (a `postcss` key of a `package.json` counts). `undefined` when there is
 * none, which is this project's case: Docusaurus gives the loader its
 * plugins itself.
 */
export function findPostcssConfig(siteDir: string): string | undefined {
  for (let dir = path.resolve(siteDir); ; dir = path.dirname(dir)) {
    if (packageJsonHasPostcss(dir)) return path.join(dir, 'package.json');
    const found = POSTCSS_CONFIG_NAMES.map((name) => path.join(dir, name)).find((file) => fs.existsSync(file));
    if (found !== undefined) return found;
    if (path.dirname(dir) === dir) return undefined;
  }
}
