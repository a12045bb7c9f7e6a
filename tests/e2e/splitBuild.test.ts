import fs from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';

import {LOCALES, SOURCE_LOCALE} from '../../src/config/locales';
import {DEFAULT_SITE_ENV} from '../../src/config/siteEnv';
import {buildLocale} from '../../tools/build/buildLocale';
import {diffTrees} from '../../tools/build/diffTrees';
import {listFiles, mergeLocaleBuilds} from '../../tools/build/mergeLocaleBuilds';
import {EDIT_URL, OUTPUT_ROOT, ROOT, SOURCE_AND_ONE_TARGET, buildShared, lockSite} from './support/site';

const partsDir = path.join(OUTPUT_ROOT, 'split-parts');
/**
 * The locales built apart: the source, at the root, and one translated
 * locale, under its prefix. Every translated locale is built the same way
 * (its own baseUrl, its own folder), so two parts test the split and the
 * merge as five would, for 40% of the build time.
 */
const PARTS = SOURCE_AND_ONE_TARGET.map((l) => l.code);
/** The shared build's folders of the locales not built apart. */
const OTHERS = LOCALES.map((l) => l.code).filter((code) => !PARTS.includes(code));
const splitDir = path.join(OUTPUT_ROOT, 'split');
let sequentialDir: string;

beforeAll(async () => {
  // The sequential build is the suite's shared one; the parts are built
  // after it, with Rspack's persistent cache it filled (on a fresh clone,
  // it was cold): so the comparison also covers a warm cache.
  sequentialDir = buildShared();
  fs.rmSync(partsDir, {recursive: true, force: true});
  const unlock = lockSite(ROOT);
  try {
    for (const code of PARTS) {
      await buildLocale({siteDir: ROOT, locale: code, outDir: path.join(partsDir, code), env: {EDIT_URL}});
    }
  } finally {
    unlock();
  }
  mergeLocaleBuilds(
    PARTS.map((code) => path.join(partsDir, code)),
    splitDir,
  );
  // Two one-locale builds, and the shared whole-site build unless an earlier file made it.
}, 900_000);

const prefix = (code: string) => (code === SOURCE_LOCALE ? '/' : `/${code}/`);

describe('split build, one process per locale, merged', () => {
  it('is byte-identical to the sequential build, its cache warm, bar the locales not built apart', () => {
    expect(PARTS).toHaveLength(2);
    expect(listFiles(sequentialDir).length).toBeGreaterThan(20);
    // Every file of the merged parts is the shared build's, and the shared
    // build has nothing more than the other locales' folders.
    const notBuiltApart = listFiles(sequentialDir).filter((rel) => OTHERS.some((code) => rel.startsWith(`${code}/`)));
    expect(notBuiltApart.length).toBeGreaterThan(0);
    expect(diffTrees(sequentialDir, splitDir)).toEqual(notBuiltApart);
  });

  it('links every locale at its own address from each one-locale build', () => {
    for (const code of PARTS) {
      const html = fs.readFileSync(path.join(partsDir, code, prefix(code), 'privacy.html'), 'utf8');
      const alternates = Object.fromEntries(
        [...html.matchAll(/<link[^>]*rel=alternate href=(\S+) hreflang=([\w-]+)/g)].map((m) => [m[2], m[1]]),
      );
      const expected = Object.fromEntries([
        ...LOCALES.map((l) => [l.htmlLang, `${DEFAULT_SITE_ENV.url}${prefix(l.code)}privacy`]),
        ['x-default', `${DEFAULT_SITE_ENV.url}/privacy`],
      ]);
      expect(alternates, `${code} build`).toEqual(expected);
      const sitemap = fs.readFileSync(path.join(partsDir, code, prefix(code), 'sitemap.xml'), 'utf8');
      expect(sitemap, `${code} sitemap`).toContain(`<loc>${DEFAULT_SITE_ENV.url}${prefix(code)}privacy</loc>`);
    }
    const robots = fs.readFileSync(path.join(splitDir, 'robots.txt'), 'utf8');
    for (const {code} of LOCALES) expect(robots).toContain(`Sitemap: ${DEFAULT_SITE_ENV.url}${prefix(code)}sitemap.xml`);
  });
});
