import {join} from 'node:path';

import type {TFunction} from 'i18next';

import {type AdoptReport, adoptTranslations} from './adoptTranslations';
import {checkCanCommit, commitFiles, PATHS, uncommittedFiles} from '../writing';
import {ConfigError} from '../providers';
import {readGlossary} from '../segmenting';

/**
 * `npm run translate -- --adopt [--engine X] [--assume-current] [--commit]`:
 * {@link adoptTranslations}, then (with `commit`) one commit of the files
 * it wrote, and the summary in `t`'s language: per page what was adopted
 * (up to date or stale) or why it could not be, per locale the counts.
 */
export function runAdopt(options: {root: string; locales: readonly string[]; engine: string; assumeCurrent: boolean; commit: boolean; t: TFunction}): {
  report: AdoptReport;
  summary: string;
} {
  const {root, locales, t} = options;
  if (options.commit) {
    checkCanCommit(root);
    const dirty = uncommittedFiles(root, locales.map((l) => PATHS.memory(l)));
    if (dirty.length > 0) throw new ConfigError(`--commit: these files have uncommitted changes, and --adopt would write them:\n${dirty.map((f) => `  ${f}`).join('\n')}\nCommit them (or stash them) first, then run again.`);
  }
  const report = adoptTranslations({
    root,
    locales,
    engine: options.engine,
    assumeCurrent: options.assumeCurrent,
    today: new Date().toISOString().slice(0, 10),
    glossary: readGlossary(join(root, PATHS.glossary), locales),
  });
  const lines: string[] = [];
  for (const page of report.pages) {
    const reason = page.reason ? t(`adoptReason_${page.reason.code}`, page.reason.params) : '';
    const from = {target: page.target, date: page.date ?? '', commit: page.commit?.slice(0, 12) ?? '-', reason};
    lines.push(t(`adopt_${page.outcome}`, from));
  }
  for (const locale of locales) {
    const of = report.pages.filter((p) => p.locale === locale);
    const count = (outcome: string) => of.filter((p) => p.outcome === outcome).length;
    lines.push(t('adoptLocale', {locale, current: count('current'), stale: count('stale'), failed: count('not-adoptable'), orphans: count('orphan'), learned: report.learned[locale] ?? 0}));
  }
  const adopted = report.pages.filter((p) => p.outcome === 'current' || p.outcome === 'stale');
  if (options.commit && report.written.length > 0) {
    const adoptedLocales = [...new Set(adopted.map((p) => p.locale))];
    const subject = `Adopt ${adopted.length} translation${adopted.length === 1 ? '' : 's'} into ${adoptedLocales.join(', ')}: provenance from their history`;
    const body = adopted.map((p) => `- ${p.target}: ${p.outcome === 'current' ? 'up to date' : 'stale'}, made from ${p.source}${p.commit ? ` of ${p.commit.slice(0, 12)} (${p.date})` : ' as it is today'}`);
    const sha = commitFiles(root, report.written, `${subject}\n\nEngine recorded: ${options.engine}\n${body.join('\n')}\n`);
    lines.push(t('committed', {sha: sha.slice(0, 12), subject}));
  }
  lines.push(t('adoptSummary', {adopted: adopted.length, engine: options.engine}));
  return {report, summary: `${lines.join('\n')}\n`};
}
