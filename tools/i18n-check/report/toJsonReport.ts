import type {TFunction} from 'i18next';

import type {SiteReport} from '../checkSite';
import {countProblems} from './formatReport';
import type {PageStatus} from '../getPageStatus';
import type {Problem, ProblemParams, Severity} from '../problem';
import {renderProblem} from './renderProblem';

/** Bumped on any incompatible change of `JsonReport`. */
export const JSON_REPORT_VERSION = 1;

/** A problem in `--json` output: `code` and `params` for scripts, `message` and `fix` for people. */
export interface JsonProblem {
  severity: Severity;
  code: string;
  file: string;
  line: number;
  column: number | null;
  params: ProblemParams;
  /** Rendered in the report's `language`. */
  message: string;
  fix: string;
}

/** What `--json` prints; documented in docs-dev/translation.md ("Checking translations"). */
export interface JsonReport {
  version: number;
  ok: boolean;
  language: string;
  locales: string[];
  summary: {pages: number; errors: number; warnings: number; statuses: Record<PageStatus, number>};
  pages: {
    page: string;
    source: string | null;
    locales: {
      locale: string;
      status: PageStatus;
      reviewed: boolean;
      reviewedBy: string | null;
      file: string;
      problems: JsonProblem[];
    }[];
  }[];
  uiFiles: {locale: string; file: string; sourceFile: string; problems: JsonProblem[]}[];
}

/** The machine-readable report: stable keys, `null` rather than absent. Pure. */
export function toJsonReport(report: SiteReport, t: TFunction, language: string): JsonReport {
  const problem = (p: Problem): JsonProblem => ({
    severity: p.severity,
    code: p.code,
    file: p.file,
    line: p.line,
    column: p.column ?? null,
    params: p.params,
    ...renderProblem(p, t),
  });
  const statuses: Record<PageStatus, number> = {
    'up-to-date': 0, reviewed: 0, stale: 0, missing: 0, orphan: 0, invalid: 0,
  };
  for (const l of report.pages.flatMap((p) => p.locales)) statuses[l.status] += 1;
  return {
    version: JSON_REPORT_VERSION,
    ok: report.ok,
    language,
    locales: report.locales,
    summary: {pages: report.pages.length, ...countProblems(report), statuses},
    pages: report.pages.map((p) => ({
      page: p.page,
      source: p.source ?? null,
      locales: p.locales.map((l) => ({
        locale: l.locale,
        status: l.status,
        reviewed: l.reviewed,
        reviewedBy: l.reviewedBy ?? null,
        file: l.file,
        problems: l.problems.map(problem),
      })),
    })),
    uiFiles: report.uiFiles.map((u) => ({...u, problems: u.problems.map(problem)})),
  };
}
