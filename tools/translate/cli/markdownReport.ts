import type {TFunction} from 'i18next';

import type {PageReport, TranslateReport} from '../planning';

/** What the report is about besides the run's own report: how it ended. */
export interface ReportContext {
  /** `unconfigured`: `--if-configured` with no provider, the plan of a dry run. */
  mode: 'run' | 'dryRun' | 'learn' | 'unconfigured';
  /** `translation.engine` of the provider (`deepl`, `openai:<model>`), `-` when none. */
  engine: string;
  language: string;
  /** The commit `--commit` made. */
  commit?: {sha: string; subject: string};
  /** `--max-characters` stopped the run before its first request. */
  limit?: {characters: number; max: number};
  /** The run could not start (configuration, uncommitted files): the message. */
  error?: string;
}

const code = (text: string) => `\`${text}\``;
/** A table cell holds no pipe nor line break. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/**
 * The Markdown report of a run for people (`--report FILE`, the body of the
 * pull-request comment), in `t`'s language: how the run ended, per locale
 * the pages translated, segments and characters sent and reused from the
 * memory; the pages left alone, which a person must look at, and why; the
 * pages that failed, with the reason; the UI files. Pure.
 */
export function markdownReport(report: TranslateReport | undefined, t: TFunction, context: ReportContext): string {
  const number = new Intl.NumberFormat(context.language === 'fr' ? 'fr-FR' : 'en-GB');
  const languageName = new Intl.DisplayNames([context.language], {type: 'language'});
  const out: string[] = [t('reportTitle'), ''];
  const paragraph = (text: string) => out.push(text, '');

  if (context.error !== undefined) paragraph(t('reportError', {message: context.error}));
  if (context.limit) paragraph(t('reportLimit', {characters: number.format(context.limit.characters), max: number.format(context.limit.max)}));
  if (report?.stopped) paragraph(t('reportStopped', {message: report.stopped}));
  if (context.mode === 'unconfigured') {
    paragraph(t('reportNotConfigured'));
    out.push(t('reportConfigure'), '', ...['reportConfigureDeepl', 'reportConfigureOpenai', 'reportConfigureLibre'].map((k) => `- ${t(k)}`), '');
  }
  if (!report) return finish(out);

  const planned = context.mode !== 'run' || context.limit !== undefined;
  const pagesOf = (locale: string) =>
    report.pages.filter((p) => p.locale === locale && p.outcome === (planned ? 'planned' : 'written')).map((p) => code(p.source.replace(/^docs\//, '')));
  const locales = Object.keys(report.sent);
  const busy = locales.filter((l) => pagesOf(l).length > 0 || (report.sent[l]?.segments ?? 0) > 0);
  const alone = report.pages.filter((p) => p.outcome === 'protected');
  const failed = report.pages.filter((p) => p.outcome === 'failed');
  const ui = report.ui.filter((u) => u.translated > 0 || u.failed > 0);

  if (context.mode === 'run' && !context.limit && !report.stopped) {
    if (context.commit) paragraph(t('reportCommitted', {engine: context.engine, sha: code(context.commit.sha.slice(0, 12)), subject: context.commit.subject}));
    else if (busy.length > 0 || ui.length > 0) paragraph(t('reportNothingWritten', {engine: context.engine}));
  }
  if (context.mode === 'dryRun') paragraph(t('reportDryRun'));
  if (context.mode === 'unconfigured' && busy.length > 0) paragraph(t('reportNotConfiguredPlan'));
  if (context.mode === 'learn') paragraph(t('reportLearn'));
  if (busy.length === 0 && alone.length === 0 && failed.length === 0 && ui.length === 0 && context.error === undefined && !context.limit && !report.stopped) {
    paragraph(t('reportNothing'));
  }

  if (busy.length > 0) {
    const suffix = planned ? 'Planned' : '';
    out.push(
      `| ${[t('reportTableLanguage'), t(`reportTablePages${suffix}`), t(`reportTableSent${suffix}`), t(`reportTableCharacters${suffix}`), t('reportTableReused')].join(' | ')} |`,
      '|---|---|--:|--:|--:|',
    );
    for (const locale of busy) {
      const sent = report.sent[locale] ?? {segments: 0, characters: 0};
      const reused = report.reused[locale] ?? {segments: 0, characters: 0};
      const pages = pagesOf(locale);
      out.push(
        `| ${[
          `${cell(languageName.of(locale) ?? locale)} (${locale})`,
          pages.length > 0 ? pages.join(', ') : t('reportNone'),
          number.format(sent.segments),
          number.format(sent.characters),
          t('reportReusedCell', {segments: number.format(reused.segments), characters: number.format(reused.characters)}),
        ].join(' | ')} |`,
      );
    }
    out.push('');
  }

  if (alone.length > 0) {
    out.push(t('reportAloneTitle'), '');
    for (const page of alone) out.push(`- ${aloneLine(page, t)}`);
    out.push('');
  }
  if (failed.length > 0) {
    out.push(t('reportFailedTitle'), '');
    for (const page of failed) {
      out.push(`- ${code(page.target)} (${page.locale})`);
      for (const reason of page.reasons ?? []) out.push(`  - ${reason}`);
    }
    out.push('');
  }
  if (ui.length > 0) {
    out.push(t('reportUiTitle'), '');
    for (const u of ui) out.push(`- ${t('reportUiLine', {file: code(u.file), translated: u.translated, failed: u.failed})}`);
    out.push('');
  }
  if (context.mode === 'run' && context.engine !== '-') paragraph(t('reportEngine', {engine: context.engine}));
  return finish(out);
}

function aloneLine(page: PageReport, t: TFunction): string {
  const args = {target: code(page.target), locale: page.locale, reviewer: page.reviewedBy ?? ''};
  switch (page.state) {
    case 'reviewed':
      return t(page.reviewedBy ? 'reportAloneReviewed' : 'reportAloneReviewedAnonymous', args);
    case 'edited':
      return t('reportAloneEdited', args);
    default:
      return t('reportAloneUnmarked', args);
  }
}

function finish(lines: string[]): string {
  while (lines.at(-1) === '') lines.pop();
  return `${lines.join('\n')}\n`;
}
