import {SOURCE_LOCALE} from '../../src/config/locales';
import {TRANSLATED_DOCS_DIR} from '../../src/shared/pageFiles';
import {checkTranslation} from './checkTranslation';
import {checkUiStrings} from './checkUiStrings';
import {checkUntranslatedUi, NO_UNTRANSLATED_RULES, type UntranslatedRules} from './checkUntranslatedUi';
import {getPageStatus, type PageStatus} from './getPageStatus';
import {problem, type Problem, sortProblems} from './problem';

/** A site's files as text, keyed by path: what `readSite` reads. */
export interface SiteFiles {
  /** French pages, by path relative to `docs/`: `privacy.md`. */
  docs: ReadonlyMap<string, string>;
  /** Per locale, translated pages by path relative to `i18n/<locale>/docusaurus-plugin-content-docs/current/`. */
  translations: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Per locale (French included), UI JSON files by path relative to `i18n/<locale>/`: `code.json`. */
  ui: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

/** A page in one locale: its status and the problems of its translation. */
export interface LocaleReport {
  locale: string;
  status: PageStatus;
  reviewed: boolean;
  reviewedBy?: string;
  /** The translation's path from the site root (where it is, or should be). */
  file: string;
  problems: Problem[];
}

/** A French page (or an orphan translation) across the checked locales. */
export interface PageReport {
  /** Path relative to `docs/` (or to the locale's folder for an orphan). */
  page: string;
  /** `docs/<page>`, or undefined for an orphan. */
  source?: string;
  locales: LocaleReport[];
}

/** A UI strings file of one locale, compared with the French file of the same name. */
export interface UiFileReport {
  locale: string;
  file: string;
  sourceFile: string;
  problems: Problem[];
}

/** The whole run: what the CLI prints, as text or JSON. */
export interface SiteReport {
  locales: string[];
  pages: PageReport[];
  uiFiles: UiFileReport[];
  /** True when no problem is an error: every page up to date (or reviewed) and valid. */
  ok: boolean;
}

/** What `checkSite` is told beyond the files. */
export interface CheckSiteOptions {
  /** The untranslated-UI rule's allowlist and forbidden keys (the CLI passes `tools/i18n-ui/allowlist.ts`'s); none by default. */
  readonly untranslated?: UntranslatedRules;
}

/** `privacy.md` and `privacy.mdx` are the same doc to Docusaurus. */
const docId = (path: string): string => path.replace(/\.mdx?$/, '');

/**
 * Checks every French page and UI file in each of `locales`: status from
 * provenance, then `checkTranslation` / `checkUiStrings`, and the UI
 * messages left untranslated (`checkUntranslatedUi`). Pure.
 */
export function checkSite(files: SiteFiles, locales: readonly string[], options: CheckSiteOptions = {}): SiteReport {
  const pages: PageReport[] = [];
  const sourceIds = new Set([...files.docs.keys()].map(docId));
  for (const [page, sourceText] of [...files.docs].sort(([a], [b]) => a.localeCompare(b))) {
    const sourcePath = `docs/${page}`;
    const report: PageReport = {page, source: sourcePath, locales: []};
    for (const locale of locales) {
      const translations = files.translations.get(locale) ?? new Map<string, string>();
      const found = [...translations.keys()].find((p) => docId(p) === docId(page));
      const file = `i18n/${locale}/${TRANSLATED_DOCS_DIR}/${found ?? page}`;
      const translatedText = found === undefined ? undefined : translations.get(found);
      const input = {sourceText, translatedText, sourcePath, translatedPath: file, locale};
      const {problems, ...status} = getPageStatus(input);
      if (translatedText !== undefined) {
        // A French parse error is the same in every locale: report it once.
        const sourceReported = report.locales.some((l) => l.problems.some((p) => p.file === sourcePath));
        const checked = checkTranslation({...input, translatedText});
        problems.push(...(sourceReported ? checked.filter((p) => p.file !== sourcePath) : checked));
      }
      report.locales.push({locale, ...status, file, problems: sortProblems(problems)});
    }
    pages.push(report);
  }
  // Orphans, one entry per page with the locales it is left in.
  const orphans = new Map<string, PageReport>();
  for (const locale of locales) {
    for (const [page, translatedText] of files.translations.get(locale) ?? []) {
      if (sourceIds.has(docId(page))) continue;
      const file = `i18n/${locale}/${TRANSLATED_DOCS_DIR}/${page}`;
      const {problems, ...status} = getPageStatus({
        sourceText: undefined, translatedText, sourcePath: `docs/${page}`, translatedPath: file, locale,
      });
      const report = orphans.get(page) ?? {page, locales: []};
      report.locales.push({locale, ...status, file, problems});
      orphans.set(page, report);
    }
  }
  pages.push(...[...orphans.values()].sort((a, b) => a.page.localeCompare(b.page)));
  const uiFiles = locales.flatMap((locale) => checkUiFiles(files, locale));
  addUntranslated(uiFiles, checkUntranslatedUi(files.ui, SOURCE_LOCALE, locales, options.untranslated ?? NO_UNTRANSLATED_RULES));
  const all = [...pages.flatMap((p) => p.locales.flatMap((l) => l.problems)), ...uiFiles.flatMap((u) => u.problems)];
  return {locales: [...locales], pages, uiFiles, ok: all.every((p) => p.severity !== 'error')};
}

/**
 * Files the untranslated-UI rule found problems in, into the UI report: a
 * target's file has its entry already; the source's files (read against
 * English) and the allowlist get one, after the targets', only when they
 * have a problem.
 */
function addUntranslated(uiFiles: UiFileReport[], problems: readonly Problem[]): void {
  for (const p of problems) {
    let report = uiFiles.find((u) => u.file === p.file);
    if (!report) {
      report = {locale: SOURCE_LOCALE, file: p.file, sourceFile: typeof p.params.reference === 'string' ? p.params.reference : p.file, problems: []};
      uiFiles.push(report);
    }
    report.problems.push(p);
  }
  for (const report of uiFiles) report.problems.sort((a, b) => a.line - b.line || a.code.localeCompare(b.code));
}

/**
 * Compares each UI strings file of `locale` with the French file of the
 * same name: a French file with no counterpart is `translation-missing`, a
 * file the French does not have `ui-source-missing`, the rest goes to
 * `checkUiStrings`. Pure; also run on this site by `tools/i18n-ui`'s test.
 */
export function checkUiFiles(files: Pick<SiteFiles, 'ui'>, locale: string): UiFileReport[] {
  const french = files.ui.get(SOURCE_LOCALE) ?? new Map<string, string>();
  const translated = files.ui.get(locale) ?? new Map<string, string>();
  const names = [...new Set([...french.keys(), ...translated.keys()])].sort();
  return names.map((name) => {
    const file = `i18n/${locale}/${name}`;
    const sourceFile = `i18n/${SOURCE_LOCALE}/${name}`;
    const source = french.get(name);
    const text = translated.get(name);
    let problems: Problem[];
    if (text === undefined) problems = [problem('translation-missing', file, 1, {locale, source: sourceFile})];
    else if (source === undefined) problems = [problem('ui-source-missing', file, 1, {sourceFile})];
    else problems = checkUiStrings({source, translated: text, file, sourceFile, locale});
    return {locale, file, sourceFile, problems};
  });
}
