import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Page as BrowserPage} from 'playwright-core';

import {SITE_CONFIG} from '../../../src/config/site';
import {fakeDeepl} from '../../../tools/translate/testing/fakeProviders';
import {spawnCli} from '../../../tools/translate/testing/spawnCli';
import type {LoopbackRequest} from '../../../tools/translate/testing/startLoopback';
import type {JsonReport} from '../../../tools/i18n-check/report/toJsonReport';
import {setUpBuiltSite} from '../support/builtSite';
import {copySite} from '../support/copySite';

// Another organisation makes the site theirs, following the README's
// "Make it yours": its own site.config.ts (English source, French and
// German targets), its own docs/ and logo, none of this site's pages or
// translations; then the configuration is checked, i18n:check reports the
// missing translations, `npm run translate` (loopback DeepL) fills them, and
// the site builds. One copy of the repository, prepared in beforeAll.

const ORGANISATION = 'Northwind Co-op';
const TITLE = 'Northwind Policies';

const siteConfig = (source: string, targets: string, url = 'https://policies.northwind.example') => `import {defineSiteConfig} from './src/config/siteConfig';

export default defineSiteConfig({
  organisation: '${ORGANISATION}',
  title: '${TITLE}',
  tagline: {en: 'How we handle your data', fr: 'Comment nous traitons vos données', de: 'Wie wir mit Ihren Daten umgehen'},
  logo: {src: 'img/logo.svg', alt: ''},
  favicon: 'img/logo.svg',
  url: '${url}',
  source: ${source},
  targets: ${targets},
  navbar: [{doc: 'privacy', label: 'Privacy'}, {doc: 'terms', label: 'Terms'}],
  footer: [{title: 'Policies', items: [{label: 'Privacy policy', to: '/privacy'}, {label: 'Terms of use', to: '/terms'}]}],
  policyPages: ['privacy', 'terms'],
});
`;
const GOOD_CONFIG = siteConfig("{code: 'en', label: 'English'}", "[{code: 'fr', label: 'Français'}, {code: 'de', label: 'Deutsch'}]");
// A target equal to the source, and a URL without its scheme.
const BAD_CONFIG = siteConfig("{code: 'en', label: 'English'}", "[{code: 'en', label: 'English'}, {code: 'de', label: 'Deutsch'}]", 'policies.northwind.example');
// Valid, but a language the site's per-language tables do not have yet.
const UNSUPPORTED_CONFIG = siteConfig("{code: 'en', label: 'English'}", "[{code: 'fr', label: 'Français'}, {code: 'de', label: 'Deutsch'}, {code: 'pt', label: 'Português'}]");

const PAGES: Record<string, string> = {
  'index.md': `---\ntitle: ${TITLE}\nsidebar_position: 1\n---\n\nThe policies of ${ORGANISATION}: read our [privacy policy](./privacy.md) and our [terms of use](./terms.md).\n`,
  'privacy.md': `---\ntitle: Privacy policy\nsidebar_label: Privacy\nsidebar_position: 2\ndescription: How ${ORGANISATION} handles personal data.\n---\n\n## What we collect {/* #collect */}\n\nWe keep your e-mail address for 12 months. Write to privacy@northwind.example or call (555) 123-4567.\n\nThe [terms of use](./terms.md#scope) apply too.\n`,
  'terms.md': `---\ntitle: Terms of use\nsidebar_label: Terms\nsidebar_position: 3\n---\n\n## Scope {/* #scope */}\n\nThese terms apply to every visitor. Personal data is covered by the [privacy policy](./privacy.md#collect).\n`,
};
const TARGETS = ['fr', 'de'];
const KEY = 'second-site-key';
const DOCS_I18N = 'docusaurus-plugin-content-docs/current';

let siteDir: string;
const results: {
  badConfig?: {status: number | null; stderr: string};
  unsupported?: {status: number | null; stderr: string};
  matrix?: string;
  checkBefore?: {status: number | null; report: JsonReport};
  translate?: {code: number | null; stdout: string; stderr: string; requests: LoopbackRequest[]};
  checkAfter?: {status: number | null; stdout: string};
} = {};

/** A tool of the copy, as `npm run <script>` runs it: tsx from our node_modules, in the copy. */
function tool(script: string, args: string[]) {
  return spawnSync(process.execPath, [require.resolve('tsx/cli'), script, ...args], {cwd: siteDir, encoding: 'utf8', env: {...process.env, LANG: 'en_GB.UTF-8', LC_ALL: ''}});
}

beforeAll(async () => {
  siteDir = copySite('second-site');
  // Step 2 of "Make it yours": the organisation's own pages and logo, none of ours.
  fs.rmSync(path.join(siteDir, 'docs'), {recursive: true});
  fs.mkdirSync(path.join(siteDir, 'docs'));
  for (const [file, text] of Object.entries(PAGES)) fs.writeFileSync(path.join(siteDir, 'docs', file), text);
  fs.writeFileSync(path.join(siteDir, 'static/img/logo.svg'), `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" role="img" aria-label="${ORGANISATION}"><circle cx="16" cy="16" r="14" fill="#0a6"/></svg>\n`);
  // Our translations, memory and UI strings go; the English UI strings stay: they are the new source's.
  for (const dir of fs.readdirSync(path.join(siteDir, 'i18n'))) {
    if (dir !== 'en' && dir !== 'glossary.yaml') fs.rmSync(path.join(siteDir, 'i18n', dir), {recursive: true});
  }
  fs.rmSync(path.join(siteDir, 'i18n/en', DOCS_I18N), {recursive: true});
  fs.rmSync(path.join(siteDir, 'i18n/en/docusaurus-theme-classic'), {recursive: true});
  // Step 4: the glossary.
  fs.writeFileSync(path.join(siteDir, 'i18n/glossary.yaml'), `keep:\n  - ${ORGANISATION}\n`);

  // Step 1 and 3, wrong first: the configuration is checked as anything loads it.
  fs.writeFileSync(path.join(siteDir, 'site.config.ts'), BAD_CONFIG);
  const bad = tool('tools/build/cli.ts', ['matrix']);
  results.badConfig = {status: bad.status, stderr: bad.stderr};
  fs.writeFileSync(path.join(siteDir, 'site.config.ts'), UNSUPPORTED_CONFIG);
  const build = spawnSync(process.execPath, [require.resolve('@docusaurus/core/bin/docusaurus.mjs'), 'build', '--locale', 'en', '--out-dir', path.join(siteDir, 'build-unsupported')], {cwd: siteDir, encoding: 'utf8'});
  results.unsupported = {status: build.status, stderr: build.stderr};
  fs.writeFileSync(path.join(siteDir, 'site.config.ts'), GOOD_CONFIG);
  results.matrix = tool('tools/build/cli.ts', ['matrix']).stdout;

  const before = tool('tools/i18n-check/cli.ts', ['--json']);
  results.checkBefore = {status: before.status, report: JSON.parse(before.stdout) as JsonReport};

  // Step 5: a provider's secrets in the environment (here the loopback DeepL).
  const server = await fakeDeepl(KEY);
  try {
    // The copy's own command: it reads the copy's site.config.ts.
    const cli = path.join(siteDir, 'tools/translate/cli/main.ts');
    const run = await spawnCli(siteDir, ['--provider', 'deepl'], {DEEPL_AUTH_KEY: KEY, DEEPL_SERVER_URL: server.url, LANG: 'en_GB.UTF-8'}, cli).done;
    results.translate = {...run, requests: [...server.requests]};
  } finally {
    await server.close();
  }
  const after = tool('tools/i18n-check/cli.ts', []);
  results.checkAfter = {status: after.status, stdout: after.stdout};
}, 300_000);

afterAll(() => {
  if (siteDir) fs.rmSync(siteDir, {recursive: true, force: true});
});

// Registered after the preparation: built from the translated copy.
const site = setUpBuiltSite('second-site', () => ({siteDir}));

describe('a second organisation’s site, English into French and German', () => {
  it('refuses a bad site.config.ts, naming each field, quoting its value and saying the fix; and a locale without its per-language entries', () => {
    expect(results.badConfig?.status).not.toBe(0);
    expect(results.badConfig?.stderr).toContain('site.config.ts is not valid:');
    expect(results.badConfig?.stderr).toContain(`targets[0].code = "en": it is the source locale; a target is a language the pages are translated into: remove it from targets`);
    expect(results.badConfig?.stderr).toContain(`url = "policies.northwind.example": write the site's origin`);
    // A locale without its stemmer or its language-suggestion words: the build says what to add where.
    expect(results.unsupported?.status).not.toBe(0);
    expect(results.unsupported?.stderr).toContain(`site.config.ts targets[2]: locale "pt" has no lunr stemmer; add a "pt" entry to LANGUAGES in src/plugins/offline-search/loadLunr.ts`);
    expect(results.unsupported?.stderr).toContain(`i18n/pt/code.json does not exist, so locale "pt" has no language-suggestion words`);
    expect(results.unsupported?.stderr).toContain(`run "npm run translate -- --locale pt" (it translates them from i18n/en/code.json)`);
    // The split-build matrix follows the configuration.
    expect(JSON.parse(results.matrix ?? '')).toEqual(['en', ...TARGETS]);
  });

  it('i18n:check reports every page missing in French and German', () => {
    const report = results.checkBefore?.report;
    expect(results.checkBefore?.status).not.toBe(0);
    expect(report?.locales).toEqual(TARGETS);
    const statuses = report?.pages.flatMap((p) => p.locales.map((l) => `${l.locale} ${p.page} ${l.status}`)).sort();
    expect(statuses).toEqual(Object.keys(PAGES).flatMap((page) => TARGETS.map((locale) => `${locale} ${page} missing`)).sort());
    // The UI strings are compared with the English files, and named so.
    const uiFiles = report?.uiFiles ?? [];
    expect(uiFiles.length).toBeGreaterThan(0);
    expect(uiFiles.filter((u) => !u.sourceFile.startsWith('i18n/en/')).map((u) => `${u.file} <- ${u.sourceFile}`)).toEqual([]);
  });

  it('translate sends English to the provider and writes provenance; i18n:check then passes', () => {
    const run = results.translate;
    expect(run?.code, run?.stderr).toBe(0);
    const forms = (run?.requests ?? []).map((r) => new URLSearchParams(r.body));
    expect(forms.length).toBeGreaterThan(0);
    expect(new Set(forms.map((f) => f.get('source_lang')?.toUpperCase()))).toEqual(new Set(['EN']));
    expect(new Set(forms.map((f) => f.get('target_lang')?.slice(0, 2).toLowerCase()))).toEqual(new Set(TARGETS));
    for (const locale of TARGETS) {
      const translated = fs.readFileSync(path.join(siteDir, 'i18n', locale, DOCS_I18N, 'privacy.md'), 'utf8');
      expect(translated).toMatch(/translation:\n {2}status: machine\n {2}engine: deepl\n/);
      // The glossary keeps the organisation's name; the phone number is carried over as written.
      expect(translated).toContain(ORGANISATION);
      expect(translated).toContain('(555) 123-4567');
      const memory = JSON.parse(fs.readFileSync(path.join(siteDir, 'i18n/.tm', `${locale}.json`), 'utf8')) as {segments: Record<string, {source: string}>};
      expect(Object.values(memory.segments).some((e) => e.source.startsWith('We keep your e-mail address'))).toBe(true);
    }
    expect(results.checkAfter?.status, results.checkAfter?.stdout).toBe(0);
  });
});

describe('the second site, built', () => {
  /** The UI messages of a locale of the copy (`i18n/<locale>/code.json`, English the source's). */
  const message = (locale: string, id: string): string => {
    const messages = JSON.parse(fs.readFileSync(path.join(siteDir, 'i18n', locale, 'code.json'), 'utf8')) as Record<string, {message: string}>;
    const text = messages[id]?.message;
    if (text === undefined) throw new Error(`${id} missing from i18n/${locale}/code.json`);
    return text;
  };
  const open = async (urlPath: string): Promise<BrowserPage> => {
    const page = await site.browser.newPage();
    await page.goto(site.origin + urlPath, {waitUntil: 'networkidle'});
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
    return page;
  };

  it('shows the English pages as the source: lang="en", no notice, the organisation’s title and footer', async () => {
    const page = await open('/privacy');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toBe(`Privacy policy | ${TITLE}`);
    expect(await page.getByRole('note').count()).toBe(0);
    expect(await page.locator('footer').innerText()).toContain(ORGANISATION);
    expect(await page.locator('footer').innerText()).not.toContain(SITE_CONFIG.organisation);
    await page.close();
  });

  it.each(TARGETS)('shows a machine-translation notice in %s, lang set, links between the translated pages working', async (locale) => {
    const page = await open(`/${locale}/privacy`);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    const note = page.getByRole('note', {name: message(locale, 'translationProvenance.notice.machine.title')});
    expect(await note.count()).toBe(1);
    expect(await note.getByRole('link').getAttribute('hreflang')).toBe('en');
    // The notice names this site's source language, in the page's language ("en anglais", "auf Englisch").
    const english = new Intl.DisplayNames([locale], {type: 'language'}).of('en') ?? 'en';
    expect(await note.getByRole('link').innerText()).toBe(message(locale, 'translationProvenance.notice.frenchLink').replace('{source}', english));
    expect(await note.innerText()).toContain(message(locale, 'translationProvenance.notice.machine.body').replaceAll('{source}', english));
    // The link to the other page, translated too, stays in the locale.
    const terms = page.locator('article a[href*="terms"]');
    expect(await terms.first().getAttribute('href')).toBe(`/${locale}/terms#scope`);
    await page.close();
  });
});
