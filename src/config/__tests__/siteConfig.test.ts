import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

import {SITE_CONFIG} from '../site';
import {checkLocaleSupport} from '../checkLocaleSupport';
import {defineSiteConfig, type SiteConfigInput, textFor, validateSiteConfig} from '../siteConfig';

/** Another organisation's site, written the way an adopter would. */
const VALID = defineSiteConfig({
  organisation: 'Example Org',
  title: {en: 'Example Org', fr: 'Exemple'},
  tagline: 'Policies',
  logo: {src: 'img/logo.svg', alt: ''},
  favicon: 'img/favicon.svg',
  url: 'https://policies.example.org/',
  editUrl: 'https://git.example.org/org/site/edit/main',
  source: {code: 'en', label: 'English', dateFormat: 'en-GB'},
  targets: [
    {code: 'fr', label: 'Français'},
    {code: 'pt-BR', label: 'Português', htmlLang: 'pt-BR'},
  ],
  navbar: [{doc: 'privacy', label: {en: 'Privacy', fr: 'Confidentialité'}}],
  footer: [{title: 'Legal', items: [{label: 'Privacy', to: '/privacy'}, {label: 'Status', to: 'https://status.example.org'}]}],
  policyPages: ['privacy'],
});

const errorOf = (overrides: Record<string, unknown>): string => {
  try {
    validateSiteConfig({...VALID, ...overrides});
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('accepted');
};

describe('validateSiteConfig', () => {
  it('normalizes a valid configuration: origin, edit URL with its slash, htmlLang and dateFormat defaults', () => {
    const config = validateSiteConfig(VALID);
    expect(config.url).toBe('https://policies.example.org');
    expect(config.editUrl).toBe('https://git.example.org/org/site/edit/main/');
    expect(config.source).toEqual({code: 'en', label: 'English', htmlLang: 'en', dateFormat: 'en-GB'});
    expect(config.targets.map((t) => [t.code, t.htmlLang, t.dateFormat])).toEqual([['fr', 'fr', 'fr'], ['pt-BR', 'pt-BR', 'pt-BR']]);
  });

  it('accepts this site’s site.config.ts', () => {
    expect(SITE_CONFIG.targets.map((t) => t.code)).not.toContain(SITE_CONFIG.source.code);
  });

  it('refuses a target equal to the source, a duplicate and a malformed code, naming the field, quoting the value, saying the fix', () => {
    expect(errorOf({targets: [{code: 'en', label: 'English'}, {code: 'fr', label: 'Français'}, {code: 'fr', label: 'Français'}, {code: 'French', label: 'Français'}]}))
      .toMatchInlineSnapshot(`
        "site.config.ts is not valid:
          - targets[3].code = "French": write a locale code: a lower-case language (ISO 639), optionally a region or script, e.g. 'en', 'pt-BR', 'zh-Hans'
          - targets[0].code = "en": it is the source locale; a target is a language the pages are translated into: remove it from targets
          - targets[2].code = "fr": listed twice; keep one entry per locale"
      `);
  });

  it('refuses a bad URL, an edit URL with a query and a path in the origin', () => {
    expect(errorOf({url: 'policies.example.org'})).toContain(`url = "policies.example.org": write the site's origin, e.g. 'https://docs.example.com' (SITE_URL overrides it)`);
    expect(errorOf({url: 'https://example.org/docs/'})).toContain(`url = "https://example.org/docs/": write an origin only (no path, query or fragment): 'https://example.org', and put the path in BASE_URL`);
    expect(errorOf({editUrl: 'https://git.example.org/edit/?ref=main'})).toContain('editUrl = "https://git.example.org/edit/?ref=main": remove the query or fragment');
    expect(errorOf({editUrl: 'https://bot:s3cret@git.example.org/edit/'})).toContain('editUrl = "https://***@git.example.org/edit/": remove the user name or password');
    expect(errorOf({url: 'https://bot:s3cret@example.org'})).not.toContain('s3cret');
  });

  it('refuses texts without the source language or for a locale the site does not have', () => {
    expect(errorOf({title: {fr: 'Exemple'}})).toContain(`title = {"fr":"Exemple"}: add the source language's text, en: '…' (other locales fall back to it)`);
    expect(errorOf({tagline: {en: 'Policies', es: 'Políticas'}})).toContain('tagline.es = "Políticas": "es" is not a locale of the site (en, fr, pt-BR); remove it or add the locale to targets');
  });

  it('refuses missing fields, bad links and page ids, all at once', () => {
    const message = errorOf({organisation: '', navbar: [{doc: 'privacy.md', label: 'Privacy'}], footer: [{title: 'Legal', items: [{label: 'x', to: 'privacy'}]}], policyPages: []});
    expect(message.split('\n').slice(1)).toEqual([
      `  - organisation = "": write a non-empty text, e.g. organisation: 'Example Org'`,
      `  - navbar[0].doc = "privacy.md": write the id of a page of docs/, its path without .md, e.g. 'privacy' for docs/privacy.md`,
      `  - footer[0].items[0].to = "privacy": write a site path starting with / (e.g. '/privacy') or an https:// URL`,
      `  - policyPages = []: list the ids of the policy pages in docs/, e.g. ['privacy', 'legal-notice']`,
    ]);
    expect(() => validateSiteConfig(undefined)).toThrow(/the default export is undefined; export defineSiteConfig/);
  });
});

describe('textFor', () => {
  it('gives the locale’s text, else the source’s', () => {
    const title = (VALID as SiteConfigInput).title;
    expect([textFor(title, 'fr', 'en'), textFor(title, 'pt-BR', 'en'), textFor('Same', 'fr', 'en')]).toEqual(['Exemple', 'Example Org', 'Same']);
  });
});

describe('checkLocaleSupport', () => {
  it('says which entry each locale lacks, and where to add it; a base language serves its regions', () => {
    const config = validateSiteConfig(VALID);
    expect(
      checkLocaleSupport(config, [
        {what: 'lunr stemmer', where: 'LANGUAGES in loadLunr.ts', codes: ['en', 'pt'], needs: 'all'},
        {what: 'target thing', where: 'TARGET_THINGS in things.ts', codes: ['fr', 'pt'], needs: 'targets'},
      ]),
    ).toEqual(['site.config.ts targets[0]: locale "fr" has no lunr stemmer; add a "fr" entry to LANGUAGES in loadLunr.ts']);
  });
});

describe('this site', () => {
  it('has a page in docs/ for every navbar link and policy page', () => {
    const docs = path.resolve(__dirname, '../../../docs');
    const missing = [...SITE_CONFIG.navbar.map((l) => l.doc), ...SITE_CONFIG.policyPages].filter((id) => !['.md', '.mdx'].some((ext) => fs.existsSync(path.join(docs, id + ext))));
    expect(missing).toEqual([]);
  });

  it('has every per-language entry its locales need', async () => {
    const {LOCALE_TABLES} = await import('../../plugins/localeTables');
    expect(checkLocaleSupport(SITE_CONFIG, LOCALE_TABLES)).toEqual([]);
  });
});
