import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import {LOCALES, SOURCE_LOCALE} from '../../../src/config/locales';

export const ROOT = path.resolve(__dirname, '../../..');
/** Where the e2e suite builds the site: apart from `build/`, which is the user's. */
export const OUTPUT_ROOT = path.join(ROOT, 'tests/.output');

export interface BuildOptions {
  /** Site to build, e.g. a scenario copy from `copySite()`; default this repository. */
  siteDir?: string;
  /** Locales to build; default all of them. */
  locales?: readonly string[];
}

/**
 * Builds the whole site (all locales) into `tests/.output/<name>` with the
 * given extra environment, unless `E2E_REUSE_BUILD=1` and it exists. Builds
 * run one at a time: they share the site's `.docusaurus` folder.
 */
export function buildSite(name: string, env: Record<string, string> = {}, options: BuildOptions = {}): string {
  const outDir = path.join(OUTPUT_ROOT, name);
  if (process.env.E2E_REUSE_BUILD === '1' && fs.existsSync(path.join(outDir, 'index.html'))) {
    return outDir;
  }
  fs.rmSync(outDir, {recursive: true, force: true});
  execFileSync(
    process.execPath,
    [
      require.resolve('@docusaurus/core/bin/docusaurus.mjs'),
      'build',
      '--out-dir',
      outDir,
      ...(options.locales ?? []).flatMap((locale) => ['--locale', locale]),
    ],
    {cwd: options.siteDir ?? ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: {...process.env, ...env}},
  );
  return outDir;
}

/** Every page URL listed in every locale's sitemap, as paths (`/en/privacy`). */
export function sitemapPaths(outDir: string): {locale: string; path: string}[] {
  return LOCALES.flatMap(({code}) => {
    const file = path.join(outDir, code === SOURCE_LOCALE ? '' : code, 'sitemap.xml');
    const xml = fs.readFileSync(file, 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => ({
      locale: code,
      path: new URL(m[1] ?? '').pathname,
    }));
  });
}
