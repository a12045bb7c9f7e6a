/**
 * The visitor's experience (issue 7): offline search in every language,
 * accessibility, page weight, reading without JavaScript, the language
 * suggestion and printing, on the built site in Chromium.
 */
import fs from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {BrowserContextOptions, Page} from 'playwright-core';

import {LOCALES, SOURCE_LOCALE} from '../../src/config/locales';
import {languageName, SUGGESTION_IDS} from '../../src/plugins/language-suggestion/suggestionMessages';
import {SITE_CONFIG} from '../../src/config/site';
import {axeViolations, axeViolationsInBothThemes, axeViolationsOfLocale} from './support/axe';
import {setUpBuiltSite} from './support/builtSite';
import {openHydrated, withPage as withContextPage} from './support/withPage';
import {runLighthouse} from '../../tools/bench-pages/runLighthouse';
import {measureFirstVisit} from './support/measureFirstVisit';
import {onClientEntry} from './support/onClientEntry';
import {ROOT, SHARED_BUILD, sitemapPaths} from './support/site';

/** Issue 7: the first visit of the privacy page transfers at most 200 KB. */
const BUDGET_BYTES = 200 * 1000;

const site = setUpBuiltSite(SHARED_BUILD.name, {env: SHARED_BUILD.env});

const prefix = (code: string) => (code === SOURCE_LOCALE ? '' : `/${code}`);

/** Runs `run` on a page of a fresh context, then closes the context. */
const withPage = <T>(options: BrowserContextOptions, run: (page: Page) => Promise<T>): Promise<T> => withContextPage(site.browser, options, run);

/** A UI message of a locale, as written in `i18n/<locale>/code.json`, placeholders filled. */
function message(locale: string, id: string, values: Record<string, string> = {}): string {
  const messages = JSON.parse(fs.readFileSync(path.join(ROOT, 'i18n', locale, 'code.json'), 'utf8')) as Record<string, {message: string}>;
  const text = messages[id]?.message;
  if (text === undefined) throw new Error(`${id} missing from i18n/${locale}/code.json`);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The words of a built page's Markdown content, lower-cased. */
function pageWords(code: string, page: string): Set<string> {
  const file = path.join(site.outDir, code === SOURCE_LOCALE ? '' : code, `${page}.html`);
  // A space before each tag, so that "<h1>A</h1><h2>B" gives two words.
  const text = load(fs.readFileSync(file, 'utf8').replace(/</g, ' <'))('.theme-doc-markdown').text();
  return new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
}

describe('offline search', () => {
  it.each(LOCALES.map((l) => l.code))('finds a privacy-only word in %s, without the query leaving the browser', async (code) => {
    // A long word of the privacy page that no other page of the locale has,
    // read from the build so that it follows the translations.
    const others = [...pageWords(code, 'index'), ...pageWords(code, 'legal-notice')];
    const word = [...pageWords(code, 'privacy')].find((w) => w.length >= 9 && !others.includes(w));
    expect(word, `a word only in ${code}/privacy`).toBeDefined();

    await withPage({}, async (page) => {
      const requests: string[] = [];
      page.on('request', (req) => requests.push(req.url()));
      await page.goto(`${site.origin}${prefix(code)}/legal-notice`, {waitUntil: 'networkidle'});
      const before = requests.length;
      // The box's words are the locale's code.json ones.
      const box = page.getByRole('searchbox', {name: message(code, 'search.label')});
      expect(await box.getAttribute('placeholder')).toBe(message(code, 'search.placeholder'));
      await box.fill(word ?? '');
      const hits = page.locator('[role="search"] a');
      await hits.first().waitFor();
      const hrefs = await hits.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      // "1 result|{count} results": one of the locale's plural forms, with the count.
      const forms = message(code, 'search.results', {count: String(hrefs.length)}).split('|');
      await expect.poll(() => page.locator('[role="search"] [role="status"]').innerText()).toSatisfy((status: string) => forms.includes(status));
      const privacy = new RegExp(`^${prefix(code)}/privacy(#|$)`);
      expect(hrefs.some((href) => privacy.test(href)), `"${word}" finds ${hrefs.join(', ')}`).toBe(true);
      // The engine and index come from the site, once; the word is never sent.
      const searchRequests = requests.slice(before);
      expect(searchRequests.some((u) => u.endsWith(`${prefix(code)}/search-index.json`))).toBe(true);
      expect(requests.filter((u) => !u.startsWith(site.origin) || u.toLowerCase().includes(word ?? ''))).toEqual([]);
      await hits.nth(hrefs.findIndex((href) => privacy.test(href))).click();
      await page.waitForURL(new RegExp(`${prefix(code)}/privacy`));
    });
  }, 120_000);

  it('loads no search code before the search box is used', async () => {
    await withPage({}, async (page) => {
      const requests: string[] = [];
      page.on('request', (req) => requests.push(req.url()));
      await page.goto(`${site.origin}/privacy`, {waitUntil: 'networkidle'});
      expect(requests.filter((u) => u.includes('search-index'))).toEqual([]);
      const scripts = requests.filter((u) => u.endsWith('.js')).length;
      await page.getByRole('searchbox').focus();
      await expect.poll(() => requests.filter((u) => u.endsWith('.js')).length).toBeGreaterThan(scripts);
    });
  });
});

describe('accessibility', () => {
  it('axe finds no WCAG 2.x A/AA violation nor best-practice issue on any page, in the light and the dark theme', async () => {
    // Colours in both themes in two locales, every other rule in all (axeViolationsOfLocale).
    const problems: string[] = [];
    await withPage({colorScheme: 'light'}, async (page) => {
      for (const {locale, path: pagePath} of sitemapPaths(site.outDir)) {
        await openHydrated(page, site.origin + pagePath);
        expect(await page.getAttribute('html', 'data-theme'), pagePath).toBe('light');
        problems.push(...(await axeViolationsOfLocale(page, locale)).map((v) => `${pagePath}: ${v}`));
        // Lighthouse's SEO score counts an <a> without href as an uncrawlable link.
        const bare = await page.locator('a:not([href])').evaluateAll((as) => as.map((a) => a.outerHTML.slice(0, 80)));
        problems.push(...bare.map((a) => `${pagePath}: link without href: ${a}`));
      }
      // The parts that appear on use: search results.
      await openHydrated(page, `${site.origin}/en/privacy`);
      await page.getByRole('searchbox').fill('privacy');
      await page.locator('[role="search"] a').first().waitFor();
      problems.push(...(await axeViolationsInBothThemes(page)).map((v) => `search results: ${v}`));
    });
    expect(problems).toEqual([]);
  }, 600_000);

  it('checks the dark theme for real: a contrast problem only it has is found', async () => {
    // axeViolationsInBothThemes runs only the colour rules in the second
    // theme when the DOM is unchanged: this keeps that pass honest.
    await withPage({colorScheme: 'light'}, async (page) => {
      await openHydrated(page, `${site.origin}/privacy`);
      await page.addStyleTag({content: "[data-theme='dark'] .theme-doc-markdown p { color: #2a2a2a !important; }"});
      const problems = await axeViolationsInBothThemes(page);
      expect(problems.filter((p) => p.startsWith('light theme:'))).toEqual([]);
      expect(problems.some((p) => p.startsWith('dark theme: color-contrast'))).toBe(true);
    });
  });

  it('offers a visible skip link first, and shows where the focus is', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${site.origin}/privacy`, {waitUntil: 'networkidle'});
      await page.keyboard.press('Tab');
      const skip = page.locator(':focus');
      expect(await skip.getAttribute('href')).toMatch(/^#/);
      const box = await skip.boundingBox();
      expect(box && box.width > 1 && box.height > 1 && box.y >= 0).toBe(true);
      // The theme focuses <main> and lets go, so the next Tab lands in it.
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
      // Every following stop draws an outline or a ring.
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        const indicator = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return 'body';
          const style = getComputedStyle(el);
          const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
          return visible ? 'ok' : `no focus indicator on ${el.outerHTML.slice(0, 80)}`;
        });
        expect(['ok', 'body']).toContain(indicator);
      }
    });
  });
});

describe('page weight', () => {
  it.each(LOCALES.map((l) => l.code))(`first visit of the privacy page in %s stays within ${BUDGET_BYTES / 1000} KB`, async (code) => {
    const visit = await measureFirstVisit(site.browser, `${site.origin}${prefix(code)}/privacy`);
    const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
    const detail = Object.entries(visit.bytesByType).map(([type, n]) => `${type} ${kb(n)}`).join(', ');
    console.log(`${prefix(code)}/privacy first visit: ${kb(visit.bytes)} in ${visit.requests} requests (${detail})`);
    expect(visit.foreignRequests).toEqual([]);
    expect(visit.bytes).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});

describe('script loading', () => {
  it.each(['/privacy', '/de/legal-notice'])(
    "%s preloads every script its first visit runs, the route's chunks before the main bundle, and runs them after the first paint",
    async (pagePath) => {
      await withPage({}, async (page) => {
        const requested: string[] = [];
        page.on('request', (request) => {
          if (request.resourceType() === 'script') requested.push(new URL(request.url()).pathname);
        });
        await page.addInitScript(onClientEntry('window.__clientEntryAt = performance.now();'));
        const response = await page.goto(site.origin + pagePath, {waitUntil: 'networkidle'});
        await expect.poll(() => page.getAttribute('html', 'data-has-hydrated')).toBe('true');
        const $ = load((await response?.text()) ?? '');
        expect($('script[src]').length).toBe(0);
        const listed = $('link[rel=preload][as=script][data-after-paint]').map((_, el) => $(el).attr('href') ?? '').get();
        // Without routeChunkOrigins.ts the HTML lists the runtime and main only.
        expect(listed.length, listed.join(' ')).toBeGreaterThan(4);
        expect(listed.at(-1)).toMatch(/\/main\.[^/]+\.js$/);
        expect(requested).toEqual(listed);
        const [paintedAt, entryAt] = await page.evaluate(() => [
          performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
          (window as {__clientEntryAt?: number}).__clientEntryAt,
        ]);
        expect(paintedAt).toBeGreaterThan(0);
        expect(entryAt).toBeGreaterThan(paintedAt ?? Infinity);
      });
    },
  );
});

describe('Lighthouse', () => {
  // Its accessibility, best-practices and SEO audits inspect the page, they
  // do not time it: 100 is a deterministic target, checked here; the
  // performance score is timing, left to `npm run bench:pages`.
  it.each(['/privacy', '/de/legal-notice'])('%s scores 100 in accessibility, best practices and SEO', async (pagePath) => {
    const scores = await runLighthouse(site.origin + pagePath, ['accessibility', 'best-practices', 'seo']);
    expect(scores.failedAudits).toEqual([]);
    expect([scores.accessibility, scores.bestPractices, scores.seo]).toEqual([100, 100, 100]);
  }, 120_000);
});

describe('main-thread work', () => {
  it('formats no date in the browser while hydrating, on a phone', async () => {
    // The first Intl.DateTimeFormat of a page loads ICU data: tens of ms of
    // blocking time on a phone. "Last updated" comes formatted from the
    // build (formatDateTexts.ts). (The theme's one localeCompare, in the
    // mobile sidebar, was also replaced once; npm run bench:lean-client
    // measured no blocking time saved, and it was dropped: docs-dev/site.md.)
    await withPage({viewport: {width: 412, height: 823}, isMobile: true}, async (page) => {
      await page.addInitScript(() => {
        const calls = {dateFormats: 0};
        (window as unknown as {icuCalls: typeof calls}).icuCalls = calls;
        const {DateTimeFormat} = Intl;
        const counted = function (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
          calls.dateFormats += 1;
          return new DateTimeFormat(...args);
        };
        Intl.DateTimeFormat = Object.assign(counted, DateTimeFormat) as unknown as typeof Intl.DateTimeFormat;
      });
      for (const pagePath of ['/privacy', '/de/legal-notice']) {
        const response = await page.goto(site.origin + pagePath, {waitUntil: 'networkidle'});
        await expect.poll(() => page.getAttribute('html', 'data-has-hydrated')).toBe('true');
        const built = load((await response?.text()) ?? '')('.theme-last-updated time').text();
        expect(built, pagePath).toMatch(/2\d{3}/);
        expect(await page.locator('.theme-last-updated time').innerText()).toBe(built);
        // The mobile sidebar renders too.
        await page.locator('.navbar__toggle').click();
        await page.locator('.navbar-sidebar .menu__link').first().waitFor();
        expect(await page.evaluate(() => (window as unknown as {icuCalls: object}).icuCalls), pagePath).toEqual({dateFormats: 0});
      }
    });
  });
});

describe('without JavaScript', () => {
  const pages = LOCALES.flatMap(({code}) => SITE_CONFIG.policyPages.map((name) => `${prefix(code)}/${name}`));

  // Two tabs read every page, one with JavaScript and one without, rather
  // than two fresh contexts per page: a fresh context costs Chromium about
  // twice the CPU of a visit in an open tab, and these visits only read.
  const tabs: {withJs?: Page; withoutJs?: Page; close: (() => Promise<void>)[]} = {close: []};
  beforeAll(async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await site.browser.newContext({javaScriptEnabled});
      tabs.close.push(() => context.close());
      tabs[javaScriptEnabled ? 'withJs' : 'withoutJs'] = await context.newPage();
    }
  });
  afterAll(async () => {
    for (const close of tabs.close) await close();
  });

  it.each(pages)('%s renders the whole text', async (pagePath) => {
    const {withJs, withoutJs} = tabs;
    if (withJs === undefined || withoutJs === undefined) throw new Error('the tabs of beforeAll are missing');
    await openHydrated(withJs, site.origin + pagePath);
    await withoutJs.goto(site.origin + pagePath);
    const [textWithJs, textWithoutJs] = [await withJs.locator('.theme-doc-markdown').innerText(), await withoutJs.locator('.theme-doc-markdown').innerText()];
    expect(textWithoutJs.length).toBeGreaterThan(500);
    expect(textWithoutJs).toBe(textWithJs);
  });

  it('switches language through the locale dropdown', async () => {
    await withPage({javaScriptEnabled: false}, async (page) => {
      for (const [from, label, to] of [
        ['/privacy', 'Deutsch', '/de/privacy'],
        ['/de/legal-notice', 'Italiano', '/it/legal-notice'],
        ['/it/legal-notice', 'Français', '/legal-notice'],
      ] as const) {
        await page.goto(site.origin + from);
        await page.locator('.navbar__items--right .dropdown').first().hover();
        // Machine-translated languages carry a mark after their name.
        await page.getByRole('link', {name: new RegExp(`^${label}( \\(|$)`)}).first().click();
        await page.waitForURL(site.origin + to);
        expect(await page.locator('h1').count()).toBe(1);
      }
    });
  });

  it('switches language on a phone, where the menu needs JavaScript, through the footer', async () => {
    await withPage({javaScriptEnabled: false, viewport: {width: 390, height: 844}}, async (page) => {
      await page.goto(`${site.origin}/es/privacy`);
      expect(await page.locator('.navbar__items--right .dropdown').first().isVisible()).toBe(false);
      const languages = page.getByRole('navigation', {name: 'Esta página en otro idioma'});
      expect(await languages.locator('[aria-current="page"]').innerText()).toMatch(/^Español/);
      await languages.getByRole('link', {name: /^Deutsch/}).click();
      await page.waitForURL(`${site.origin}/de/privacy`);
      await page.getByRole('navigation', {name: 'Diese Seite in einer anderen Sprache'}).getByRole('link', {name: /^Français/}).click();
      await page.waitForURL(`${site.origin}/privacy`);
    });
  });
});

describe('language suggestion', () => {
  it('offers a German reader the German page, in German, and remembers only a dismissal', async () => {
    await withPage({locale: 'de-DE'}, async (page) => {
      await page.goto(`${site.origin}/privacy`, {waitUntil: 'networkidle'});
      const suggestion = page.locator('[data-language-suggestion]');
      await expect.poll(() => suggestion.getAttribute('lang')).toBe('de');
      // In German, from i18n/de/code.json, on a French page.
      expect(await suggestion.innerText()).toContain(message('de', SUGGESTION_IDS.text, {language: languageName('de')}));
      expect(await suggestion.getByRole('link').innerText()).toBe(message('de', SUGGESTION_IDS.link, {language: languageName('de')}));
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
      expect(await axeViolations(page)).toEqual([]);

      await suggestion.getByRole('link').click();
      await page.waitForURL(`${site.origin}/de/privacy`);
      await page.waitForLoadState('networkidle');
      expect(await page.locator('[data-language-suggestion]').count()).toBe(0);

      await page.goto(`${site.origin}/legal-notice`, {waitUntil: 'networkidle'});
      await page.getByRole('button', {name: message('de', SUGGESTION_IDS.dismiss)}).click();
      expect(await page.locator('[data-language-suggestion]').count()).toBe(0);
      expect(await page.evaluate(() => ({...localStorage}))).toEqual({'language-suggestion-dismissed': '1'});
      await page.reload({waitUntil: 'networkidle'});
      expect(await page.locator('[data-language-suggestion]').count()).toBe(0);
      expect(await page.context().cookies()).toEqual([]);
    });
  });

  it('says nothing to a French reader', async () => {
    await withPage({locale: 'fr-FR'}, async (page) => {
      await page.goto(`${site.origin}/privacy`, {waitUntil: 'networkidle'});
      expect(await page.locator('[data-language-suggestion]').count()).toBe(0);
    });
  });
});

describe('print', () => {
  it('prints the article only: no navbar, sidebar, footer or buttons', async () => {
    await withPage({locale: 'de-DE'}, async (page) => {
      await page.goto(`${site.origin}/privacy`, {waitUntil: 'networkidle'});
      // What the article shows on screen, bar its navigation and buttons, must print.
      const onScreen = await visibleArticleText(page);
      await page.emulateMedia({media: 'print'});
      for (const selector of ['.navbar', '.theme-doc-sidebar-container', '.footer', 'button', '[role="search"]', '.pagination-nav']) {
        const shown = await page.locator(selector).evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);
        expect(shown, selector).toBe(0);
      }
      expect(await visibleArticleText(page)).toEqual(onScreen);
    });
  });
});

/** The visible text of each part of the article, except navigation and buttons. */
function visibleArticleText(page: Page): Promise<string[]> {
  return page.locator('article').evaluate((article) =>
    Array.from(article.querySelectorAll('*'))
      // Not the icons (an SVG element has no innerText), e.g. "Edit this page"'s pencil.
      .filter((el): el is HTMLElement => el instanceof HTMLElement)
      .filter((el) => !el.closest('nav, button, .theme-doc-toc-mobile, .hash-link, [data-language-suggestion]'))
      .filter((el) => el.offsetParent !== null && el.children.length === 0 && el.innerText.trim() !== '')
      .map((el) => el.innerText.trim()),
  );
}
