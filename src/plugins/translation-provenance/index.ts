import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

import {isInsideGitWorktree} from '../../config/git';
import {createRedactor, redactError} from '../../config/redact';
import {checkTranslatedCode} from './checkTranslatedCode';
import {collectPageProvenance, type LocaleProvenance, type MarkdownFile} from './collectPageProvenance';
import {formatDateTexts} from './formatDateTexts';
import {normalizeOptions, type Options} from './options';
import {readMarkdownFiles} from './readMarkdownFiles-fs';
import {contentKey, rememberedInProcess} from '../rememberedInProcess';
import type {ProvenanceGlobalData} from './types';

/**
 * Computes, at build time, where every translated page stands against its
 * French source (machine, reviewed, stale, missing; see
 * `collectPageProvenance`) and hands the current locale's pages to the
 * theme as global data. Nothing is listed by hand: the French pages are
 * `docs/`, the translations are what the docs plugin reads from `i18n/`.
 * An invalid `translation:` block fails the build, naming file and field.
 */
/** What `loadContent` hands to `allContentLoaded`: the global data but the docs' ids, and per locale the pages it misses. */
type LoadedContent = Omit<ProvenanceGlobalData, 'missingDocIds'> & {missing: Record<string, string[]>};

const DOCS_PLUGIN = 'docusaurus-plugin-content-docs';

export default function translationProvenancePlugin(
  context: LoadContext,
  userOptions?: Options,
): Plugin<LoadedContent> {
  const options = normalizeOptions(userOptions);
  const {siteDir, i18n} = context;
  const docsDir = path.resolve(siteDir, options.docsPath);
  const docsPluginDir =
    options.docsPluginId === 'default'
      ? 'docusaurus-plugin-content-docs'
      : `docusaurus-plugin-content-docs-${options.docsPluginId}`;
  const translationsDir = (locale: string) =>
    path.resolve(siteDir, i18n.path, i18n.localeConfigs[locale]?.path ?? locale, docsPluginDir, 'current');
  const targetLocales = i18n.locales.filter((l) => l !== i18n.defaultLocale);
  // The texts the pages show (a policy's version in force); a translation
  // showing the French text counts as missing.
  const shown = async (files: MarkdownFile[], dir: string, translated: boolean): Promise<MarkdownFile[]> => {
    const {shownText} = options;
    if (!shownText) return files;
    const texts = await Promise.all(files.map((file) => shownText(path.join(dir, file.relPath))));
    return files.flatMap((file, i) => {
      const text = texts[i];
      if (text === undefined) return [file];
      return translated && text.french ? [] : [{...file, text: text.text}];
    });
  };
  const sitePath = (dir: string) => `@site/${path.relative(siteDir, dir).split(path.sep).join('/')}/`;

  const name = 'translation-provenance';
  return {
    name,

    getPathsToWatch: () => [docsDir, ...targetLocales.map(translationsDir)].map((d) => `${d}/**/*.{md,mdx}`),

    async loadContent() {
      try {
        return await load();
      } catch (error) {
        // What the build prints never shows a secret (CI logs are often public).
        throw redactError(error, createRedactor(process.env));
      }
    },

    // After every plugin's content: the docs' ids are the docs plugin's.
    async allContentLoaded({allContent, actions}) {
      const content = allContent[name]?.default as LoadedContent | undefined;
      if (!content) return;
      const docs = docsOf(allContent[DOCS_PLUGIN]?.[options.docsPluginId]);
      const idOf = new Map(docs.flatMap(({source, id}) => {
        const prefix = [...content.sourcePrefixes, sitePath(docsDir)].find((p) => source.startsWith(p));
        return prefix === undefined ? [] : [[source.slice(prefix.length), id] as const];
      }));
      const missingDocIds = Object.fromEntries(
        Object.entries(content.missing)
          .map(([locale, relPaths]) => [locale, relPaths.flatMap((rel) => idOf.get(rel) ?? [])] as const)
          .filter(([, ids]) => ids.length > 0),
      );
      const data: ProvenanceGlobalData = {
        sourcePrefixes: content.sourcePrefixes,
        pages: content.pages,
        lastUpdatedTexts: content.lastUpdatedTexts,
        machineTranslatedLocales: content.machineTranslatedLocales,
        missingDocIds,
      };
      actions.setGlobalData(data);
    },
  };

  async function load(): Promise<LoadedContent> {
    const french = await readMarkdownFiles(docsDir, siteDir);
    const translated = await Promise.all(targetLocales.map((locale) => readMarkdownFiles(translationsDir(locale), siteDir)));
    const sourceDates = await readSourceDates(context, french.map((s) => s.relPath), docsDir);
    // Every target locale, not only the current one: the locale dropdown
    // of each page says which languages are machine-translated. That is the
    // same for every locale of one build, which loads this plugin once per
    // locale: computed once per content (see `rememberedInProcess`).
    const key = contentKey([targetLocales, sourceDates, french, translated]);
    const {byLocale, foreign} = await rememberedInProcess('translation-provenance', key, async () => {
      const sources = await shown(french, docsDir, false);
      const byLocale = new Map<string, LocaleProvenance>();
      const foreign: string[] = [];
      for (const [i, locale] of targetLocales.entries()) {
        const files = translated[i] ?? [];
        // The files as they are: the code a translation adds, whichever version is shown.
        foreign.push(...checkTranslatedCode(french, files));
        const translations = await shown(files, translationsDir(locale), true);
        byLocale.set(locale, collectPageProvenance({sources, translations, sourceDates}));
      }
      return {byLocale, foreign};
    });
    if (foreign.length > 0) {
      throw new Error(
        `Translated pages with code their French page does not have (a translation may change text only; code would run when the site is built or read):\n- ${foreign.join('\n- ')}\n` +
          'Restore each page from git, or translate it again (npm run translate), and check it with npm run i18n:check.',
      );
    }
    const current = byLocale.get(i18n.currentLocale);
    const calendar = i18n.localeConfigs[i18n.currentLocale]?.calendar ?? 'gregory';
    return {
      // The French dates are all "Last updated" shows: French pages,
      // missing translations and translated pages (see LastUpdated).
      lastUpdatedTexts: formatDateTexts(Object.values(sourceDates), i18n.currentLocale, calendar),
      sourcePrefixes: current ? [sitePath(translationsDir(i18n.currentLocale)), sitePath(docsDir)] : [],
      pages: current?.pages ?? {},
      machineTranslatedLocales: targetLocales.filter((l) => byLocale.get(l)?.hasMachineTranslation),
      missing: Object.fromEntries(
        [...byLocale].map(([locale, {pages}]) => [locale, Object.keys(pages).filter((rel) => pages[rel]?.status === 'missing')]),
      ),
    };
  }
}

/**
 * Last commit date of each French page, through the same VCS hooks the docs
 * plugin uses for "Last updated". Outside a git worktree (a downloaded
 * archive) there is none, and asking would stop the build.
 */
async function readSourceDates(
  context: LoadContext,
  relPaths: readonly string[],
  docsDir: string,
): Promise<Record<string, number>> {
  if (!isInsideGitWorktree(context.siteDir)) return {};
  const vcs = context.siteConfig.future.experimental_vcs;
  const dates: Record<string, number> = {};
  for (const relPath of relPaths) {
    const info = await vcs.getFileLastUpdateInfo(path.join(docsDir, relPath));
    if (info) dates[relPath] = info.timestamp;
  }
  return dates;
}

/**
 * The docs of the docs plugin's loaded content (`loadedVersions[].docs`,
 * each with its `id` and `source`); guarded by `__tests__/upstream.test.ts`,
 * which fails, saying what to re-check, if that shape changes.
 */
export function docsOf(content: unknown): Array<{id: string; source: string}> {
  const versions = (content as {loadedVersions?: Array<{docs?: Array<{id?: unknown; source?: unknown}>}>} | undefined)?.loadedVersions ?? [];
  return versions.flatMap((v) => v.docs ?? []).flatMap((d) => (typeof d.id === 'string' && typeof d.source === 'string' ? [{id: d.id, source: d.source}] : []));
}
