import type {TFunction} from 'i18next';

import type {TranslateReport} from '../planning';

/** What the run was: a real one, `--dry-run`, or `--learn-memory`. */
export type RunMode = 'run' | 'dryRun' | 'learn';

/** The human summary of a run, one line per page that needs attention, in `t`'s language. Pure. */
export function summarize(report: TranslateReport, t: TFunction, provider: string, mode: RunMode): string {
  const lines: string[] = [];
  const count = (outcome: string) => report.pages.filter((p) => p.outcome === outcome).length;
  for (const page of report.pages) {
    if (page.outcome === 'written') lines.push(t('written', {target: page.target}));
    if (page.outcome === 'planned') lines.push(t('planned', {target: page.target, state: page.state}));
    if (page.outcome === 'protected') lines.push(t(`protected_${page.state}`, {target: page.target}));
    if (page.outcome === 'failed') {
      lines.push(t('failed', {target: page.target}));
      for (const reason of page.reasons ?? []) lines.push(`  ${reason}`);
    }
  }
  for (const ui of report.ui) lines.push(t('ui', {...ui}));
  for (const [locale, memory] of Object.entries(report.memory ?? {})) lines.push(t('memory', {locale, ...memory}));
  for (const [locale, keys] of Object.entries(report.forgotten ?? {})) if (keys.length > 0) lines.push(t('forgotten', {locale, count: keys.length, keys: keys.join(', ')}));
  for (const [locale, sent] of Object.entries(report.sent)) lines.push(t(mode === 'run' ? 'sent' : 'wouldSend', {locale, ...sent}));
  if (report.stopped) lines.push(t('stopped', {message: report.stopped}));
  const counts = {
    written: count('written'),
    unchanged: count('unchanged'),
    current: count('current'),
    protected: count('protected'),
    failed: count('failed'),
    planned: count('planned'),
  };
  lines.push(mode === 'learn' ? t('learnSummary', counts) : mode === 'dryRun' ? t('dryRunSummary', counts) : t('summary', {...counts, provider}));
  return `${lines.join('\n')}\n`;
}
