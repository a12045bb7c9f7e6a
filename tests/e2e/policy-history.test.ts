/**
 * Policy versions (issue 14) on the build of a repository made by the test
 * (fixtures/historyScenario.ts): three versions of the privacy page with
 * typo fixes between them, English translations of two, Spanish of one, the
 * third announced after the build's day. Built once, in French, English and
 * Spanish, with BUILD_DATE set.
 */
import fs from 'node:fs';
import path from 'node:path';
import {DomUtils, parseDocument} from 'htmlparser2';
import type {Element} from 'domhandler';
import {beforeAll, describe, expect, it} from 'vitest';
import type {BrowserContextOptions, Page} from 'playwright-core';

import {formatLongDates} from '../../src/plugins/policy-history/formatLongDates';
import {axeViolationsOfLocale} from './support/axe';
import {setUpBuiltSite} from './support/builtSite';
import {openHydrated, withPage as withContextPage} from './support/withPage';
import {measureFirstVisit} from './support/measureFirstVisit';
import {ROOT} from './support/site';
import {englishSentence, frenchSentence, VERSIONS, type ScenarioVersion} from './fixtures/historyScenario';
import {SCENARIO_BUILD, scenarioSite} from './fixtures/scenarioSite';

// The scenario site (fixtures/scenarioSite.ts), which leanClient tests too: one build for both.
let siteDir: string;
beforeAll(() => {
  siteDir = scenarioSite();
});

const {locales: LOCALES} = SCENARIO_BUILD;
const site = setUpBuiltSite(SCENARIO_BUILD.name, () => ({siteDir, locales: LOCALES, env: SCENARIO_BUILD.env}));

const [V1, V2, V3] = VERSIONS as [ScenarioVersion, ScenarioVersion, ScenarioVersion];
/** The site's default SITE_URL: canonical and feed links are absolute. */
const SITE_URL = 'http://localhost:3000';
const BUDGET_BYTES = 200 * 1000;

/** A UI message of a locale, as the site shows it (`i18n/<locale>/code.json`), placeholders filled. */
function message(locale: string, id: string, values: Record<string, string> = {}): string {
  const messages = JSON.parse(fs.readFileSync(path.join(ROOT, 'i18n', locale, 'code.json'), 'utf8')) as Record<string, {message: string}>;
  const text = messages[id]?.message;
  if (text === undefined) throw new Error(`${id} missing from i18n/${locale}/code.json`);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** A day as the pages write it in a locale (the build formats it the same way; English is British). */
const day = (locale: string, date: string) => formatLongDates([date], locale === 'en' ? 'en-GB' : locale)[date] ?? date;
const prefix = (locale: string) => (locale === 'fr' ? '' : `/${locale}`);

/** Runs `run` on a page of a fresh context, then closes the context. */
const withPage = <T>(options: BrowserContextOptions, run: (page: Page) => Promise<T>): Promise<T> => withContextPage(site.browser, options, run);

async function open(page: Page, pagePath: string): Promise<void> {
  await page.goto(site.origin + pagePath, {waitUntil: 'networkidle'});
}

/** The text of each `<ins>`/`<del>` of the changes, without their labels. */
function marked(page: Page, tag: 'ins' | 'del'): Promise<string[]> {
  return page.locator(`article ${tag}`).evaluateAll((els) =>
    els.map((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[class*="label"]').forEach((label) => label.remove());
      return (copy.textContent ?? '').trim();
    }),
  );
}

describe('the history page', () => {
  it('lists every version newest first: date, status, period, summary, links', async () => {
    await withPage({}, async (page) => {
      await open(page, '/privacy/history');
      const items = page.locator('li[data-version]');
      expect(await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-version')))).toEqual([V3.date, V2.date, V1.date]);
      const [third, second, first] = [items.nth(0), items.nth(1), items.nth(2)];
      expect(await third.innerText()).toContain(message('fr', 'policyHistory.status.upcoming'));
      expect(await third.innerText()).toContain(message('fr', 'policyHistory.period.upcoming', {from: day('fr', V3.date)}));
      expect(await second.innerText()).toContain(message('fr', 'policyHistory.status.current'));
      // In force until the day before the announced version.
      expect(await second.innerText()).toContain(
        message('fr', 'policyHistory.period.range', {from: day('fr', V2.date), until: day('fr', '2026-02-28')}),
      );
      expect(await second.innerText()).toContain(V2.summary);
      expect(await first.innerText()).toContain(message('fr', 'policyHistory.status.archived'));
      expect(await first.innerText()).toContain(
        message('fr', 'policyHistory.period.range', {from: day('fr', V1.date), until: day('fr', '2025-06-30')}),
      );
      expect(await first.innerText()).toContain(message('fr', 'policyHistory.version.first'));
      const hrefs = (item: typeof first) => item.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(await hrefs(second)).toEqual([
        `/privacy/history/${V2.date}`,
        `/privacy/history/${V2.date}`,
        `/privacy/history/${V2.date}/changes`,
      ]);
      expect(await hrefs(first)).toEqual([`/privacy/history/${V1.date}`, `/privacy/history/${V1.date}`]);
    });
  });

  it('is in each language, with the translated summary where there is one', async () => {
    await withPage({}, async (page) => {
      await open(page, '/en/privacy/history');
      const second = page.locator(`li[data-version="${V2.date}"]`);
      expect(await second.innerText()).toContain(
        message('en', 'policyHistory.period.range', {from: day('en', V2.date), until: day('en', '2026-02-28')}),
      );
      expect(await second.innerText()).toContain(V2.englishSummary);
      // Version 3 has no translation: its French summary, marked as French.
      expect(await page.locator(`li[data-version="${V3.date}"] p[lang="fr"]`).innerText()).toBe(V3.summary);
    });
  });

  it('is in the sitemap; the versions and their changes are not', () => {
    const paths = LOCALES.flatMap((locale) => {
      const xml = fs.readFileSync(path.join(site.outDir, locale === 'fr' ? '' : locale, 'sitemap.xml'), 'utf8');
      return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
    });
    for (const locale of LOCALES) expect(paths).toContain(`${prefix(locale)}/privacy/history`);
    expect(paths.filter((p) => /\/history\/\d{4}-/.test(p))).toEqual([]);
  });
});

describe('an archived version', () => {
  it('shows the text as it was (after its typo fix), like the page, under its banner; noindex, canonical to the page', async () => {
    await withPage({}, async (page) => {
      await open(page, `/privacy/history/${V1.date}`);
      const article = await page.locator('article').innerText();
      expect(article).toContain(frenchSentence(V1));
      expect(article).not.toContain(frenchSentence(V2));
      expect(article).not.toContain('conservés');
      const banner = page.getByRole('note', {name: message('fr', 'policyHistory.version.title', {date: day('fr', V1.date)})});
      expect(await banner.innerText()).toContain(
        message('fr', 'policyHistory.banner.archived', {from: day('fr', V1.date), until: day('fr', '2025-06-30')}),
      );
      expect(await banner.getByRole('link', {name: message('fr', 'policyHistory.currentLink')}).getAttribute('href')).toBe('/privacy');
      expect(await page.locator('head meta[name="robots"]').getAttribute('content')).toBe('noindex');
      expect(await page.locator('head link[rel="canonical"]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href')))).toEqual([
        `${SITE_URL}/privacy`,
      ]);
      // Rendered like the page: its MDX component, its heading anchors.
      expect(await page.locator('article [role="status"]').innerText()).toBe(message('fr', 'analyticsOptOut.status.off'));
      expect(await page.locator('article h2#history-test').count()).toBe(1);
      // Its links lead to today's pages: an anchor gone since stays as it is, a page gone since
      // leads home; neither stopped the build (onBrokenLinks and onBrokenAnchors: 'throw').
      const links = page.locator('article p', {hasText: 'anciennes mentions'}).locator('a');
      expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/legal-notice#ancienne-ancre', '/']);
    });
  });

  it('is the translation made from that version, or the French with the fallback notice', async () => {
    await withPage({}, async (page) => {
      await open(page, `/en/privacy/history/${V1.date}`);
      expect(await page.locator('article').innerText()).toContain(englishSentence(V1));
      expect(await page.getByRole('note', {name: message('en', 'translationProvenance.notice.machine.title')}).count()).toBe(1);
      await open(page, `/es/privacy/history/${V1.date}`);
      expect(await page.locator('article [lang="fr"]').innerText()).toContain(frenchSentence(V1));
      expect(await page.getByRole('note', {name: message('es', 'translationProvenance.notice.missing.title')}).count()).toBe(1);
    });
  });
});

describe('the changes page', () => {
  it('puts <ins>/<del> around exactly the changed words, also without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      await withPage({javaScriptEnabled}, async (page) => {
        await open(page, `/privacy/history/${V2.date}/changes`);
        expect(await marked(page, 'del')).toEqual([String(V1.months), V1.items[1], expect.stringContaining('anciennes mentions')]);
        expect(await marked(page, 'ins')).toEqual([String(V2.months), V2.items[1]]);
        // Every change carries its text label, for screen readers and print.
        const labels = await page.locator('article ins, article del').evaluateAll((els) => els.map((el) => el.textContent ?? ''));
        expect(labels.every((t) => t.startsWith(`[${message('fr', 'policyHistory.changes.inserted')}`) || t.startsWith(`[${message('fr', 'policyHistory.changes.deleted')}`))).toBe(true);
        // Structure kept: the test's heading and list.
        expect(await page.locator('article h3', {hasText: 'Historique de test'}).count()).toBe(1);
        expect(await page.locator('article ul li').filter({hasText: V1.items[0] ?? ''}).count()).toBe(1);
      });
    }
    const text = (javaScriptEnabled: boolean) =>
      withPage({javaScriptEnabled}, async (page) => {
        await open(page, `/privacy/history/${V2.date}/changes`);
        return page.locator('article').innerText();
      });
    expect(await text(false)).toBe(await text(true));
  });

  it('compares the two translations, or the French texts, marked, when one is missing', async () => {
    await withPage({}, async (page) => {
      await open(page, `/en/privacy/history/${V2.date}/changes`);
      expect(await marked(page, 'del')).toEqual([String(V1.months), 'time of the visit', expect.stringContaining('former notice')]);
      expect(await marked(page, 'ins')).toEqual([String(V2.months), 'browser language']);
      expect(await page.locator('article[lang]').count()).toBe(0);
      await open(page, `/es/privacy/history/${V2.date}/changes`);
      expect(await page.locator('article').getAttribute('lang')).toBe('fr');
      expect(await marked(page, 'del')).toEqual([String(V1.months), V1.items[1], expect.stringContaining('anciennes mentions')]);
      expect(await page.getByRole('note', {name: message('es', 'translationProvenance.notice.missing.title')}).count()).toBe(1);
    });
  });
});

describe('the upcoming version', () => {
  it('leaves the version in force on the page, with a banner to read the new one and its changes', async () => {
    for (const locale of ['fr', 'en'] as const) {
      await withPage({}, async (page) => {
        await open(page, `${prefix(locale)}/privacy`);
        const body = await page.locator('.theme-doc-markdown').innerText();
        expect(body).toContain(locale === 'fr' ? frenchSentence(V2) : englishSentence(V2));
        expect(body).not.toContain(V3.extra);
        expect(await page.locator('[data-policy-dateline]').innerText()).toContain(
          message(locale, 'policyHistory.period.current', {from: day(locale, V2.date)}),
        );
        const note = page.getByRole('note', {name: message(locale, 'policyHistory.upcoming.title')});
        expect(await note.innerText()).toContain(day(locale, V3.date));
        expect(await note.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
          `${prefix(locale)}/privacy/history/${V3.date}`,
          `${prefix(locale)}/privacy/history/${V3.date}/changes`,
        ]);
      });
    }
  });

  it('is at its own address, announced as upcoming; its changes show the added paragraph', async () => {
    await withPage({}, async (page) => {
      await open(page, `/privacy/history/${V3.date}`);
      expect(await page.locator('article').innerText()).toContain(V3.extra);
      expect(await page.locator('[data-version-status]').getAttribute('data-version-status')).toBe('upcoming');
      await open(page, `/privacy/history/${V3.date}/changes`);
      expect(await marked(page, 'ins')).toEqual([V3.extra]);
      expect(await marked(page, 'del')).toEqual([]);
    });
  });
});

describe('the feed', () => {
  it('is announced in the head of the page and of its history', async () => {
    await withPage({}, async (page) => {
      for (const pagePath of ['/privacy', '/privacy/history', '/en/privacy']) {
        await open(page, pagePath);
        const feed = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
        expect(await feed.getAttribute('href'), pagePath).toBe(`${SITE_URL}${pagePath.replace(/\/history$/, '')}/history/feed.xml`);
      }
    });
  });

  it('has one entry per version, linking to its changes', async () => {
    const xml = await (await fetch(`${site.origin}/en/privacy/history/feed.xml`)).text();
    const doc = parseDocument(xml, {xmlMode: true});
    const entries = DomUtils.getElementsByTagName('entry', doc.children);
    expect(entries).toHaveLength(3);
    const links = entries.map((e) => (DomUtils.getElementsByTagName('link', e)[0] as Element).attribs.href);
    expect(links).toEqual([
      `${SITE_URL}/en/privacy/history/${V3.date}/changes`,
      `${SITE_URL}/en/privacy/history/${V2.date}/changes`,
      `${SITE_URL}/en/privacy/history/${V1.date}`,
    ]);
  });
});

/** Every history, version and changes page of the privacy policy in the build, as paths (the legal notice's are the same components). */
function historyPages(): {locale: string; path: string}[] {
  return LOCALES.flatMap((locale) => {
    const dir = path.join(site.outDir, locale === 'fr' ? '' : locale);
    return (fs.readdirSync(dir, {recursive: true}) as string[])
      .map((f) => f.split(path.sep).join('/'))
      .filter((f) => /^privacy\/history(\/.*)?\.html$/.test(f))
      .map((f) => ({locale, path: `${prefix(locale)}/${f.replace(/\.html$/, '')}`}));
  }).sort((a, b) => a.path.localeCompare(b.path));
}

describe('accessibility and weight', () => {
  it('axe finds no WCAG 2.x A/AA violation nor best-practice issue on any history page, in the light and the dark theme', async () => {
    const pages = historyPages();
    expect(pages.length).toBe(LOCALES.length * 6);
    // Colours in both themes in two locales, every other rule in all (axeViolationsOfLocale).
    const problems: string[] = [];
    await withPage({colorScheme: 'light'}, async (page) => {
      for (const {locale, path: pagePath} of pages) {
        await openHydrated(page, site.origin + pagePath);
        problems.push(...(await axeViolationsOfLocale(page, locale)).map((v) => `${pagePath}: ${v}`));
      }
    });
    expect(problems).toEqual([]);
  }, 600_000);

  it.each([`/privacy/history`, `/privacy/history/${V1.date}`, `/en/privacy/history/${V2.date}/changes`, '/privacy'])(
    `first visit of %s stays within ${BUDGET_BYTES / 1000} KB`,
    async (pagePath) => {
      const visit = await measureFirstVisit(site.browser, site.origin + pagePath);
      console.log(`${pagePath} first visit: ${(visit.bytes / 1000).toFixed(1)} KB in ${visit.requests} requests`);
      expect(visit.foreignRequests).toEqual([]);
      expect(visit.bytes).toBeLessThanOrEqual(BUDGET_BYTES);
    },
  );
});
