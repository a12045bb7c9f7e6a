import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {afterEach, describe, expect, it} from 'vitest';

import offlineSearchPlugin from '../index';

const page = (title: string, text: string) =>
  `<html><body><nav>Menu</nav><article><div class="theme-doc-markdown markdown"><header><h1>${title}</h1></header><p>${text}</p></div></article></body></html>`;

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, {recursive: true, force: true})));

async function build(siteDir: string, pages: Record<string, string>) {
  const outDir = path.join(siteDir, 'build');
  fs.rmSync(outDir, {recursive: true, force: true});
  fs.mkdirSync(outDir, {recursive: true});
  for (const [name, html] of Object.entries(pages)) fs.writeFileSync(path.join(outDir, `${name}.html`), html);
  const context = {siteDir, baseUrl: '/', i18n: {currentLocale: 'en'}} as unknown as LoadContext;
  const plugin = offlineSearchPlugin(context) as Plugin;
  await plugin.postBuild?.({outDir, routesPaths: Object.keys(pages).map((n) => `/${n}`)} as unknown as Parameters<NonNullable<Plugin["postBuild"]>>[0]);
  return JSON.parse(fs.readFileSync(path.join(outDir, 'search-index.json'), 'utf8')) as {sections: Array<{url: string; pageTitle: string}>};
}

describe('offline-search postBuild', () => {
  it('reuses the sections of unchanged pages from the last build and parses changed ones again', async () => {
    const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-cache-'));
    dirs.push(siteDir);
    const first = await build(siteDir, {a: page('Alpha', 'un'), b: page('Beta', 'deux')});
    expect(first.sections.map((s) => s.pageTitle)).toEqual(['Alpha', 'Beta']);

    // Plant a marker in the cache: a page whose content did not change must come from it.
    const cacheFile = path.join(siteDir, 'node_modules/.cache/offline-search/en.json');
    const cache = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as {sections: Record<string, Array<{pageTitle: string}>>};
    for (const sections of Object.values(cache.sections)) for (const s of sections) s.pageTitle += ' (cached)';
    fs.writeFileSync(cacheFile, JSON.stringify(cache));

    const second = await build(siteDir, {a: page('Alpha', 'un'), b: page('Beta', 'deux, modifié')});
    expect(second.sections.map((s) => s.pageTitle)).toEqual(['Alpha (cached)', 'Beta']);

    fs.writeFileSync(cacheFile, '{not json');
    const third = await build(siteDir, {a: page('Alpha', 'un')});
    expect(third.sections.map((s) => s.pageTitle)).toEqual(['Alpha']);
  });
});
