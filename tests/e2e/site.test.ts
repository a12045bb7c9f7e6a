import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

import {LOCALES, SOURCE_LOCALE} from '../../src/config/locales';
import {listFiles} from '../../tools/build/mergeLocaleBuilds';
import {setUpBuiltSite} from './support/builtSite';
import {ROOT, SHARED_BUILD, sitemapPageCount, sitemapPaths} from './support/site';
import {pageVisitor} from './support/withPage';

const site = setUpBuiltSite(SHARED_BUILD.name, {env: SHARED_BUILD.env});

describe('every page of every locale', () => {
  it('is listed in the sitemaps: every page and every policy history, in every locale', () => {
    expect(sitemapPaths(site.outDir)).toHaveLength(sitemapPageCount() * LOCALES.length);
  });

  // Each one loading cleanly (language, alternates, no error, nothing from
  // elsewhere, nothing stored) is checked under nginx, with the production
  // headers: nginx.test.ts.
});

describe('what the build publishes', () => {
  it('names nowhere the folder it was built in: no path of the build machine reaches visitors', () => {
    // Docusaurus copies the site configuration into main.js and module
    // paths into its registry: an absolute path there tells every visitor
    // the CI runner's layout, and makes two checkouts build differently.
    const found = listFiles(site.outDir).filter((rel) => fs.readFileSync(path.join(site.outDir, rel)).includes(ROOT));
    expect(found, `these files name ${ROOT}`).toEqual([]);
  });
});

describe('locale dropdown', () => {
  it('takes the visitor to the same page in the chosen language', async () => {
    const page = await site.browser.newPage();
    await pageVisitor(page, site.origin)('/legal-notice');
    for (const {code, label} of LOCALES.filter((l) => l.code !== SOURCE_LOCALE)) {
      await page.goto(`${site.origin}/legal-notice`);
      await page.locator('.navbar__items--right .dropdown').first().hover();
      // Not exact: a machine-translated language's name ends with a mark.
      await page.getByRole('link', {name: label}).first().click();
      await page.waitForURL(`${site.origin}/${code}/legal-notice`);
      expect(await page.getAttribute('html', 'lang')).toBe(code);
    }
    await page.close();
  });
});

describe('404 pages', () => {
  it('answers 404 in the locale of the path, French for unknown prefixes', async () => {
    const page = await site.browser.newPage();
    for (const [path, lang] of [
      ['/nope', 'fr'],
      ['/en/nope', 'en'],
      ['/de/nope', 'de'],
      ['/xx/nope', 'fr'],
    ] as const) {
      const response = await page.goto(site.origin + path);
      expect(response?.status(), path).toBe(404);
      expect(await page.getAttribute('html', 'lang'), path).toBe(lang);
    }
    await page.close();
  });
});

describe('audience measurement, off by default', () => {
  it('loads no tracker, and the privacy page says measurement is off', async () => {
    const page = await site.browser.newPage();
    const visit = pageVisitor(page, site.origin);
    for (const {code} of LOCALES) {
      const result = await visit(code === 'fr' ? '/privacy' : `/${code}/privacy`);
      expect(await page.evaluate(() => '_paq' in window || 'Matomo' in window), code).toBe(false);
      expect(await page.getByRole('checkbox').count(), code).toBe(0);
      const codeJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'i18n', code, 'code.json'), 'utf8')) as Record<
        string,
        {message: string}
      >;
      const off = codeJson['analyticsOptOut.status.off']?.message ?? 'missing key';
      expect(await page.getByRole('status').filter({hasText: off}).count(), code).toBe(1);
      expect(result.consoleErrors, code).toEqual([]);
    }
    await page.close();
  });
});
