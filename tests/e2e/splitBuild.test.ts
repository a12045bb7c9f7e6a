import fs from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';

import {LOCALES, SOURCE_LOCALE} from '../../src/config/locales';
import {DEFAULT_SITE_ENV} from '../../src/config/siteEnv';
import {buildLocale} from '../../tools/build/buildLocale';
import {diffTrees} from '../../tools/build/diffTrees';
import {listFiles, mergeLocaleBuilds} from '../../tools/build/mergeLocaleBuilds';
import {EDIT_URL, OUTPUT_ROOT, ROOT, buildShared, lockSite} from './support/site';

const partsDir = path.join(OUTPUT_ROOT, 'split-parts');
const splitDir = path.join(OUTPUT_ROOT, 'split');
let sequentialDir: string;

beforeAll(async () => {
  // The sequential build is the suite's shared one (cold: without Rspack's
  // persistent cache); the parts are built with the cache, warm from the
  // builds before: so the comparison also covers "cold or warm cache".
  sequentialDir = buildShared();
  fs.rmSync(partsDir, {recursive: true, force: true});
  const unlock = lockSite(ROOT);
  try {
    for (const {code} of LOCALES) {
      await buildLocale({siteDir: ROOT, locale: code, outDir: path.join(partsDir, code), env: {EDIT_URL}});
    }
  } finally {
    unlock();
  }
  mergeLocaleBuilds(
    LOCALES.map((l) => path.join(partsDir, l.code)),
    splitDir,
  );
  // Five one-locale builds, and the shared whole-site build unless an earlier file made it.
}, 900_000);

const prefix = (code: string) => (code === SOURCE_LOCALE ? '/' : `/${code}/`);

describe('split build, one process per locale, merged', () => {
  it('is byte-identical to the sequential build, cold cache or warm', () => {
    expect(listFiles(sequentialDir).length).toBeGreaterThan(20);
    expect(diffTrees(sequentialDir, splitDir)).toEqual([]);
  });

  it('links every locale at its own address from each one-locale build', () => {
    for (const {code} of LOCALES) {
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
