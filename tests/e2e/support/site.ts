import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import {LOCALES, SOURCE_LOCALE, TARGET_LOCALES} from '../../../src/config/locales';
import {readEffectiveDate} from '../../../src/plugins/policy-history/effectiveDate';
import {readFrontMatter} from '../../../src/shared/frontMatter';
import {isProcessRunning} from '../../../src/shared/isProcessRunning';
import {childrenCpuSeconds} from '../../../tools/bench/childrenCpuSeconds';

export const ROOT = path.resolve(__dirname, '../../..');
/** Where the e2e suite builds the site: apart from `build/`, which is the user's. */
export const OUTPUT_ROOT = path.join(ROOT, 'tests/.output');

export interface BuildOptions {
  /** Site to build, e.g. a scenario copy from `copySite()`; default this repository. */
  siteDir?: string;
  /** Locales to build; default all of them. */
  locales?: readonly string[];
  /**
   * Keeps Rspack's persistent cache in the build of a copy, for a copy
   * built again later in the run (the provenance scenario after its edit),
   * whose next build reads it. Default: builds of this repository keep it,
   * builds of a copy do not (`COPY_BUILD_ENV`).
   */
  persistentCache?: boolean;
}

/**
 * The extra environment of the build of a throw-away copy of the site
 * (`copySite`) that is built once: no Rspack persistent cache. It would only
 * be written, never read (1 to 2 CPU-s a five-locale build here), and under
 * *our* `node_modules/.cache/rspack`, which the copy links to: 300 MB of
 * entries for folders gone after one run of the suite, 81 MB (this
 * repository's own) without them. Builds of this repository keep the cache:
 * the suite builds it several times, and the developer builds it again; so
 * do copies built twice (`BuildOptions.persistentCache`).
 */
export const COPY_BUILD_ENV: Readonly<Record<string, string>> = {DOCUSAURUS_NO_PERSISTENT_CACHE: 'true'};

/**
 * The source locale and the first translated one, in `LOCALES`' order: what
 * a test checks when every translated locale is made the same way (its own
 * prefix, its own messages) and one stands for all, for a build and visits
 * of two locales instead of five. Throws when the site has no target.
 */
export const SOURCE_AND_ONE_TARGET = LOCALES.filter((l) => l.code === SOURCE_LOCALE || l.code === TARGET_LOCALES[0]);
if (SOURCE_AND_ONE_TARGET.length < 2) {
  throw new Error('site.config.ts lists no target locale: the e2e tests that check one translated locale need one.');
}

/** The "Edit this page" base of the shared build: pages link to `<EDIT_URL>docs/<file>`. */
export const EDIT_URL = 'https://github.com/example/site/edit/main/';

/**
 * The build most files test, as the workflows make it: this repository,
 * every locale, "Edit this page" on. `site`, `visitor`, `nginx` and
 * `splitBuild` all ask for it, so the run builds it once (`buildSite`).
 * With Rspack's persistent cache, as every build of the suite: on a fresh
 * clone it is cold and fills the cache that makes the later builds of this
 * repository (`analytics`, `splitBuild`'s parts) warm, 15 CPU-s less
 * between them; `splitBuild` then compares warm parts with it.
 */
export const SHARED_BUILD = {name: 'default', env: {EDIT_URL}} as const;

/** `buildSite(SHARED_BUILD)`: the shared build's folder. */
export const buildShared = (): string => buildSite(SHARED_BUILD.name, SHARED_BUILD.env);

/** The build locks of `lockSite`: none is held before the run's first file starts. */
export const LOCKS_DIR = path.join(OUTPUT_ROOT, 'locks');

/**
 * Takes the build lock of a site folder, waiting while another test file's
 * process holds it, and returns the function that releases it. The e2e
 * files run two at a time; two builds of one site at once would write the
 * same `.docusaurus/` folder, which the bundler reads back. A lock whose
 * holder has exited (a test run killed mid-build) is taken over.
 */
export function lockSite(siteDir: string): () => void {
  fs.mkdirSync(LOCKS_DIR, {recursive: true});
  const lock = path.join(LOCKS_DIR, createHash('sha256').update(path.resolve(siteDir)).digest('hex').slice(0, 16));
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), {flag: 'wx'});
      return () => fs.rmSync(lock, {force: true});
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder: number;
    try {
      holder = Number(fs.readFileSync(lock, 'utf8'));
    } catch {
      continue; // Released meanwhile.
    }
    // An empty file is a lock being written: wait for its pid.
    if (holder > 0 && !isProcessRunning(holder)) fs.rmSync(lock, {force: true});
    // A synchronous wait: `buildSite` is synchronous, as the build it runs.
    else Atomics.wait(pause, 0, 0, 250);
  }
}

/**
 * Builds the whole site (all locales) into `tests/.output/<name>` with the
 * given extra environment. Builds of one site run one at a time (`lockSite`): they share the site's
 * `.docusaurus` folder.
 *
 * A build made earlier in the same run (`E2E_RUN_ID`, set by
 * `globalSetup.ts`) from the same site, environment and locales is reused:
 * the files of the suite that test the same configuration build it once.
 * `tests/.output/<name>.build.json` records what it was built from (beside
 * the build, not in it: the build is compared byte for byte). With
 * `E2E_REUSE_BUILD=1` any existing build is reused, even from an earlier run.
 */
export function buildSite(name: string, env: Record<string, string> = {}, options: BuildOptions = {}): string {
  const unlock = lockSite(options.siteDir ?? ROOT);
  try {
    return buildSiteLocked(name, env, options);
  } finally {
    unlock();
  }
}

function buildSiteLocked(name: string, env: Record<string, string>, options: BuildOptions): string {
  const outDir = path.join(OUTPUT_ROOT, name);
  const record = path.join(OUTPUT_ROOT, `${name}.build.json`);
  const built = JSON.stringify({run: process.env.E2E_RUN_ID, siteDir: options.siteDir ?? ROOT, env, locales: options.locales ?? []});
  // A build without the source locale has no page at its root: its first locale's home says it was made.
  const locales = options.locales ?? [];
  const home = locales.length === 0 || locales.includes(SOURCE_LOCALE) ? 'index.html' : path.join(locales[0] ?? '', 'index.html');
  const exists = fs.existsSync(path.join(outDir, home));
  if (exists && process.env.E2E_REUSE_BUILD === '1') return outDir;
  if (exists && process.env.E2E_RUN_ID !== undefined && fs.existsSync(record) && fs.readFileSync(record, 'utf8') === built) {
    return outDir;
  }
  fs.rmSync(record, {force: true});
  fs.rmSync(outDir, {recursive: true, force: true});
  const started = process.hrtime.bigint();
  const cpuBefore = childrenCpuSeconds();
  execFileSync(
    process.execPath,
    [
      require.resolve('@docusaurus/core/bin/docusaurus.mjs'),
      'build',
      '--out-dir',
      outDir,
      ...(options.locales ?? []).flatMap((locale) => ['--locale', locale]),
    ],
    {
      cwd: options.siteDir ?? ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {...process.env, ...(options.persistentCache === true || path.resolve(options.siteDir ?? ROOT) === ROOT ? {} : COPY_BUILD_ENV), ...env},
    },
  );
  fs.writeFileSync(record, built);
  // One line per build: a slow run's log shows where its builds went.
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = childrenCpuSeconds() - cpuBefore;
  process.stderr.write(`e2e build ${name} (${options.locales?.join(', ') ?? 'every locale'}): ${seconds.toFixed(1)} s, ${cpu.toFixed(1)} CPU-s\n`);
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
