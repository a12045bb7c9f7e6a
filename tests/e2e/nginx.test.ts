import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Browser} from 'playwright-core';

import {LOCALES, SOURCE_LOCALE} from '../../src/config/locales';
import {generateHosting} from '../../tools/hosting/generateHosting';
import {launchChromium} from './support/chromium';
import {freePort, startNginx, type Nginx} from './support/nginx';
import {EDIT_URL, OUTPUT_ROOT, ROOT, buildShared, isHistoryPath, sitemapPageCount, sitemapPaths} from './support/site';
import {pageVisitor} from './support/withPage';

let browser: Browser;
let nginx: Nginx;
let outDir: string;

beforeAll(async () => {
  outDir = buildShared();
  const port = await freePort();
  const hosting = generateHosting({
    buildDir: outDir,
    outDir: path.join(OUTPUT_ROOT, 'nginx-hosting'),
    baseUrl: '/',
    locales: LOCALES.map((l) => l.code),
    analyticsOrigins: [],
    nginx: {listen: `127.0.0.1:${port}`, serverName: 'localhost', root: outDir},
  });
  nginx = await startNginx(fs.readFileSync(hosting.nginxConf, 'utf8'), port);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

async function head(urlPath: string) {
  const response = await fetch(nginx.origin + urlPath, {headers: {'accept-encoding': 'gzip'}});
  await response.arrayBuffer();
  return response;
}

describe('nginx with the generated server block', () => {
  it('sends the security headers on pages, assets and 404s', async () => {
    const page = await head('/en/privacy');
    const script = /href=(\/en\/assets\/js\/main\.[0-9a-f]+\.js)/.exec(await (await fetch(nginx.origin + '/en/privacy')).text())?.[1];
    expect(script).toBeDefined();
    const asset = await head(script ?? '');
    const missing = await head('/en/nope');
    for (const response of [page, asset, missing]) {
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/^default-src 'self'; script-src 'self' 'sha256-/);
      expect(csp).not.toContain("'unsafe-inline'");
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('permissions-policy')).toContain('camera=()');
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000');
    }
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-encoding')).toBe('gzip');
  });

  it('loads every page of every locale cleanly: in its language, with alternates, no CSP violation nor error, nothing from elsewhere, nothing stored; each editable in its French source', async () => {
    const paths = sitemapPaths(outDir);
    expect(paths).toHaveLength(sitemapPageCount() * LOCALES.length);
    const expectedHreflangs = [...LOCALES.map((l) => l.htmlLang), 'x-default'].sort();
    // One tab for every page, as a reader going from page to page: a fresh
    // context per page costs Chromium twice the CPU of a visit, and what one
    // page leaves (a cookie, a stored item) must then show on the pages after.
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as {violations: string[]}).violations = seen;
        document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`));
      });
      const visit = pageVisitor(page, nginx.origin);
      for (const {locale, path: urlPath} of paths) {
        const {status, consoleErrors, foreignRequests} = await visit(urlPath);
        const where = `${urlPath} (${locale})`;
        expect(status, where).toBe(200);
        // Hydration ran: React is alive under the policy, not just the HTML.
        await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached'});
        expect(await page.getAttribute('html', 'lang'), where).toBe(LOCALES.find((l) => l.code === locale)?.htmlLang);
        expect(await page.locator('h1').count(), where).toBe(1);
        const hreflangs = await page
          .locator('link[rel="alternate"][hreflang]')
          .evaluateAll((links) => links.map((l) => l.getAttribute('hreflang') ?? ''));
        expect(hreflangs.sort(), where).toEqual(expectedHreflangs);
        expect(await page.evaluate(() => (window as unknown as {violations: string[]}).violations), where).toEqual([]);
        expect(consoleErrors, where).toEqual([]);
        expect(foreignRequests, where).toEqual([]);
        expect(await context.cookies(), where).toEqual([]);
        expect(await page.evaluate(() => localStorage.length + sessionStorage.length), where).toBe(0);
        if (isHistoryPath(urlPath)) continue;
        const edit = await page.locator('a.theme-edit-this-page').getAttribute('href');
        expect(edit, where).toMatch(new RegExp(`^${EDIT_URL}docs/[a-z-]+\\.md$`));
        expect(fs.existsSync(path.join(ROOT, (edit ?? '').slice(EDIT_URL.length))), `${where}: ${edit}`).toBe(true);
      }
    } finally {
      await context.close();
    }
  }, 400_000);

  it('answers 404 in the locale of the path, French for an unknown one, and lists no folder', async () => {
    const page = await browser.newPage();
    const cases = [
      ...LOCALES.map((l) => [l.code === SOURCE_LOCALE ? '/nope' : `/${l.code}/nope`, l.htmlLang] as const),
      ['/xx/nope', 'fr'],
      ['/pt/privacy', 'fr'],
    ] as const;
    for (const [urlPath, lang] of cases) {
      const response = await page.goto(nginx.origin + urlPath);
      expect(response?.status(), urlPath).toBe(404);
      expect(await page.getAttribute('html', 'lang'), urlPath).toBe(lang);
    }
    for (const folder of ['/assets/', '/en/assets/js/', '/img/']) {
      const response = await head(folder);
      expect(response.status, folder).toBe(404);
    }
    await page.close();
  });
});
