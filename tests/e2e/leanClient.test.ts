/**
 * What the lean client (src/plugins/lean-client, src/theme/CodeBlock)
 * promises a visitor, on the French pages of the scenario site
 * (fixtures/scenarioSite.ts), two of them written for these tests (one
 * with code, one without): the lazy code block, links that do not
 * prefetch, and the theme's window size hook.
 *
 * `LEAN_CLIENT_OFF=<piece>` (src/config/leanClientEnv.ts) builds
 * without a piece, in French, into its own output folder: the tests of
 * that piece must then fail.
 */
import fs from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import {beforeAll, describe, expect, it} from 'vitest';
import type {BrowserContextOptions, Page} from 'playwright-core';

import {SOURCE_LOCALE} from '../../src/config/locales';
import {LEAN_CLIENT_PAGES} from './fixtures/leanClientPages';
import {SCENARIO_BUILD, scenarioSite} from './fixtures/scenarioSite';
import {setUpBuiltSite} from './support/builtSite';
import {withPage as withContextPage} from './support/withPage';

// The scenario site (fixtures/scenarioSite.ts), which policy-history tests
// too: its build, shared; a build without a piece is this file's own, in French.
let siteDir = '';
beforeAll(() => {
  siteDir = scenarioSite();
});

const off = process.env.LEAN_CLIENT_OFF ?? '';
const site = setUpBuiltSite(off === '' ? SCENARIO_BUILD.name : `lean-client-off-${off.replace(/[^\w]+/g, '-')}`, () => ({
  siteDir,
  locales: off === '' ? SCENARIO_BUILD.locales : [SOURCE_LOCALE],
  env: SCENARIO_BUILD.env,
}));

const DESKTOP = {width: 1280, height: 800};
/** The desktop sidebar's menu (the mobile menu has the same class, in the navbar). */
const DESKTOP_SIDEBAR = '.theme-doc-sidebar-container .theme-doc-sidebar-menu';
const PHONE = {width: 390, height: 800};

/** Runs `run` on a page of a fresh context, then closes the context. */
const withPage = <T>(options: BrowserContextOptions, run: (page: Page) => Promise<T>): Promise<T> => withContextPage(site.browser, options, run);

/** Records the path of every script the page requests, from now on. */
function recordScripts(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    const {pathname} = new URL(request.url());
    if (pathname.endsWith('.js')) requested.push(pathname);
  });
  return requested;
}

/** Opens `pagePath` and waits until React has hydrated it. */
async function openHydrated(page: Page, pagePath: string): Promise<void> {
  await page.goto(site.origin + pagePath, {waitUntil: 'networkidle'});
  await expect.poll(() => page.getAttribute('html', 'data-has-hydrated')).toBe('true');
}

/** The built HTML of a French page, as the server sends it. */
const builtHtml = (pagePath: string) => fs.readFileSync(path.join(site.outDir, `${pagePath}.html`), 'utf8');

/** The scripts a page's HTML lists (the after-paint preload links, or plain scripts). */
function listedScripts(pagePath: string): string[] {
  const $ = load(builtHtml(pagePath));
  const links = $('link[rel=preload][as=script]').map((_, el) => $(el).attr('href') ?? '');
  const scripts = $('script[src]').map((_, el) => $(el).attr('src') ?? '');
  return [...links.get(), ...scripts.get()];
}

// Prism's core registers languages by extending others
// (`Prism.languages.extend("clike", ...)`); minified, the property names stay.
const PRISM_MARKER = 'languages.extend(';

/** The built scripts that contain Prism, as URL paths. */
function prismScripts(): string[] {
  const dir = path.join(site.outDir, 'assets', 'js');
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.js') && fs.readFileSync(path.join(dir, file), 'utf8').includes(PRISM_MARKER))
    .map((file) => `/assets/js/${file}`);
}

describe('lazy code block', () => {
  it('highlights the code in the server-rendered HTML, before any script runs', async () => {
    const $ = load(builtHtml(LEAN_CLIENT_PAGES.code));
    const code = $('.theme-doc-markdown pre code');
    expect(code.text()).toContain('return value * factor;');
    // Prism's tokens, as prism-react-renderer renders them.
    expect(code.find('span.token.keyword').first().text()).toBe('export');
    // And the browser without JavaScript shows them.
    await withPage({javaScriptEnabled: false}, async (page) => {
      await page.goto(site.origin + LEAN_CLIENT_PAGES.code);
      expect(await page.locator('.theme-doc-markdown pre code span.token.keyword').count()).toBeGreaterThan(0);
    });
  });

  it('downloads Prism on the page with code only', async () => {
    const prism = prismScripts();
    // One chunk holds Prism, and no page lists it in its HTML: it is fetched
    // by the code block itself.
    expect(prism).toHaveLength(1);
    expect(listedScripts(LEAN_CLIENT_PAGES.code)).not.toContain(prism[0]);

    const codeRequests = await withPage({viewport: DESKTOP}, async (page) => {
      const requested = recordScripts(page);
      await openHydrated(page, LEAN_CLIENT_PAGES.code);
      // Still highlighted once React has taken the page over.
      expect(await page.locator('.theme-doc-markdown pre code span.token.keyword').count()).toBeGreaterThan(0);
      return requested;
    });
    expect(codeRequests).toEqual(expect.arrayContaining(prism));

    const proseRequests = await withPage({viewport: DESKTOP}, async (page) => {
      const requested = recordScripts(page);
      await openHydrated(page, LEAN_CLIENT_PAGES.prose);
      return requested;
    });
    expect(proseRequests.length).toBeGreaterThan(0);
    expect(proseRequests.filter((script) => prism.includes(script))).toEqual([]);
  });
});

describe('links do not prefetch (disablePrefetch)', () => {
  it('shows links to other pages without downloading them; hovering one preloads it', async () => {
    await withPage({viewport: DESKTOP}, async (page) => {
      const requested = recordScripts(page);
      await openHydrated(page, LEAN_CLIENT_PAGES.prose);
      // The sidebar and the text show links to every page; Docusaurus
      // would prefetch each one's chunks as it scrolls into view.
      const link = page.locator(`.theme-doc-markdown a[href="${LEAN_CLIENT_PAGES.code}"]`);
      await link.waitFor();
      await page.waitForTimeout(1500);
      expect(await page.locator('link[rel=prefetch]').count()).toBe(0);
      expect([...requested].sort()).toEqual(listedScripts(LEAN_CLIENT_PAGES.prose).sort());

      // Hovering still preloads the page (Link's onMouseEnter): the route
      // chunks the code page has and this one has not, before the click.
      // (Focus does not: Link preloads on mouseenter and touchstart only.)
      const own = listedScripts(LEAN_CLIENT_PAGES.code).filter((script) => !listedScripts(LEAN_CLIENT_PAGES.prose).includes(script));
      expect(own.length).toBeGreaterThan(0);
      const before = requested.length;
      await link.hover();
      await expect.poll(() => requested.slice(before)).toEqual(expect.arrayContaining(own));
      // Prism comes with the code block, once it renders.
      await link.click();
      await page.locator('.theme-doc-markdown pre code span.token.keyword').first().waitFor();
      expect(requested).toEqual(expect.arrayContaining(prismScripts()));
    });
  });
});

describe("the theme's window size (themeWindowSize)", () => {
  /** Counts `resize` listeners added and removed on `window`, from the first script on. */
  const countResizeListeners = () => {
    const counts = {added: 0, removed: 0};
    (window as unknown as {resizeListeners: typeof counts}).resizeListeners = counts;
    const {addEventListener, removeEventListener} = window;
    window.addEventListener = function (this: Window, ...args: Parameters<Window['addEventListener']>) {
      if (args[0] === 'resize') counts.added += 1;
      addEventListener.apply(this, args);
    } as Window['addEventListener'];
    window.removeEventListener = function (this: Window, ...args: Parameters<Window['removeEventListener']>) {
      if (args[0] === 'resize') counts.removed += 1;
      removeEventListener.apply(this, args);
    } as Window['removeEventListener'];
  };
  const resizeListeners = (page: Page) => page.evaluate(() => (window as unknown as {resizeListeners: {added: number; removed: number}}).resizeListeners);

  it('switches the sidebar between desktop and mobile as the window crosses 996 px', async () => {
    await withPage({viewport: DESKTOP}, async (page) => {
      await openHydrated(page, LEAN_CLIENT_PAGES.prose);
      const desktopMenu = page.locator(DESKTOP_SIDEBAR);
      await expect.poll(() => desktopMenu.count()).toBe(1);

      // Narrow: the theme unmounts the desktop sidebar; the navbar's toggle
      // opens the mobile one, with the same pages.
      await page.setViewportSize(PHONE);
      await expect.poll(() => desktopMenu.count()).toBe(0);
      await page.locator('.navbar__toggle').click();
      const mobileLink = page.locator(`.navbar-sidebar .menu__link[href="${LEAN_CLIENT_PAGES.code}"]`);
      await mobileLink.waitFor();

      // Wide again: the open mobile menu closes, the desktop sidebar is back.
      await page.setViewportSize(DESKTOP);
      await expect.poll(() => desktopMenu.count()).toBe(1);
      await expect.poll(() => page.locator('.navbar-sidebar--show').count()).toBe(0);
    });
  });

  it('renders the switch to mobile in slices, the browser running other tasks in between (a transition)', async () => {
    // The theme's hook sets its state in the resize listener: React renders
    // that update, the navbar, the sidebar and the page around the article,
    // in one task. themeWindowSize.ts makes it a transition, which React
    // renders in slices. A CPU slowdown (12x) makes the render long enough
    // to see: pings posted from the resize event measure how long the page
    // goes without running a task of its own, until the desktop sidebar is
    // gone. Measured on this 2-core machine under load: 2 to 4 tasks, the
    // longest 24-122 ms, with the stand-in; always one task (42 to 1566 ms)
    // without it (LEAN_CLIENT_OFF=themeWindowSize). The count of tasks is
    // what tells them apart; the time bound is the visitor's view of it.
    await withPage({viewport: DESKTOP}, async (page) => {
      await openHydrated(page, LEAN_CLIENT_PAGES.prose);
      const cdp = await page.context().newCDPSession(page);
      const switches: number[][] = [];
      for (let i = 0; i < 3; i++) {
        await page.locator(DESKTOP_SIDEBAR).waitFor();
        await page.waitForTimeout(500);
        await cdp.send('Emulation.setCPUThrottlingRate', {rate: 12});
        await page.evaluate((selector) => {
          const w = window as unknown as {switchGaps: Promise<number[]>};
          w.switchGaps = new Promise((resolve) => {
            const gaps: number[] = [];
            const channel = new MessageChannel();
            let last = 0;
            channel.port1.onmessage = () => {
              const now = performance.now();
              gaps.push(now - last);
              last = now;
              if (document.querySelector(selector) && gaps.length < 10_000) channel.port2.postMessage(null);
              else resolve(gaps);
            };
            window.addEventListener(
              'resize',
              () => {
                last = performance.now();
                channel.port2.postMessage(null);
              },
              {once: true},
            );
          });
        }, DESKTOP_SIDEBAR);
        await page.setViewportSize(PHONE);
        switches.push(await page.evaluate(() => (window as unknown as {switchGaps: Promise<number[]>}).switchGaps));
        await cdp.send('Emulation.setCPUThrottlingRate', {rate: 1});
        await page.setViewportSize(DESKTOP);
      }
      const summary = switches.map((gaps) => `${gaps.length} tasks, longest ${Math.max(...gaps).toFixed(0)} ms`).join('; ');
      // In one task, the first ping finds the switch done: one gap, always.
      expect(Math.max(...switches.map((gaps) => gaps.length)), summary).toBeGreaterThan(1);
      // The best of three, as the machine's load only adds to it.
      expect(Math.min(...switches.map((gaps) => Math.max(...gaps))), summary).toBeLessThan(200);
    });
  });

  it('adds its resize listeners once: resizing within a size class re-subscribes nothing', async () => {
    await withPage({viewport: DESKTOP}, async (page) => {
      await page.addInitScript(countResizeListeners);
      await openHydrated(page, LEAN_CLIENT_PAGES.prose);
      const settled = await resizeListeners(page);
      // The sidebar, the page layout and the navbar each follow the window.
      expect(settled.added).toBeGreaterThan(0);
      for (const width of [1100, 1200, 1000, DESKTOP.width]) {
        await page.setViewportSize({width, height: DESKTOP.height});
        await page.waitForTimeout(100);
      }
      expect(await resizeListeners(page)).toEqual(settled);
    });
  });
});
