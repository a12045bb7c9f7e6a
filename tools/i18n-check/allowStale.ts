import type {SiteReport} from './checkSite';
import type {Problem, ProblemCode} from './problem';

/** The codes `--allow-stale` turns into warnings: translations that a later run of `npm run translate` makes. */
const PENDING: ReadonlySet<ProblemCode> = new Set<ProblemCode>(['translation-stale', 'translation-missing']);

/**
 * `--allow-stale`: the report with stale and missing translations (pages
 * and UI files) as warnings, for a pull request whose translations are made
 * by the Translate workflow (in the pull request, or after merge when it
 * comes from a fork). Every other problem, and orphans, still fail. Pure.
 */
export function allowStale(report: SiteReport): SiteReport {
  const soften = (problems: Problem[]) => problems.map((p) => (PENDING.has(p.code) ? {...p, severity: 'warning' as const} : p));
  const pages = report.pages.map((page) => ({...page, locales: page.locales.map((l) => ({...l, problems: soften(l.problems)}))}));
  const uiFiles = report.uiFiles.map((u) => ({...u, problems: soften(u.problems)}));
  const all = [...pages.flatMap((p) => p.locales.flatMap((l) => l.problems)), ...uiFiles.flatMap((u) => u.problems)];
  return {...report, pages, uiFiles, ok: all.every((p) => p.severity !== 'error')};
}

/** How many translations `allowStale` let through, to say so in the summary. */
export function countPending(report: SiteReport): number {
  const all = [...report.pages.flatMap((p) => p.locales.flatMap((l) => l.problems)), ...report.uiFiles.flatMap((u) => u.problems)];
  return all.filter((p) => PENDING.has(p.code)).length;
}
