import {afterAll, beforeAll} from 'vitest';
import type {Browser} from 'playwright-core';

import {launchChromium} from './chromium';
import {buildSite, type BuildOptions} from './site';
import {startStaticServer, type StaticServer} from './staticServer';

/** What to build: `buildSite`'s options and the build's extra environment. */
export interface BuiltSiteSpec extends BuildOptions {
  /** Added to the build's environment, e.g. `MATOMO_URL`. */
  env?: Record<string, string>;
}

/** A test file's built site, served, and the browser to visit it. Read in tests and later hooks only. */
export interface BuiltSite {
  readonly browser: Browser;
  /** `http://127.0.0.1:<port>`: the build served at `/`, as static hosts do (`startStaticServer`). */
  readonly origin: string;
  /** The build: `tests/.output/<name>`. */
  readonly outDir: string;
}

/**
 * Registers the `beforeAll` that launches Chromium, builds the site into
 * `tests/.output/<name>` (`buildSite`) and serves it, and the `afterAll`
 * that closes them. Chromium comes first so that a missing one fails
 * before minutes of building.
 *
 * `spec` may be a function, called in the hook, when the build depends on
 * an earlier `beforeAll` (a collector's port, a scenario copy of the site):
 * hooks run in the order they are registered, and `afterAll`s in reverse.
 */
export function setUpBuiltSite(name: string, spec: BuiltSiteSpec | (() => BuiltSiteSpec) = {}): BuiltSite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let outDir: string | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
    const {env, ...options} = typeof spec === 'function' ? spec() : spec;
    outDir = buildSite(name, env, options);
    server = await startStaticServer(outDir);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // Read at collection time (outside a test), these would be undefined:
  // say so instead of failing later on `undefined.newPage`.
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`setUpBuiltSite("${name}").${what}: read before its beforeAll has run, or it failed`);
    return value;
  };
  return {
    get browser() {
      return ready(browser, 'browser');
    },
    get origin() {
      return ready(server, 'origin').origin;
    },
    get outDir() {
      return ready(outDir, 'outDir');
    },
  };
}
