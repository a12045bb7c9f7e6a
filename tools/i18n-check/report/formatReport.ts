import type {TFunction} from 'i18next';

import type {LocaleReport, SiteReport} from '../checkSite';
import type {Problem} from '../problem';
import {formatProblemLine} from './renderProblem';

/**
 * The human report: per page, one line per locale status, then its
 * problems as `file:line  message  -> what to do`; then the UI files with
 * problems; then a summary (and, with `pending`, how many stale or missing
 * translations `--allow-stale` let through). Pure: returns the text.
 */
export function formatReport(report: SiteReport, t: TFunction, options: {pending?: number} = {}): string {
  const out: string[] = [];
  for (const page of report.pages) {
    out.push(t('report.page', {page: page.source ?? page.page}));
    for (const l of page.locales) out.push(`  ${t('report.locale', {locale: l.locale, status: statusLabel(l, t)})}`);
    pushProblems(out, page.locales.flatMap((l) => l.problems), t);
    out.push('');
  }
  if (report.uiFiles.length) {
    out.push(t('report.uiStrings'));
    for (const u of report.uiFiles) {
      const status = u.problems.length ? t('report.uiProblems', {count: u.problems.length}) : t('report.uiOk');
      out.push(`  ${t('report.uiFile', {file: u.file, status})}`);
    }
    pushProblems(out, report.uiFiles.flatMap((u) => u.problems), t);
    out.push('');
  }
  const {errors, warnings} = countProblems(report);
  out.push(t('report.summary', {pages: report.pages.length, locales: report.locales.length, errors, warnings}));
  // With --allow-stale, "up to date" would not be true: say what is pending instead.
  const pending = options.pending ?? 0;
  if (pending > 0) out.push(t('report.pending', {count: pending}));
  out.push(report.ok ? (pending > 0 ? t('report.okPending') : t('report.ok')) : t('report.failed'));
  return `${out.join('\n')}\n`;
}

/** The locale line's status, e.g. `stale (was reviewed: review again)`, `reviewed by Jeanne Dupont`. */
export function statusLabel(l: LocaleReport, t: TFunction): string {
  if (l.status === 'stale' && l.reviewed) return t('status.stale_reviewed');
  if (l.status === 'reviewed' && l.reviewedBy) return t('status.reviewed_by', {name: l.reviewedBy});
  return t(`status.${l.status}`);
}

/** Errors and warnings over the whole report. */
export function countProblems(report: SiteReport): {errors: number; warnings: number} {
  const all = [...report.pages.flatMap((p) => p.locales.flatMap((l) => l.problems)), ...report.uiFiles.flatMap((u) => u.problems)];
  return {
    errors: all.filter((p) => p.severity === 'error').length,
    warnings: all.filter((p) => p.severity === 'warning').length,
  };
}

function pushProblems(out: string[], problems: readonly Problem[], t: TFunction): void {
  // Identical lines (the same problem found twice) are said once.
  const lines = new Set(problems.map((p) => formatProblemLine(p, t)));
  for (const line of lines) out.push(`  ${line}`);
}
