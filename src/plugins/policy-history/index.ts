import {createHash} from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin, RouteConfig} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';

import {readMarkdownFiles} from '../translation-provenance/readMarkdownFiles-fs';
import {readBuildDate} from './buildDate';
import {previousDay} from './effectiveDate';
import {createArchiveMdxRule} from './createArchiveMdxRule';
import {formatLongDates} from './formatLongDates';
import {loadPolicyHistories, type PolicyHistories} from './loadPolicyHistories-fs';
import {localeHistory, toFeed, type LocaleHistory} from './localeHistory';
import {normalizeOptions, type Options} from './options';
import {linkResolver} from './linkResolver';
import {feedTexts} from './messages';
import type {PolicyHistoryGlobalData} from './types';

const COMPONENTS = '@site/src/components/PolicyHistory';

/**
 * Versions of policy pages (issue 14). A French page with `effective_date`
 * in its front matter has versions, read from git (`loadPolicyHistories`):
 * this plugin adds, in every locale, `<page>/history` (every version),
 * `<page>/history/<date>` (a version as it was: its Markdown compiled by
 * Docusaurus's MDX loader, like the page), `<page>/history/<date>/changes`
 * (word-level changes, computed here) and `<page>/history/feed.xml` (Atom),
 * and hands the current page its effective date and upcoming version as
 * global data. Pages without `effective_date` are left alone.
 */
export default async function policyHistoryPlugin(context: LoadContext, userOptions?: Options): Promise<Plugin<PolicyHistories>> {
  const options = normalizeOptions(userOptions);
  const pluginId = (userOptions as {id?: string} | undefined)?.id ?? 'default';
  const {siteDir, i18n, siteConfig} = context;
  const today = readBuildDate(process.env);
  const docsDir = path.resolve(siteDir, options.docsPath);
  const docsPluginName = 'docusaurus-plugin-content-docs';
  const docsPluginDir = options.docsPluginId === 'default' ? docsPluginName : `${docsPluginName}-${options.docsPluginId}`;
  const isSource = i18n.currentLocale === i18n.defaultLocale;
  const translationsDir = path.resolve(siteDir, i18n.path, i18n.localeConfigs[i18n.currentLocale]?.path ?? i18n.currentLocale, docsPluginDir, 'current');
  const sourceLang = i18n.localeConfigs[i18n.defaultLocale]?.htmlLang ?? i18n.defaultLocale;
  const lang = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
  // Filled by allContentLoaded, read by configureWebpack and postBuild, which Docusaurus runs after it.
  const resolver = linkResolver();
  let feeds: {file: string; xml: string}[] = [];
  // Where actions.createData writes (Docusaurus: generatedFilesDir/<plugin name>/<plugin id>).
  const dataDir = path.join(context.generatedFilesDir, 'policy-history', pluginId);
  // A route's modules by their `@generated/` alias, as Docusaurus's own
  // plugins name theirs: an absolute path would be written into main.js's
  // registry, telling every visitor the build machine's folders (see the
  // "module aliasing should be automatic" TODO in
  // @docusaurus/core/lib/server/plugins/actions.js).
  const aliased = (file: string) => `@generated/${path.relative(context.generatedFilesDir, file).split(path.sep).join('/')}`;
  const archiveRule = await createArchiveMdxRule(context, dataDir, options.remarkPlugins, resolver);

  return {
    name: 'policy-history',

    getPathsToWatch: () => [`${docsDir}/**/*.{md,mdx}`, ...(isSource ? [] : [`${translationsDir}/**/*.{md,mdx}`])],

    async loadContent() {
      const sources = await readMarkdownFiles(docsDir, siteDir);
      return loadPolicyHistories({siteDir, sources, docsDir, translationsDir: isSource ? undefined : translationsDir});
    },

    async allContentLoaded({allContent, actions}) {
      const content = allContent['policy-history']?.[pluginId] as PolicyHistories | undefined;
      const docs = (allContent[docsPluginName]?.[options.docsPluginId] as DocsContent | undefined)?.loadedVersions[0]?.docs ?? [];
      if (!content || content.pages.length === 0) {
        actions.setGlobalData({pages: {}} satisfies PolicyHistoryGlobalData);
        return;
      }
      resolver.update({docs, docsDir, translationsDir, siteDir, baseUrl: context.baseUrl});
      const calendar = i18n.localeConfigs[i18n.currentLocale]?.calendar ?? 'gregory';
      const days = content.pages.flatMap((p) => p.versions.flatMap((v) => [v.effectiveDate, previousDay(v.effectiveDate)]));
      const dateTexts = formatLongDates(days, options.dateFormatLocales[i18n.currentLocale] ?? i18n.currentLocale, calendar);
      const texts = feedTexts(context.codeTranslations);
      const globalData: {pages: Record<string, PolicyHistoryGlobalData['pages'][string]>} = {pages: {}};
      const routes: RouteConfig[] = [];
      feeds = [];
      for (const page of content.pages) {
        const doc = docs.find((d) => resolver.relPathOf(d.source) === page.relPath);
        if (!doc) continue; // a draft, or excluded from the docs plugin
        const history: LocaleHistory = localeHistory({
          versions: page.versions,
          today,
          ...(page.translations ? {translations: page.translations} : {}),
          sourceLang,
          permalink: doc.permalink,
          title: doc.title,
          dateText: (day) => dateTexts[day] ?? day,
          resolveUrl: (url) => resolver.resolveDiffLink(url, page.relPath),
          ...(content.partial ? {partial: content.partial} : {}),
        });
        globalData.pages[doc.id] = history.current;
        const key = doc.id.replace(/[^\w-]/g, '_');
        routes.push({
          path: history.history.historyPath,
          component: `${COMPONENTS}/HistoryPage`,
          exact: true,
          modules: {data: aliased(await actions.createData(`${key}/history.json`, JSON.stringify(history.history)))},
        });
        for (const version of history.versionPages) {
          const date = version.data.version.effectiveDate;
          const mdx = await actions.createData(`${key}/${date}.mdx`, version.markdown);
          resolver.addArchive(mdx, page.relPath);
          routes.push({
            path: version.data.version.path,
            component: `${COMPONENTS}/VersionPage`,
            exact: true,
            modules: {
              content: aliased(mdx),
              data: aliased(await actions.createData(`${key}/${date}.json`, JSON.stringify(version.data))),
            },
          });
        }
        for (const changes of history.changesPages) {
          const date = changes.version.effectiveDate;
          routes.push({
            path: changes.version.changesPath ?? '',
            component: `${COMPONENTS}/ChangesPage`,
            exact: true,
            modules: {data: aliased(await actions.createData(`${key}/${date}-changes.json`, JSON.stringify(changes)))},
          });
        }
        feeds.push({
          file: history.history.feedPath,
          xml: toFeed(history, {siteUrl: siteConfig.url, lang, author: siteConfig.title, texts: texts(doc.title)}),
        });
      }
      routes.forEach((route) => actions.addRoute(route));
      actions.setGlobalData(globalData satisfies PolicyHistoryGlobalData);
    },

    configureWebpack(config, _isServer, _utils, content) {
      // A page whose newer version takes effect changes with the day, not
      // with its file (inForceMarkdown.ts): Rspack's persistent cache must
      // not keep the page compiled the day before. Its version gets which
      // version of each policy page is in force (as stable-runtime adds its
      // plugins' hash).
      const cache = (config.experiments as {cache?: {version?: unknown}} | undefined)?.cache;
      if (cache && typeof cache.version === 'string') cache.version += `-policies-${inForceKey(content, today)}`;
      return {module: {rules: [archiveRule]}};
    },

    async postBuild({outDir}) {
      for (const {file, xml} of feeds) {
        const target = path.join(outDir, file.slice(context.baseUrl.length));
        await fs.mkdir(path.dirname(target), {recursive: true});
        await fs.writeFile(target, xml);
      }
    },
  };
}


/** Which version of each policy page is in force on `today`: a short hash, for the bundler cache's version. */
function inForceKey(content: PolicyHistories | undefined, today: string): string {
  const state = (content?.pages ?? []).map((page) => {
    const inForce = [...page.versions].reverse().find((v) => v.effectiveDate <= today);
    return `${page.relPath}=${inForce?.effectiveDate ?? '-'}`;
  });
  return createHash('sha256').update(state.join('\n')).digest('hex').slice(0, 12);
}
