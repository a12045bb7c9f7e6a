import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Page as BrowserPage} from 'playwright-core';

import {SOURCE_LOCALE, TARGET_LOCALES} from '../../src/config/locales';
import {runAxe} from './support/axe';
import {setUpBuiltSite} from './support/builtSite';
import {copySite} from './support/copySite';
import {buildSite, ROOT} from './support/site';
import {startStaticServer} from './support/staticServer';
import {
  FRENCH_COMMIT_DATE,
  BUILT_TARGETS,
  SCENARIO,
  writeProvenanceScenario,
  type Page,
} from './fixtures/provenanceScenario';

// One scenario site (fixtures/provenanceScenario.ts): four French pages,
// their translations machine, stale, reviewed or missing across the target
// locales. Built once in French and BUILT_TARGETS; the "done when" test
// builds the four translated locales once more with one French sentence
// changed.
let siteDir: string;

beforeAll(() => {
  siteDir = copySite('provenance-scenario');
  writeProvenanceScenario(siteDir);
});

afterAll(() => {
  if (siteDir) fs.rmSync(siteDir, {recursive: true, force: true});
});

// Registered after the scenario's hooks: built from the copy they make.
// With Rspack's persistent cache, which the rebuild after the edit reads.
const site = setUpBuiltSite('provenance', () => ({siteDir, locales: [SOURCE_LOCALE, ...BUILT_TARGETS], persistentCache: true}));

const PAGES = Object.keys(SCENARIO) as Page[];
const CASES = PAGES.flatMap((page) =>
  BUILT_TARGETS.map((locale) => ({page, locale, status: SCENARIO[page][locale]})),
);

/** `/en/privacy`, `/privacy`, `/de/`, `/`. */
function urlPath(locale: string, page: Page): string {
  const slug = page === 'index.md' ? '' : page.replace(/\.md$/, '');
  return locale === SOURCE_LOCALE ? `/${slug}` : `/${locale}/${slug}`;
}

/** The UI messages of a locale, as the site shows them (`i18n/<locale>/code.json`). */
function message(locale: string, id: string): string {
  const file = path.join(ROOT, 'i18n', locale, 'code.json');
  const messages = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, {message: string}>;
  const text = messages[id]?.message;
  if (text === undefined) throw new Error(`${id} missing from ${file}`);
  // The notices name the source language in the page's language.
  return text.replaceAll('{source}', new Intl.DisplayNames([locale], {type: 'language'}).of(SOURCE_LOCALE) ?? SOURCE_LOCALE);
}

/** Opens a path in the tab, and returns the tab's page once the path's document has hydrated. */
type Open = (path: string) => Promise<BrowserPage>;

/**
 * Runs `run` with one tab of a fresh context, in the light or dark theme,
 * and closes it after. The paths a test opens are visited one after the
 * other in that tab: a new context costs Chromium a renderer and the
 * page's scripts compiled anew, about twice the CPU of a visit in a tab
 * already open, and these tests read pages, they leave nothing behind.
 * Console errors (hydration mismatches too) go to `options.errors`, with
 * the path.
 */
async function withTab<T>(options: {dark?: boolean; errors?: string[]}, run: (open: Open) => Promise<T>): Promise<T> {
  const context = await site.browser.newContext({colorScheme: options.dark ? 'dark' : 'light'});
  try {
    const page = await context.newPage();
    let current = '';
    page.on('console', (msg) => {
      if (msg.type() === 'error') options.errors?.push(`${current}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => options.errors?.push(`${current}: ${error.message}`));
    return await run(async (path) => {
      current = path;
      // Hydrated is what the assertions need; network-idle waited half a second more per page.
      await page.goto(site.origin + path);
      await settled(page);
      return page;
    });
  } finally {
    await context.close();
  }
}

/**
 * Waits until React has hydrated and Helmet has written the head: under
 * load, Helmet commits the head tags of the components hydrated so far
 * on each animation frame, so a tag can be briefly absent before.
 */
async function settled(page: BrowserPage): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function metaContent(page: BrowserPage, name: string): Promise<string | null> {
  const meta = page.locator(`head meta[name="${name}"]`);
  return (await meta.count()) === 0 ? null : meta.getAttribute('content');
}

// The tests that only read the build run side by side within each block
// (most of a page visit is waiting for Chromium); "done when" rebuilds, alone.
describe('the scenario', () => {
  it('has every status in the locales it is built in, which are target locales of site.config.ts', () => {
    expect(new Set(CASES.map((c) => c.status))).toEqual(new Set(['machine', 'stale', 'reviewed', 'missing']));
    for (const locale of BUILT_TARGETS) expect(TARGET_LOCALES, 'BUILT_TARGETS of fixtures/provenanceScenario.ts').toContain(locale);
  });
});

describe.concurrent('the notice above the title', () => {
  it('says, in the page language, how each page was translated; none when reviewed', async () => {
    const errors: string[] = [];
    await withTab({errors}, async (open) => {
      for (const {page: file, locale, status} of CASES) {
        const where = `${urlPath(locale, file)} (${status})`;
        const page = await open(urlPath(locale, file));
        const notes = page.getByRole('note');
        expect(await page.getAttribute('html', 'lang'), where).toBe(locale);
        expect(await metaContent(page, 'translation-status'), where).toBe(status);
        if (status === 'reviewed') {
          expect(await notes.count(), where).toBe(0);
          expect(await metaContent(page, 'translation-engine'), where).toBe('deepl');
          expect(await page.locator('[its-rev-person="Test Reviewer"] h1').count(), where).toBe(1);
        } else {
          const note = page.getByRole('note', {name: message(locale, `translationProvenance.notice.${status}.title`)});
          expect(await notes.count(), where).toBe(1);
          expect(await note.textContent(), where).toContain(message(locale, `translationProvenance.notice.${status}.body`));
          const link = note.getByRole('link', {name: message(locale, 'translationProvenance.notice.frenchLink')});
          expect(await link.getAttribute('hreflang'), where).toBe('fr');
          // Above the title.
          const above = await page.evaluate(() => {
            const [noteEl, h1] = [document.querySelector('[role="note"]'), document.querySelector('h1')];
            return !!noteEl && !!h1 && !!(noteEl.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING);
          });
          expect(above, where).toBe(true);
        }
        if (status === 'missing') {
          // The French text Docusaurus fell back to, marked as French; the notice is not.
          expect(await page.locator('[lang="fr"] h1').count(), where).toBe(1);
          expect(await page.locator('[lang="fr"] [role="note"]').count(), where).toBe(0);
          expect(await metaContent(page, 'translation-engine'), where).toBeNull();
          // The French text under a target locale's address: not indexed, the French page is canonical.
          expect(await metaContent(page, 'robots'), where).toBe('noindex');
          expect(await page.locator('link[rel="canonical"]').evaluateAll((links) => links.map((l) => l.getAttribute('href'))), where).toEqual([
            `http://localhost:3000${urlPath('fr', file)}`,
          ]);
        } else {
          expect(await metaContent(page, 'robots'), where).toBeNull();
          expect(await page.locator('[lang="fr"] h1').count(), where).toBe(0);
          expect(await page.locator('[its-tool="deepl"] h1').count(), where).toBe(1);
          expect(await metaContent(page, 'translation-source-hash'), where).toMatch(/^[0-9a-f]{16}$/);
        }
        expect(await metaContent(page, 'translation-source'), where).toBe(`http://localhost:3000${urlPath('fr', file)}`);
      }
    });
    expect(errors).toEqual([]);
  });

  it('is absent from French pages', async () => {
    await withTab({}, async (open) => {
      for (const file of PAGES) {
        const page = await open(urlPath('fr', file));
        expect(await page.getByRole('note').count(), file).toBe(0);
        expect(await metaContent(page, 'translation-status'), file).toBeNull();
      }
    });
  });

  it('links to the same page in French, by mouse and by keyboard', async () => {
    const withNotice = CASES.filter((c) => c.status !== 'reviewed');
    await withTab({}, async (open) => {
      for (const [i, {page: file, locale}] of withNotice.entries()) {
        const page = await open(urlPath(locale, file));
        const link = page.getByRole('note').getByRole('link');
        if (i % 2 === 0) {
          await link.click();
        } else {
          await link.focus();
          expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
          await page.keyboard.press('Enter');
        }
        await page.waitForURL(site.origin + urlPath('fr', file));
        expect(await page.getAttribute('html', 'lang')).toBe('fr');
        expect(await page.getByRole('note').count()).toBe(0);
      }
    });
  });

  it('is printed with the page', async () => {
    await withTab({}, async (open) => {
      for (const path of ['/en/', '/de/privacy', '/en/contact']) {
        const page = await open(path);
        await page.emulateMedia({media: 'print'});
        expect(await page.getByRole('note').isVisible(), path).toBe(true);
      }
    });
  });

  it('has WCAG AA contrast in the light and dark themes', async () => {
    for (const dark of [false, true]) {
      await withTab({dark}, async (open) => {
        for (const path of ['/en/', '/de/privacy', '/en/contact']) {
          const page = await open(path);
          expect(await page.getAttribute('html', 'data-theme')).toBe(dark ? 'dark' : 'light');
          const results = await runAxe(page, {include: '[role="note"]', tags: ['wcag2a', 'wcag2aa']});
          expect(results.violations, path).toEqual([]);
          expect(results.passed, path).toContain('color-contrast');
        }
      });
    }
  });
});

describe.concurrent('the locale dropdown', () => {
  it('marks the machine-translated languages, in the language of the page, in the menu and the footer', async () => {
    await withTab({}, async (open) => {
      for (const locale of [SOURCE_LOCALE, ...BUILT_TARGETS]) {
        const page = await open(urlPath(locale, 'privacy.md'));
        const [navbar, footer] = [page.locator('.navbar'), page.locator('.footer nav')];
        await navbar.locator('.navbar__items--right .dropdown').first().hover();
        const mark = message(locale, 'translationProvenance.localeDropdown.machine');
        for (const label of ['English', 'Español', 'Italiano', 'Deutsch']) {
          const link = navbar.getByRole('link', {name: `${label} (${mark})`, exact: true});
          // The menu opens on hover; under load it can take a moment to show.
          await link.waitFor({state: 'visible', timeout: 10_000}).catch(() => undefined);
          expect(await link.isVisible(), `${locale}: ${label}`).toBe(true);
          expect(await footer.getByRole('link', {name: `${label} (${mark})`, exact: true}).isVisible(), `${locale}: footer ${label}`).toBe(true);
        }
        expect(await navbar.getByRole('link', {name: 'Français', exact: true}).isVisible(), locale).toBe(true);
        expect(await footer.getByRole('link', {name: 'Français', exact: true}).isVisible(), locale).toBe(true);
      }
    });
  });
});

describe.concurrent('a page missing in the target locales', () => {
  it('is linked from a translated page and links back, in every locale: the links reach the pages each locale shows', async ({expect}) => {
    await withTab({}, async (open) => {
      for (const locale of BUILT_TARGETS) {
        const privacy = await open(urlPath(locale, 'privacy.md'));
        await privacy.locator(`main a[href="${urlPath(locale, 'contact.md')}"]`).first().click();
        await privacy.waitForURL(site.origin + urlPath(locale, 'contact.md'));
        // A client-side navigation: the address changes first, the page once its chunks are in.
        await expect.poll(() => privacy.locator('[lang="fr"] h1').count(), {message: locale}).toBe(1);
        await privacy.locator(`main a[href="${urlPath(locale, 'privacy.md')}"]`).first().click();
        await privacy.waitForURL(site.origin + urlPath(locale, 'privacy.md'));
      }
    });
  });

  it('is marked "not translated" in the language menu of that page only, in the language of the page', async () => {
    await withTab({}, async (open) => {
      for (const locale of [SOURCE_LOCALE, ...BUILT_TARGETS]) {
        const missing = message(locale, 'translationProvenance.localeDropdown.missing');
        const machine = message(locale, 'translationProvenance.localeDropdown.machine');
        for (const [file, mark] of [['contact.md', missing], ['privacy.md', machine]] as const) {
          const page = await open(urlPath(locale, file));
          const footer = page.locator('.footer nav');
          for (const label of ['English', 'Español', 'Italiano', 'Deutsch']) {
            expect(await footer.getByRole('link', {name: `${label} (${mark})`, exact: true}).isVisible(), `${locale} ${file}: ${label}`).toBe(true);
          }
        }
      }
    });
  });

  it('is left out of the sitemaps, which list the French page', () => {
    for (const locale of BUILT_TARGETS) {
      const sitemap = fs.readFileSync(path.join(site.outDir, locale, 'sitemap.xml'), 'utf8');
      expect(sitemap, locale).not.toContain(`${urlPath(locale, 'contact.md')}<`);
      expect(sitemap, locale).toContain(`${urlPath(locale, 'privacy.md')}<`);
    }
    expect(fs.readFileSync(path.join(site.outDir, 'sitemap.xml'), 'utf8')).toContain('/contact<');
  });
});

describe('"Last updated" of a translated page', () => {
  it("is the French source's commit date, not the translation's", async () => {
    await withTab({}, async (open) => {
      for (const {page: file, locale} of CASES) {
        const page = await open(urlPath(locale, file));
        const datetime = await page.locator('.theme-last-updated time').getAttribute('datetime');
        expect(datetime, `${locale} ${file}`).toBe(new Date(FRENCH_COMMIT_DATE).toISOString());
      }
    });
  });
});

describe('done when (issue 3)', () => {
  it('a sentence added to the French page makes its four translations stale; restoring makes them clean', async () => {
    const file = path.join(siteDir, 'docs', 'index.md');
    const original = fs.readFileSync(file, 'utf8');
    // A sentence more at the end: whatever the page says today.
    fs.writeFileSync(file, `${original.trimEnd()}\n\nUne phrase de plus.\n`);
    const changed = await startStaticServer(buildSite('provenance-changed', {}, {siteDir, locales: TARGET_LOCALES, persistentCache: true}));
    try {
      const page = await site.browser.newPage();
      for (const locale of TARGET_LOCALES) {
        await page.goto(`${changed.origin}/${locale}/`);
        await settled(page);
        expect(await page.getByRole('note').getAttribute('data-translation-status'), locale).toBe('stale');
        expect(await metaContent(page, 'translation-status'), locale).toBe('stale');
      }
      await page.close();
    } finally {
      await changed.close();
    }
    // Restored, the French text is again the one the scenario site was
    // built from, where the same pages are clean machine translations.
    fs.writeFileSync(file, original);
    await withTab({}, async (open) => {
      for (const locale of BUILT_TARGETS) {
        const page = await open(urlPath(locale, 'index.md'));
        expect(await page.getByRole('note').getAttribute('data-translation-status'), locale).toBe('machine');
      }
    });
  }, 600_000);
});
