import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import {LOCALES, SOURCE_LOCALE} from '../../../src/config/locales';
import {readEffectiveDate} from '../../../src/plugins/policy-history/effectiveDate';
import {readFrontMatter} from '../../../src/shared/frontMatter';

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

/**
 * How many pages each locale's sitemap lists: every page of `docs/`, and the
 * history page of each one with `effective_date` (its versions and changes
 * are `noindex`, so not listed).
 */
export function sitemapPageCount(): number {
  const dir = path.join(ROOT, 'docs');
  const pages = fs.readdirSync(dir).filter((f) => /\.mdx?$/.test(f));
  const policies = pages.filter((f) => {
    const date = readEffectiveDate(readFrontMatter(fs.readFileSync(path.join(dir, f), 'utf8')));
    return date.ok && date.date !== undefined;
  });
  return pages.length + policies.length;
}

/** Whether a sitemap path is a policy page's history (no "Edit this page": it is made from git). */
export const isHistoryPath = (urlPath: string): boolean => /\/history$/.test(urlPath);
