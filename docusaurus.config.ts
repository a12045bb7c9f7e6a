import type {Config} from '@docusaurus/types';
import type {Options as DocsOptions} from '@docusaurus/plugin-content-docs';
import type {Options as SitemapOptions} from '@docusaurus/plugin-sitemap';
import type {Options as ThemeOptions} from '@docusaurus/theme-classic';
import type {UserThemeConfig} from '@docusaurus/theme-common';
import {themes as prismThemes} from 'prism-react-renderer';
import path from 'node:path';
import remarkMath from 'remark-math';

import {checkLocaleSupport} from './src/config/checkLocaleSupport';
import {LOCALES, SOURCE_LOCALE, TARGET_LOCALES} from './src/config/locales';
import {LOCALE_TABLES} from './src/plugins/localeTables';
import {SITE_CONFIG} from './src/config/site';
import {textFor} from './src/config/siteConfig';
import {createRedactor, redactError} from './src/config/redact';
import {readSiteEnv} from './src/config/siteEnv';
import {isInsideGitWorktree} from './src/config/git';
import {readEditUrl, sourceEditUrl} from './src/config/editUrl';
import {readMatomoEnv} from './src/config/matomoEnv';
import {readLeanClientOff} from './src/config/leanClientEnv';
import {ssrTemplate} from './src/plugins/lean-client/ssrTemplate';
import {readSuggestionMessages} from './src/plugins/language-suggestion/readSuggestionMessages-fs';
import {readBuildDate} from './src/plugins/policy-history/buildDate';
import {inForceMarkdown} from './src/plugins/policy-history/inForceMarkdown';
import remarkFallbackLinks from './src/plugins/translation-provenance/remarkFallbackLinks';

// A bad value stops the build with a message naming the variable, which
// never shows a secret (URL credentials, *_KEY, *_TOKEN, *_SECRET values):
// build logs are often public.
const redact = createRedactor(process.env);
function fromEnv<T>(read: (env: NodeJS.ProcessEnv) => T): T {
  try {
    return read(process.env);
  } catch (error) {
    throw redactError(error, redact);
  }
}
const {url, baseUrl} = fromEnv((env) => readSiteEnv(env, {url: SITE_CONFIG.url, baseUrl: '/'}));
const editUrl = fromEnv((env) => readEditUrl(env, SITE_CONFIG.editUrl));

// What must exist per language exists for every locale of site.config.ts:
// the search's stemmer, and the language suggestion's words, which a page
// shows in the language it suggests (read from each target's code.json).
const suggestion = readSuggestionMessages(__dirname, SOURCE_LOCALE, TARGET_LOCALES);
const unsupported = [...checkLocaleSupport(SITE_CONFIG, LOCALE_TABLES), ...suggestion.problems];
if (unsupported.length > 0) throw new Error(unsupported.join('\n'));
const matomo = fromEnv(readMatomoEnv);
// Every lean-client piece is on unless LEAN_CLIENT_OFF names it (for
// `npm run bench:lean-client`; see src/config/leanClientEnv.ts).
const leanClientOff = [...fromEnv(readLeanClientOff)];

// Docusaurus asks git for each page's last commit date. Outside a git
// worktree (a downloaded archive) that is a hard error with `faster`, so
// the dates are simply not shown there.
const hasGit = isInsideGitWorktree(__dirname);

// Same syntax as the translation tooling (src/shared/markdown.ts), for the
// pages and for their archived versions (src/plugins/policy-history).
const REMARK_PLUGINS = [remarkMath];

// While a newer version of a policy page is announced, the page shows the
// version in force (src/plugins/policy-history/inForceMarkdown.ts).
const inForce = inForceMarkdown({
  siteDir: __dirname,
  docsPath: 'docs',
  translationsPaths: TARGET_LOCALES.map((code) => `i18n/${code}/docusaurus-plugin-content-docs/current`),
  today: readBuildDate(process.env),
});

// The locale being built: Docusaurus sets it before loading this file, once
// per locale (https://github.com/facebook/docusaurus/issues/4542; guarded by
// src/plugins/translation-provenance/__tests__/upstream.test.ts).
const currentLocale = process.env.DOCUSAURUS_CURRENT_LOCALE ?? SOURCE_LOCALE;
const text = (value: Parameters<typeof textFor>[0]) => textFor(value, currentLocale, SOURCE_LOCALE);
const translationsDir = currentLocale === SOURCE_LOCALE ? undefined : path.join(__dirname, 'i18n', currentLocale, 'docusaurus-plugin-content-docs/current');
// The fallback-links plugin bound to this site's folders, without options:
// Docusaurus copies the configuration, plugin options included, into the
// client's main.js, and these absolute paths would tell every visitor the
// build machine's folders (a function there is left out).
const fallbackLinks = () => remarkFallbackLinks({siteDir: __dirname, docsDir: path.join(__dirname, 'docs'), translationsDir});

const config: Config = {
  title: text(SITE_CONFIG.title),
  tagline: text(SITE_CONFIG.tagline),
  favicon: SITE_CONFIG.favicon,
  url,
  baseUrl,
  trailingSlash: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  future: {v4: true, faster: true},
  // The route's chunks before the main bundle, run after the first paint
  // (see src/plugins/lean-client).
  ssrTemplate: ssrTemplate({afterPaint: !leanClientOff.includes('afterPaint')}),
  // Docusaurus's "did not load properly" banner (a wrong baseUrl) is put in
  // the home page when no script has run by DOMContentLoaded, which is now
  // always the case: off. BASE_URL is validated as the config loads
  // (src/config/siteEnv.ts).
  baseUrlIssueBanner: false,

  i18n: {
    defaultLocale: SOURCE_LOCALE,
    locales: LOCALES.map((l) => l.code),
    localeConfigs: Object.fromEntries(
      LOCALES.map((l) => [
        l.code,
        {
          label: l.label,
          htmlLang: l.htmlLang,
          direction: 'ltr',
          // Explicit, so that a one-locale build (`--locale en`, as the split
          // build does) links to the other locales at their real addresses:
          // inferred, every locale gets the bare base URL and `hreflang`
          // alternates point at `/privacy` instead of `/en/privacy`.
          url,
          baseUrl: l.code === SOURCE_LOCALE ? baseUrl : `${baseUrl}${l.code}/`,
        },
      ]),
    ),
  },

  markdown: {
    format: 'mdx',
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
    parseFrontMatter: inForce.parseFrontMatter,
  },

  // What `@docusaurus/preset-classic` would register for this site, in its
  // order (its plugins, then its theme, before ours), without the preset:
  // it also installs Algolia's search, Google Analytics, gtag, Tag Manager,
  // the debug and SVGR plugins, which this site never loads (1,200 files
  // that every `npm ci` unpacked). The CSS cascade layers come with
  // `future.v4`, as the preset adds them. To re-check at each Docusaurus
  // upgrade (src/upstream-files.json; docs-dev/architecture.md#docusaurus-plugins).
  plugins: [
    '@docusaurus/plugin-css-cascade-layers',
    [
      '@docusaurus/plugin-content-docs',
      {
        routeBasePath: '/',
        path: 'docs',
        sidebarPath: './sidebars.ts',
        showLastUpdateTime: hasGit,
        // Every page, translated or not, is edited in its source.
        editUrl: editUrl === undefined ? undefined : sourceEditUrl(editUrl),
        remarkPlugins: REMARK_PLUGINS,
        // The version in force of a policy page, then links between translated
        // and untranslated pages that reach the page the locale shows.
        beforeDefaultRemarkPlugins: [inForce.remarkPlugin, fallbackLinks],
      } satisfies DocsOptions,
    ],
    [
      '@docusaurus/plugin-sitemap',
      {
        lastmod: hasGit ? 'date' : null,
        changefreq: null,
        priority: null,
        ignorePatterns: ['**/404', '**/search'],
      } satisfies SitemapOptions,
    ],
    ['@docusaurus/theme-classic', {customCss: ['./src/css/custom.css', './src/css/print.css']} satisfies ThemeOptions],
    './src/plugins/robots-txt/index.ts',
    ['./src/plugins/translation-provenance/index.ts', {shownText: inForce.inForceText}],
    // Versions of pages with `effective_date` (history, changes, feed); see docs-dev/.
    // Long dates follow each locale's `dateFormat` (site.config.ts).
    ['./src/plugins/policy-history/index.ts', {remarkPlugins: REMARK_PLUGINS, dateFormatLocales: Object.fromEntries(LOCALES.map((l) => [l.code, l.dateFormat]))}],
    // Off unless MATOMO_URL and MATOMO_SITE_ID are set; see docs-dev/.
    ['./src/plugins/matomo/index.ts', matomo],
    './src/plugins/offline-search/index.ts',
    ['./src/plugins/language-suggestion/index.ts', {messages: suggestion.messages}],
    ['./src/plugins/lean-client/index.ts', {off: leanClientOff}],
    './src/plugins/stable-runtime/index.ts',
    // No search for a PostCSS config file the site does not have (faster builds); see the plugin.
    './src/plugins/postcss-config/index.ts',
  ],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    docs: {sidebar: {hideable: false}},
    // Labels in the locale being built (site.config.ts); the translation
    // files i18n/<locale>/docusaurus-theme-classic/*.json come over them.
    navbar: {
      title: text(SITE_CONFIG.title),
      logo: {alt: SITE_CONFIG.logo.alt ?? '', src: SITE_CONFIG.logo.src, width: SITE_CONFIG.logo.width, height: SITE_CONFIG.logo.height},
      items: [
        ...SITE_CONFIG.navbar.map((link) => ({type: 'doc' as const, docId: link.doc, position: 'left' as const, label: text(link.label)})),
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: SITE_CONFIG.footer.map((column) => ({
        title: text(column.title),
        items: column.items.map((item) => (/^https?:/.test(item.to) ? {label: text(item.label), href: item.to} : {label: text(item.label), to: item.to})),
      })),
      copyright: `© ${new Date().getFullYear()} ${SITE_CONFIG.organisation}`,
    },
    prism: {theme: prismThemes.github, darkTheme: prismThemes.dracula},
  } satisfies UserThemeConfig,
};

export default config;
