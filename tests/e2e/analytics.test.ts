import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it, type ExpectStatic} from 'vitest';
import type {BrowserContext, Locator, Page} from 'playwright-core';

import {parse as parseYaml} from 'yaml';

import {SOURCE_LOCALE} from '../../src/config/locales';
import {SITE_CONFIG} from '../../src/config/site';
import {textFor} from '../../src/config/siteConfig';
import {OPT_OUT_KEY} from '../../src/plugins/matomo/optOutStore';
import {setUpBuiltSite} from './support/builtSite';
import {requestKey, startCollector, type Collector, type Hit} from './support/collector';
import {onClientEntry} from './support/onClientEntry';
import {OUTPUT_ROOT, ROOT, SOURCE_AND_ONE_TARGET} from './support/site';

// The eleven points of the cookieless audience counter (issue 5), checked on
// the built site against a loopback Matomo collector, in the source locale
// and one translated locale (`COUNTED_LOCALES`). With
// MATOMO_JS_PATH pointing at the real matomo.js the assertions read the hits
// it sends; without it they read the `_paq` queue and the requests made.
// `.vendor/matomo.js` is used when present; MATOMO_JS_PATH= (empty) forces
// the queue mode.
const VENDORED = path.join(ROOT, '.vendor/matomo.js');
const MATOMO_JS_PATH =
  process.env.MATOMO_JS_PATH ?? (fs.existsSync(VENDORED) ? VENDORED : undefined);
const SITE_ID = '3';
const SECRETS = ['a%40b.c', 'a@b.c', 'token', 'frag', 'spring', 'newsletter', 'secret', 'google'];
// What a hit may carry: page, title, internal referrer, site, time of day,
// cache buster, per-page-view id. matomo.js always adds `_id`, `_refts`
// and `uadata`; they must stay empty: no visitor id, no referrer
// attribution time, no client hints.
const ALLOWED_PARAMS = ['idsite', 'rec', 'r', 'h', 'm', 's', 'url', 'urlref', 'action_name', '_idn', 'send_image', 'pv_id', 'cs'];
const EMPTY_PARAMS: Record<string, string[]> = {_id: [''], _refts: ['0'], uadata: ['{}']};
const PORT_FILE = path.join(OUTPUT_ROOT, 'analytics.port');

/**
 * The locales the counter is checked in: the source, served at the root,
 * and one translated locale, under its prefix. The counter's code is the
 * same in every locale; what differs is the path and the opt-out's words,
 * and the words of every locale are `i18n:check`'s to check (all keys
 * present and translated). Two locales instead of five make this file's
 * build and visits (most of its time) 60% cheaper.
 */
const COUNTED_LOCALES = SOURCE_AND_ONE_TARGET;
/** The translated locale of `COUNTED_LOCALES`. */
const TRANSLATED = COUNTED_LOCALES.find((l) => l.code !== SOURCE_LOCALE)?.code ?? '';

let collector: Collector;

beforeAll(async () => {
  if (MATOMO_JS_PATH !== undefined && MATOMO_JS_PATH !== '' && !fs.existsSync(MATOMO_JS_PATH)) {
    throw new Error(`MATOMO_JS_PATH="${MATOMO_JS_PATH}" does not exist. Extract it (see docs-dev/site.md, Tests) or unset it.`);
  }
  collector = await startReusableCollector();
  console.info(
    collector.mode === 'real'
      ? `[analytics e2e] REAL mode: the collector serves ${MATOMO_JS_PATH}; assertions read the hits it sends.`
      : '[analytics e2e] QUEUE mode: no matomo.js (MATOMO_JS_PATH empty, or unset and no .vendor/matomo.js), the collector ' +
          'serves an empty script; assertions read the _paq queue and the requests made. See docs-dev/site.md, Tests, for the real tracker.',
  );
});

afterAll(async () => {
  await collector?.stop();
});

// Registered after the collector's hooks: the build needs its origin, and
// the site and browser close before it stops.
const site = setUpBuiltSite('analytics', () => ({
  locales: COUNTED_LOCALES.map((l) => l.code),
  env: {MATOMO_URL: `${collector.origin}/`, MATOMO_SITE_ID: SITE_ID},
}));

// The collector's port is baked into the build; E2E_REUSE_BUILD=1 reuses
// the last build only if that port can be had again.
async function startReusableCollector(): Promise<Collector> {
  const saved = fs.existsSync(PORT_FILE) ? Number(fs.readFileSync(PORT_FILE, 'utf8')) : 0;
  try {
    if (process.env.E2E_REUSE_BUILD === '1' && saved > 0) return await startCollector(saved, MATOMO_JS_PATH);
  } catch {
    // port taken: build again below
  }
  const started = await startCollector(0, MATOMO_JS_PATH);
  fs.rmSync(path.join(OUTPUT_ROOT, 'analytics'), {recursive: true, force: true});
  fs.mkdirSync(OUTPUT_ROOT, {recursive: true});
  fs.writeFileSync(PORT_FILE, String(started.port));
  return started;
}

interface View {
  url: string;
  title: string;
  referrer: string;
}

/**
 * One visitor in a fresh browser context, and what the counter sent for
 * them: the requests to the collector that their browser made, as Chromium
 * reports them, and those of the collector's requests that match (method,
 * path and query, body; a hit carries a random `r` and `pv_id`). Visitors
 * of the per-locale tests run side by side: none reads another's.
 */
class Visitor {
  /** Uncaught exceptions and `console.error` calls of the page. */
  readonly errors: string[] = [];
  /** Chromium's own "Failed to load resource" lines, kept apart: no page code can silence them. */
  readonly networkLogs: string[] = [];
  /** The requests this visitor's browser made to the collector: method, path and query, body. */
  readonly sent: {method: string; path: string; body: string}[] = [];
  private archived: View[] = [];
  private archivedInstructions: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    /** The test's own `expect`: a concurrent test's polls need it. */
    private readonly expect: ExpectStatic,
  ) {
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      if (msg.text().startsWith('Failed to load resource')) this.networkLogs.push(msg.location().url);
      else this.errors.push(msg.text());
    });
    page.on('pageerror', (error) => this.errors.push(error.message));
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== collector.origin) return;
      this.sent.push({method: request.method(), path: url.pathname + url.search, body: request.postData() ?? ''});
    });
  }

  static async open(testExpect: ExpectStatic, initScript?: string): Promise<Visitor> {
    const context = await site.browser.newContext();
    if (initScript) await context.addInitScript(initScript);
    return new Visitor(context, await context.newPage(), testExpect);
  }

  async goto(pathname: string, options: Parameters<Page['goto']>[1] = {}): Promise<void> {
    await this.archive();
    await this.page.goto(site.origin + pathname, {waitUntil: 'networkidle', ...options});
  }

  async reload(): Promise<void> {
    await this.archive();
    await this.page.reload({waitUntil: 'networkidle'});
  }

  /** Client-side navigation through a link of the page, as a visitor clicks it. */
  async follow(pathname: string): Promise<void> {
    await this.page.locator(`nav a[href="${pathname}"]`).first().click();
    await this.page.waitForURL(site.origin + pathname);
    await this.page.waitForFunction(() => document.querySelector('h1') !== null);
  }

  /** The hits the collector received from this visitor. */
  hits(): Hit[] {
    const sent = new Set(this.sent.map((r) => requestKey(r.method, r.path, r.body)));
    return collector.hits((r) => sent.has(requestKey(r.method, r.url, r.body)));
  }

  /** How many times this visitor's browser asked for `matomo.js`. */
  scriptLoads(): number {
    return this.sent.filter((r) => new URL(r.path, 'http://x').pathname === '/matomo.js').length;
  }

  /** Everything this visitor's browser sent the collector, as text: path, query and body. */
  everythingSent(): string {
    return this.sent.map((r) => `${r.path}\n${r.body}`).join('\n');
  }

  /** Page views sent: the collector's hits (real mode) or the `trackPageView`s queued (queue mode). */
  async views(): Promise<View[]> {
    if (collector.mode === 'real') {
      return this.hits().map((h) => ({url: h.url ?? '', title: h.action_name ?? '', referrer: h.urlref ?? ''}));
    }
    return [...this.archived, ...(await this.queue()).views];
  }

  /** Waits for `count` page views, then a while longer to catch any extra one. */
  async settledViews(count: number): Promise<View[]> {
    await this.expect.poll(async () => (await this.views()).length, {timeout: 10_000}).toBeGreaterThanOrEqual(count);
    await this.page.waitForTimeout(800);
    return this.views();
  }

  /** Instruction names pushed to `_paq` in this visit (queue mode; empty in real mode). */
  async instructions(): Promise<string[]> {
    return [...this.archivedInstructions, ...(await this.queue()).names];
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  private async archive(): Promise<void> {
    if (this.page.url() === 'about:blank') return;
    const {views, names} = await this.queue();
    this.archived.push(...views);
    this.archivedInstructions.push(...names);
  }

  private queue(): Promise<{views: View[]; names: string[]}> {
    return this.page.evaluate(() => {
      const queue: unknown = (window as {_paq?: unknown})._paq;
      const views: {url: string; title: string; referrer: string}[] = [];
      if (!Array.isArray(queue)) return {views, names: []};
      let url = '';
      let title = '';
      let referrer = '';
      for (const [name, arg] of queue as [string, unknown][]) {
        if (name === 'setCustomUrl') url = String(arg);
        if (name === 'setDocumentTitle') title = String(arg);
        if (name === 'setReferrerUrl') referrer = String(arg);
        if (name === 'trackPageView') views.push({url, title, referrer});
      }
      return {views, names: queue.map((item: unknown[]) => String(item[0]))};
    });
  }
}

const prefixOf = (code: string) => (code === SOURCE_LOCALE ? '' : `/${code}`);

function texts(code: string): Record<string, string> {
  const file = path.join(ROOT, 'i18n', code, 'code.json');
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, {message: string}>;
  return Object.fromEntries(Object.entries(json).map(([id, {message}]) => [id, message]));
}

/** Presses Tab until `target` has the focus: the control is reachable by keyboard. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 100; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('The opt-out checkbox cannot be reached with the Tab key.');
}

/** Event listeners that matomo.js installed on window, document and body, by type. */
async function trackerListeners(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const scripts = new Map<string, string>();
  cdp.on('Debugger.scriptParsed', (e) => scripts.set(e.scriptId, e.url));
  await cdp.send('Debugger.enable');
  const types: string[] = [];
  for (const expression of ['window', 'document', 'document.body']) {
    const {result} = await cdp.send('Runtime.evaluate', {expression});
    const {listeners} = await cdp.send('DOMDebugger.getEventListeners', {objectId: result.objectId ?? ''});
    for (const l of listeners) {
      if ((scripts.get(l.scriptId) ?? '').startsWith(collector.origin)) types.push(`${expression}:${l.type}`);
    }
  }
  await cdp.detach();
  return types.sort();
}

// The locales' visitors run side by side: most of a visit is waiting (for
// the network to settle, for a page view that must not come).
describe.concurrent.each(COUNTED_LOCALES.map((l) => ({...l, prefix: prefixOf(l.code)})))('counter in $code', ({code, prefix}) => {
  it(`${code}: sends one clean, anonymous page view per page and stores nothing (points 1-7)`, async ({expect}) => {
    const visitor = await Visitor.open(expect);
    const {page} = visitor;
    const privacy = `${site.origin}${prefix}/privacy`;
    const legal = `${site.origin}${prefix}/legal-notice`;

    // 3, 4: a landing URL full of personal data and campaign tags, from a search engine.
    await visitor.goto(`${prefix}/privacy?email=a%40b.c&token=x&mtm_campaign=spring&utm_source=newsletter#frag`, {
      referer: 'https://www.google.com/search?q=secret+name',
    });
    let views = await visitor.settledViews(1);
    expect(views).toEqual([{url: privacy, title: await page.title(), referrer: ''}]);

    // 6: an in-page anchor is not a page view.
    await page.locator('.table-of-contents a').first().click();
    await page.waitForURL(/#/);
    expect(await visitor.settledViews(1)).toHaveLength(1);

    // 6: each client-side navigation is one view, with the new page's title.
    await visitor.follow(`${prefix}/legal-notice`);
    views = await visitor.settledViews(2);
    expect(views.slice(1)).toEqual([{url: legal, title: await page.title(), referrer: privacy}]);
    expect(views[1]?.title).not.toBe(views[0]?.title);
    const listenersBefore = collector.mode === 'real' ? await trackerListeners(page) : [];
    await visitor.follow(`${prefix}/privacy`);
    await visitor.follow(`${prefix}/legal-notice`);
    views = await visitor.settledViews(4);
    expect(views.slice(2)).toEqual([
      {url: privacy, title: views[0]?.title, referrer: legal},
      {url: legal, title: views[1]?.title, referrer: privacy},
    ]);

    // 1: no cookie, no web storage.
    expect(await visitor.context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);

    // 3, 4: nothing of the query, fragment, campaign or external referrer left the browser.
    const sent = visitor.everythingSent() + JSON.stringify(await visitor.instructions());
    for (const secret of SECRETS) expect(sent, secret).not.toContain(secret);

    if (collector.mode === 'real') {
      expect(await page.evaluate(() => typeof (window as {Matomo?: unknown}).Matomo)).toBe('object');
      const hits: Hit[] = visitor.hits();
      expect(hits).toHaveLength(4);
      for (const hit of hits) {
        // 2, 4, 5: only allowed parameters (no res, uadata, plugin flags, _ref, _rcn, uid, cid...).
        expect(Object.keys(hit).filter((k) => !ALLOWED_PARAMS.includes(k) && !(k in EMPTY_PARAMS))).toEqual([]);
        for (const [name, empty] of Object.entries(EMPTY_PARAMS)) {
          if (name in hit) expect(empty, `${name}=${hit[name]}`).toContain(hit[name]);
        }
        expect(hit.idsite).toBe(SITE_ID);
      }
      // Any visitor's, so far.
      for (const r of collector.requests) expect(r.headers.cookie).toBeUndefined();
      // 7: no heartbeat, no link tracking, and nothing piling up across navigations.
      const listenersAfter = await trackerListeners(page);
      expect(listenersAfter).toEqual(listenersBefore);
      expect(listenersAfter.filter((l) => /:(click|mouseup|mousedown|contextmenu|focus|blur)$/.test(l))).toEqual([]);
    } else {
      const names = await visitor.instructions();
      expect(names).toEqual(expect.arrayContaining(['disableCookies', 'disableBrowserFeatureDetection', 'disableCampaignParameters']));
      for (const forbidden of ['enableLinkTracking', 'enableHeartBeatTimer', 'setUserId', 'setVisitorId']) {
        expect(names).not.toContain(forbidden);
      }
      expect(visitor.scriptLoads()).toBe(1);
      // Nobody's: the script served is empty.
      expect(collector.hits()).toEqual([]);
    }
    expect(visitor.errors).toEqual([]);
    await visitor.close();
  });

  it(`${code}: has an opt-out usable by keyboard and screen reader that holds after reload (point 9)`, async ({expect}) => {
    const t = texts(code);
    const visitor = await Visitor.open(expect);
    const {page} = visitor;
    await visitor.goto(`${prefix}/privacy`);
    await visitor.settledViews(1);

    // Found by its role and accessible name; its status is announced (role="status") and describes it.
    const checkbox = page.getByRole('checkbox', {name: t['analyticsOptOut.label']});
    const status = page.locator(`[id="${await checkbox.getAttribute('aria-describedby')}"]`);
    await expect.poll(() => checkbox.isEnabled()).toBe(true);
    expect(await checkbox.isChecked()).toBe(true);
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.textContent()).toBe(t['analyticsOptOut.status.counted']);

    await tabTo(page, checkbox);
    await page.keyboard.press('Space');
    expect(await checkbox.isChecked()).toBe(false);
    expect(await status.textContent()).toBe(t['analyticsOptOut.status.optedOut']);
    // Only the choice is stored, and no cookie.
    expect(await page.evaluate(() => Object.entries(localStorage))).toEqual([[OPT_OUT_KEY, '1']]);
    expect(await visitor.context.cookies()).toEqual([]);
    // Real mode: the first view was sent before the opt-out. Queue mode: it was
    // still waiting for the script, so the opt-out dropped it.
    const sentBefore = (await visitor.views()).length;
    expect(sentBefore).toBe(collector.mode === 'real' ? 1 : 0);

    // Nothing more is sent: navigating, reloading (then matomo.js is not even requested).
    await visitor.follow(`${prefix}/legal-notice`);
    await visitor.follow(`${prefix}/privacy`);
    const loadsBefore = visitor.scriptLoads();
    await visitor.reload();
    expect(await visitor.settledViews(sentBefore)).toHaveLength(sentBefore);
    expect(visitor.scriptLoads()).toBe(loadsBefore);
    expect(await page.evaluate(() => '_paq' in window)).toBe(false);
    await expect.poll(() => checkbox.isEnabled()).toBe(true);
    expect(await checkbox.isChecked()).toBe(false);

    // Opting back in sends nothing by itself (no replay), then counts the next page.
    await tabTo(page, checkbox);
    await page.keyboard.press('Space');
    expect(await checkbox.isChecked()).toBe(true);
    expect(await status.textContent()).toBe(t['analyticsOptOut.status.counted']);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await visitor.settledViews(sentBefore)).toHaveLength(sentBefore);
    await visitor.follow(`${prefix}/legal-notice`);
    const views = await visitor.settledViews(sentBefore + 1);
    expect(views.slice(sentBefore).map((v) => v.url)).toEqual([`${site.origin}${prefix}/legal-notice`]);
    expect(visitor.errors).toEqual([]);
    await visitor.close();
  });
});

// While hydrating, react-helmet-async writes the titles of the <Head>s
// rendered so far, the site's name alone before the page's own, and the
// first route update can run in between (seen in CI, about one load in
// ten). This script makes that window wide: from the moment Docusaurus's
// client entry looks up its root element to hydrate it, the document shows
// the site's name for 1.5 s and ignores other writes.
const PARTIAL_TITLE_WHILE_HYDRATING = `
  const title = Object.getOwnPropertyDescriptor(Document.prototype, 'title');
  let held = false;
  Object.defineProperty(document, 'title', {
    configurable: true,
    get() { return title.get.call(this); },
    set(value) { if (!held) title.set.call(this, value); },
  });
${onClientEntry(`
  const final = document.title;
  title.set.call(document, ${JSON.stringify(textFor(SITE_CONFIG.title, TRANSLATED, SOURCE_LOCALE))});
  held = true;
  setTimeout(() => { held = false; title.set.call(document, final); }, 1500);
`)}`;

describe('the landing page view', () => {
  it('carries the server-rendered title, whatever the title is while React hydrates', async () => {
    const visitor = await Visitor.open(expect, PARTIAL_TITLE_WHILE_HYDRATING);
    await visitor.goto(`/${TRANSLATED}/privacy`);
    const html = fs.readFileSync(path.join(site.outDir, TRANSLATED, 'privacy.html'), 'utf8');
    const rendered = /<title[^>]*>([^<]*)<\/title>/.exec(html)?.[1];
    // The page's own title, then the site's (site.config.ts).
    const translated = fs.readFileSync(path.join(ROOT, 'i18n', TRANSLATED, 'docusaurus-plugin-content-docs/current/privacy.md'), 'utf8');
    const pageTitle = (parseYaml(/^---\n([\s\S]*?)\n---/.exec(translated)?.[1] ?? '') as {title: string}).title;
    expect(rendered).toBe(`${pageTitle} | ${textFor(SITE_CONFIG.title, TRANSLATED, SOURCE_LOCALE)}`);
    const views = await visitor.settledViews(1);
    expect(views.map((v) => v.title)).toEqual([rendered]);
    await visitor.close();
  });
});

// Side by side too: none of these visitors may send anything, so the
// collector must receive nothing at all while they run.
describe.concurrent('privacy signals (point 8)', () => {
  const signals = {
    'Do Not Track': `Object.defineProperty(Navigator.prototype, 'doNotTrack', {get: () => '1'})`,
    'Global Privacy Control': `Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {get: () => true})`,
  };
  beforeAll(() => collector.clear());
  it.for(Object.entries(signals).flatMap(([name, script]) => COUNTED_LOCALES.map(({code}) => ({name, script, code}))))(
    '$name in $code: matomo.js is not loaded and nothing is sent',
    async ({script, code}, {expect}) => {
      const prefix = prefixOf(code);
      const visitor = await Visitor.open(expect, script);
      await visitor.goto(`${prefix}/privacy`);
      await visitor.follow(`${prefix}/legal-notice`);
      await visitor.follow(`${prefix}/privacy`);
      await visitor.page.waitForTimeout(500);
      expect(visitor.sent, code).toEqual([]);
      expect(collector.requests, code).toEqual([]);
      expect(await visitor.page.evaluate(() => '_paq' in window || 'Matomo' in window), code).toBe(false);
      const checkbox = visitor.page.getByRole('checkbox', {name: texts(code)['analyticsOptOut.label']});
      expect(await checkbox.isDisabled(), code).toBe(true);
      expect(await visitor.page.getByText(texts(code)['analyticsOptOut.status.refused'] ?? '?').count(), code).toBe(1);
      expect(visitor.errors, code).toEqual([]);
      await visitor.close();
    },
  );
});

describe('an unavailable collector (point 10)', () => {
  async function browseWorks(visitor: Visitor, prefix: string): Promise<void> {
    await visitor.goto(`${prefix}/privacy`);
    await visitor.follow(`${prefix}/legal-notice`);
    expect(await visitor.page.locator('h1').count()).toBe(1);
    await visitor.follow(`${prefix}/privacy`);
    await visitor.page.waitForTimeout(300);
  }

  it('down or blocked by an extension: the site works, no error from the page', async () => {
    for (const {code} of COUNTED_LOCALES) {
      const prefix = prefixOf(code);
      await collector.stop();
      const down = await Visitor.open(expect);
      try {
        await browseWorks(down, prefix);
      } finally {
        await collector.start();
      }
      expect(down.errors, `${code} down`).toEqual([]);
      // Chromium itself logs the failed script load; that line is all there is.
      expect(down.networkLogs.every((url) => url.startsWith(collector.origin)), code).toBe(true);
      await down.close();

      const blocked = await Visitor.open(expect);
      await blocked.context.route(`${collector.origin}/**`, (route) => route.abort('blockedbyclient'));
      await browseWorks(blocked, prefix);
      expect(blocked.errors, `${code} blocked`).toEqual([]);
      expect(blocked.networkLogs.every((url) => url.startsWith(collector.origin)), code).toBe(true);
      await blocked.close();
    }
  });

  it('slow: the page loads without waiting, and an opt-out drops the hits still queued', async () => {
    for (const {code} of COUNTED_LOCALES) {
      const prefix = prefixOf(code);
      // The counts below are the collector's own: this test runs alone.
      collector.clear();
      const release = collector.holdScript();
      try {
        const visitor = await Visitor.open(expect);
        const {page} = visitor;
        // The load event does not wait for the tracker (held: a page waiting for it times out here).
        await visitor.goto(`${prefix}/privacy`, {waitUntil: 'load', timeout: 15_000});
        // Loaded, while the tracker it asked for is still on its way.
        await expect.poll(() => collector.scriptLoads(), {message: code}).toBe(1);
        expect(collector.scriptsAnswered(), code).toBe(0);
        // The page view waits in _paq for the script; the visitor opts out meanwhile.
        await page.waitForFunction(() => JSON.stringify((window as {_paq?: unknown})._paq ?? []).includes('trackPageView'));
        const checkbox = page.getByRole('checkbox', {name: texts(code)['analyticsOptOut.label']});
        await checkbox.focus();
        await page.keyboard.press('Space');
        expect(await checkbox.isChecked(), code).toBe(false);
        // The tracker arrives at last.
        release();
        await expect.poll(() => collector.scriptsAnswered(), {timeout: 10_000}).toBe(1);
        await page.waitForTimeout(1000);
        expect(await visitor.views(), code).toEqual([]);
        // Opting back in does not replay what was dropped; the next page counts.
        await page.keyboard.press('Space');
        await page.waitForTimeout(800);
        expect(await visitor.views(), code).toEqual([]);
        await visitor.follow(`${prefix}/legal-notice`);
        expect((await visitor.settledViews(1)).map((v) => v.url), code).toEqual([`${site.origin}${prefix}/legal-notice`]);
        expect(visitor.errors, code).toEqual([]);
        await visitor.close();
      } finally {
        release(); // also when an assertion failed: later tests get their tracker
      }
    }
  });
});

describe('the built HTML (point 11)', () => {
  it('has no inline tracking script; the opt-out is rendered without reading the browser', () => {
    const htmlFiles = fs.readdirSync(site.outDir, {recursive: true, encoding: 'utf8'}).filter((f) => f.endsWith('.html'));
    expect(htmlFiles.length).toBeGreaterThan(0);
    for (const file of htmlFiles) {
      const html = fs.readFileSync(path.join(site.outDir, file), 'utf8');
      expect(html, file).not.toContain(collector.origin);
      for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        expect(`${attributes}${body}`, file).not.toMatch(/_paq|matomo/i);
      }
    }
    for (const {code} of COUNTED_LOCALES) {
      const html = fs.readFileSync(path.join(site.outDir, prefixOf(code), 'privacy.html'), 'utf8');
      // Server-side render: the stored choice is unknown there, so the box is disabled until hydration.
      expect(html, code).toMatch(/<input[^>]*type="?checkbox"?[^>]*\bdisabled\b/);
    }
  });
});
