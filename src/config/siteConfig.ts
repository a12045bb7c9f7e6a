/**
 * The adopter's configuration (`site.config.ts` at the repository root): what
 * makes the site one organisation's. `SiteConfigInput` is what they write,
 * `SiteConfig` what the rest of the code reads, produced by
 * {@link validateSiteConfig}, the only place the file is checked: every
 * error names the field, quotes the value and says the fix.
 *
 * Pure and free of Node imports: it is part of the browser bundle (the
 * locale list, through `src/config/locales.ts`).
 */

import {parseHttpUrl} from './parseHttpUrl';
import {redactUrlCredentials} from './redact';

/** A text shown to readers: one string in the source language, or one per locale code (the source's required). */
export type Text = string | Readonly<Record<string, string>>;

/** A language of the site, as written in `site.config.ts`. */
export interface LocaleInput {
  /** Docusaurus locale code, also the URL prefix (`/en/`): `en`, `pt-BR`, `zh-Hans`. */
  readonly code: string;
  /** The language's own name, shown in the locale menu (`Deutsch`). */
  readonly label: string;
  /** BCP 47 tag for `<html lang>` and `hreflang`; default: the code. */
  readonly htmlLang?: string;
  /** BCP 47 tag whose conventions long dates follow (`en-GB`: "29 November 2026"); default: `htmlLang`. */
  readonly dateFormat?: string;
}

/** A link of the navbar to a page of `docs/`, by its id (`privacy` for `docs/privacy.md`). */
export interface NavbarLinkInput {
  readonly doc: string;
  readonly label: Text;
}

/** A column of footer links; `to` is a site path (`/privacy`) or an http(s) URL. */
export interface FooterColumnInput {
  readonly title: Text;
  readonly items: ReadonlyArray<{readonly label: Text; readonly to: string}>;
}

/** `site.config.ts` as the adopter writes it. */
export interface SiteConfigInput {
  /** The organisation's name, as written in every language: the footer's copyright, feeds' author. */
  readonly organisation: string;
  /** The site's title (navbar, browser tab suffix). */
  readonly title: Text;
  /** One line describing the site. */
  readonly tagline: Text;
  /** The navbar logo, a path under `static/`; `alt` empty when the title beside it names the link. */
  readonly logo: {readonly src: string; readonly alt?: string; readonly width?: number; readonly height?: number};
  /** The favicon, a path under `static/`. */
  readonly favicon: string;
  /** Origin the site is served from when `SITE_URL` is not set (no path: that is `BASE_URL`). */
  readonly url?: string;
  /**
   * "Edit this page" links: the repository's edit URL of the branch, the
   * source file's path is appended (`https://github.com/org/site/edit/main/`).
   * `EDIT_URL` overrides it; neither set means no link.
   */
  readonly editUrl?: string;
  /** The language the pages are written in (`docs/`). */
  readonly source: LocaleInput;
  /** The languages produced by translation, in menu order. */
  readonly targets: readonly LocaleInput[];
  /** Links on the left of the navbar. */
  readonly navbar: readonly NavbarLinkInput[];
  /** Columns of links in the footer. */
  readonly footer: readonly FooterColumnInput[];
  /** The policy pages (doc ids): the pages the tests and the page benchmark visit in every language. */
  readonly policyPages: readonly string[];
}

/** A language of the site, normalized. */
export interface LocaleInfo {
  readonly code: string;
  readonly label: string;
  readonly htmlLang: string;
  readonly dateFormat: string;
}

/** The validated configuration. */
export interface SiteConfig extends Omit<SiteConfigInput, 'source' | 'targets' | 'url' | 'editUrl'> {
  readonly url: string;
  /** Ends with `/`; undefined: no link unless `EDIT_URL` is set. */
  readonly editUrl: string | undefined;
  readonly source: LocaleInfo;
  readonly targets: readonly LocaleInfo[];
}

/** Where the site is served when neither `url` nor `SITE_URL` says. */
export const DEFAULT_URL = 'http://localhost:3000';

/** Types `site.config.ts`: returns its argument, checked by TypeScript; values are checked by {@link validateSiteConfig}. */
export function defineSiteConfig(config: SiteConfigInput): SiteConfigInput {
  return config;
}

/** A refused configuration: every problem, one per line. */
export class SiteConfigError extends Error {
  override name = 'SiteConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`site.config.ts is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** `en`, `de`, `pt-BR`, `zh-Hans`, `sr-Latn-RS`: what Docusaurus and BCP 47 accept as a URL-safe code. */
const LOCALE_CODE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

const quote = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value));

/**
 * Checks `input` (the default export of `site.config.ts`) and returns it
 * normalized; throws a {@link SiteConfigError} listing every problem. Pure.
 */
export function validateSiteConfig(input: unknown): SiteConfig {
  const problems: string[] = [];
  const bad = (field: string, value: unknown, fix: string) => problems.push(`${field} = ${quote(value)}: ${fix}`);
  if (!isRecord(input)) throw new SiteConfigError([`the default export is ${quote(input)}; export defineSiteConfig({...}) (see README, "Make it yours")`]);
  const c = input as Partial<Record<keyof SiteConfigInput, unknown>>;

  const nonEmpty = (field: string, value: unknown, example: string) => {
    if (typeof value !== 'string' || value.trim() === '') bad(field, value, `write a non-empty text, e.g. ${field}: '${example}'`);
  };
  nonEmpty('organisation', c.organisation, 'Example Org');
  nonEmpty('favicon', c.favicon, 'img/favicon.svg');
  if (!isRecord(c.logo)) bad('logo', c.logo, "write {src: 'img/logo.svg', alt: ''}");
  else {
    nonEmpty('logo.src', c.logo.src, 'img/logo.svg');
    for (const side of ['width', 'height'] as const) {
      const v = c.logo[side];
      if (v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v <= 0)) bad(`logo.${side}`, v, 'write a whole number of pixels, e.g. 32, or leave it out');
    }
  }

  const source = readLocale('source', c.source, bad);
  const targets: LocaleInfo[] = [];
  if (!Array.isArray(c.targets)) bad('targets', c.targets, "write a list of locales, e.g. [{code: 'en', label: 'English'}] ([] for a single-language site)");
  else c.targets.forEach((t, i) => {
    const locale = readLocale(`targets[${i}]`, t, bad);
    if (locale) targets.push(locale);
  });
  if (source && targets.some((t) => t.code === source.code)) {
    bad(`targets[${targets.findIndex((t) => t.code === source.code)}].code`, source.code, `it is the source locale; a target is a language the pages are translated into: remove it from targets`);
  }
  const seen = new Set<string>();
  targets.forEach((t, i) => {
    if (seen.has(t.code)) bad(`targets[${i}].code`, t.code, 'listed twice; keep one entry per locale');
    seen.add(t.code);
  });
  const codes = [source?.code, ...targets.map((t) => t.code)].filter((x): x is string => x !== undefined);

  const text = (field: string, value: unknown) => {
    if (typeof value === 'string') {
      if (value.trim() === '') bad(field, value, 'write a non-empty text');
      return;
    }
    if (!isRecord(value)) return bad(field, value, `write a text in the source language, or one per locale, e.g. {${codes.map((l) => `${l}: '…'`).join(', ')}}`);
    for (const [locale, v] of Object.entries(value)) {
      if (!codes.includes(locale)) bad(`${field}.${locale}`, v, `"${locale}" is not a locale of the site (${codes.join(', ')}); remove it or add the locale to targets`);
      else if (typeof v !== 'string' || v.trim() === '') bad(`${field}.${locale}`, v, 'write a non-empty text');
    }
    if (source && !(source.code in value)) bad(field, value, `add the source language's text, ${source.code}: '…' (other locales fall back to it)`);
  };
  text('title', c.title);
  text('tagline', c.tagline);

  const url = c.url === undefined ? DEFAULT_URL : readOrigin(c.url, bad);
  const editUrl = c.editUrl === undefined || c.editUrl === '' ? undefined : readEditBase(c.editUrl, bad);

  if (!Array.isArray(c.navbar)) bad('navbar', c.navbar, "write a list of links, e.g. [{doc: 'privacy', label: 'Privacy'}]");
  else c.navbar.forEach((link: unknown, i) => {
    if (!isRecord(link)) return bad(`navbar[${i}]`, link, "write {doc: 'privacy', label: 'Privacy'}");
    docId(`navbar[${i}].doc`, link.doc, bad);
    text(`navbar[${i}].label`, link.label);
  });
  if (!Array.isArray(c.footer)) bad('footer', c.footer, "write a list of columns, e.g. [{title: 'Information', items: [{label: 'Privacy', to: '/privacy'}]}] ([] for none)");
  else c.footer.forEach((column: unknown, i) => {
    if (!isRecord(column)) return bad(`footer[${i}]`, column, "write {title: '…', items: [{label: '…', to: '/privacy'}]}");
    text(`footer[${i}].title`, column.title);
    if (!Array.isArray(column.items)) return bad(`footer[${i}].items`, column.items, "write a list of links, e.g. [{label: 'Privacy', to: '/privacy'}]");
    column.items.forEach((item: unknown, j) => {
      const field = `footer[${i}].items[${j}]`;
      if (!isRecord(item)) return bad(field, item, "write {label: '…', to: '/privacy'}");
      text(`${field}.label`, item.label);
      const to = item.to;
      if (typeof to !== 'string' || !(/^\/(?!\/)/.test(to) || parseHttpUrl(to).kind === 'ok')) {
        bad(`${field}.to`, to, "write a site path starting with / (e.g. '/privacy') or an https:// URL");
      }
    });
  });
  if (!Array.isArray(c.policyPages) || c.policyPages.length === 0) bad('policyPages', c.policyPages, "list the ids of the policy pages in docs/, e.g. ['privacy', 'legal-notice']");
  else c.policyPages.forEach((id: unknown, i) => docId(`policyPages[${i}]`, id, bad));

  if (problems.length > 0 || !source) throw new SiteConfigError(problems);
  const config = input as unknown as SiteConfigInput;
  return {...config, url, editUrl, source, targets};
}

/** `text` in `locale`, else in the source language. */
export function textFor(text: Text, locale: string, sourceLocale: string): string {
  if (typeof text === 'string') return text;
  return text[locale] ?? text[sourceLocale] ?? '';
}

type Bad = (field: string, value: unknown, fix: string) => void;

function readLocale(field: string, value: unknown, bad: Bad): LocaleInfo | undefined {
  if (!isRecord(value)) {
    bad(field, value, "write {code: 'en', label: 'English'}");
    return undefined;
  }
  const {code, label, htmlLang, dateFormat} = value;
  let ok = true;
  if (typeof code !== 'string' || !LOCALE_CODE.test(code)) {
    bad(`${field}.code`, code, "write a locale code: a lower-case language (ISO 639), optionally a region or script, e.g. 'en', 'pt-BR', 'zh-Hans'");
    ok = false;
  }
  if (typeof label !== 'string' || label.trim() === '') {
    bad(`${field}.label`, label, "write the language's own name, e.g. 'Deutsch'");
    ok = false;
  }
  for (const [name, tag] of [['htmlLang', htmlLang], ['dateFormat', dateFormat]] as const) {
    if (tag !== undefined && (typeof tag !== 'string' || !isLanguageTag(tag))) {
      bad(`${field}.${name}`, tag, "write a BCP 47 language tag, e.g. 'en' or 'en-GB', or leave it out");
      ok = false;
    }
  }
  if (!ok) return undefined;
  const lang = (htmlLang as string | undefined) ?? (code as string);
  return {code: code as string, label: label as string, htmlLang: lang, dateFormat: (dateFormat as string | undefined) ?? lang};
}

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

function docId(field: string, value: unknown, bad: Bad): void {
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*$/.test(value)) {
    bad(field, value, "write the id of a page of docs/, its path without .md, e.g. 'privacy' for docs/privacy.md");
  }
}

function readOrigin(value: unknown, bad: Bad): string {
  const parsed = typeof value === 'string' ? parseHttpUrl(value) : ({kind: 'not-a-url'} as const);
  if (parsed.kind === 'not-a-url') bad('url', value, "write the site's origin, e.g. 'https://docs.example.com' (SITE_URL overrides it)");
  else if (parsed.kind === 'not-http') bad('url', value, 'start it with https:// or http://');
  // Quoted without its user name and password: build logs are often public.
  else if (parsed.kind === 'credentials') bad('url', redactUrlCredentials(String(value)), `remove the user name and password: '${parsed.url.protocol}//${parsed.url.host}'`);
  else if (parsed.kind === 'query-or-fragment' || parsed.url.pathname !== '/') {
    bad('url', value, `write an origin only (no path, query or fragment): '${parsed.url.origin}', and put the path in BASE_URL`);
  } else return parsed.url.origin;
  return DEFAULT_URL;
}

function readEditBase(value: unknown, bad: Bad): string | undefined {
  const parsed = typeof value === 'string' ? parseHttpUrl(value) : ({kind: 'not-a-url'} as const);
  const example = "e.g. 'https://github.com/org/site/edit/main/' (or leave it out: no \"Edit this page\" link)";
  if (parsed.kind === 'ok') return parsed.url.href.endsWith('/') ? parsed.url.href : `${parsed.url.href}/`;
  if (parsed.kind === 'not-a-url') bad('editUrl', value, `write the repository's edit URL of the branch, ${example}`);
  else if (parsed.kind === 'not-http') bad('editUrl', value, `start it with https:// or http://, ${example}`);
  else if (parsed.kind === 'credentials') bad('editUrl', redactUrlCredentials(String(value)), 'remove the user name or password: every "Edit this page" link would publish it');
  else bad('editUrl', value, `remove the query or fragment: the file's path is appended to it, ${example}`);
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
