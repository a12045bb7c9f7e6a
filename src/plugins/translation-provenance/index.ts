import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

import {isInsideGitWorktree} from '../../config/git';
import {createRedactor, redactError} from '../../config/redact';
import {checkTranslatedCode} from './checkTranslatedCode';
import {collectPageProvenance, type LocaleProvenance, type MarkdownFile} from './collectPageProvenance';
import {formatDateTexts} from './formatDateTexts';
import {normalizeOptions, type Options} from './options';
import {readMarkdownFiles} from './readMarkdownFiles-fs';
import type {ProvenanceGlobalData} from './types';

/**
 * Computes, at build time, where every translated page stands against its
 * French source (machine, reviewed, stale, missing; see
 * `collectPageProvenance`) and hands the current locale's pages to the
 * theme as global data. Nothing is listed by hand: the French pages are
 * `docs/`, the translations are what the docs plugin reads from `i18n/`.
 * An invalid `translation:` block fails the build, naming file and field.
 */
export default function translationProvenancePlugin(
  context: LoadContext,
  userOptions?: Options,
): Plugin<ProvenanceGlobalData> {
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

  return {
    name: 'translation-provenance',

    getPathsToWatch: () => [docsDir, ...targetLocales.map(translationsDir)].map((d) => `${d}/**/*.{md,mdx}`),

    async loadContent() {
      try {
        return await load();
      } catch (error) {
        // What the build prints never shows a secret (CI logs are often public).
        throw redactError(error, createRedactor(process.env));
      }
    },

    async contentLoaded({content, actions}) {
      actions.setGlobalData(content);
    },
  };

  async function load(): Promise<ProvenanceGlobalData> {
    const french = await readMarkdownFiles(docsDir, siteDir);
    const sources = await shown(french, docsDir, false);
    const sourceDates = await readSourceDates(context, sources.map((s) => s.relPath), docsDir);
    // Every target locale, not only the current one: the locale dropdown
    // of each page says which languages are machine-translated.
    const byLocale = new Map<string, LocaleProvenance>();
    const foreign: string[] = [];
    for (const locale of targetLocales) {
      const files = await readMarkdownFiles(translationsDir(locale), siteDir);
      // The files as they are: the code a translation adds, whichever version is shown.
      foreign.push(...checkTranslatedCode(french, files));
      const translations = await shown(files, translationsDir(locale), true);
      byLocale.set(locale, collectPageProvenance({sources, translations, sourceDates}));
    }
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
