import type {TranslateReport} from '../planning';

/** Past this, the subject names how many pages instead of which. */
const SUBJECT_MAX = 72;

const list = (items: readonly string[]) => items.join(', ');

/**
 * The message of the commit `--commit` makes: a subject naming the French
 * pages (and UI strings) translated and the locales, e.g. `Translate
 * privacy.md, legal-notice.md into en, es, it, de`, then one line per
 * locale (what was written, sent, and reused) and the pages that failed or
 * were left alone. In English, like the rest of the history. Pure.
 */
export function commitMessage(report: TranslateReport, engine: string): string {
  const written = new Set(report.written);
  const locales = Object.keys(report.sent);
  const pagesOf = (locale: string) =>
    report.pages.filter((p) => p.locale === locale && p.outcome === 'written' && written.has(p.target)).map((p) => p.source.replace(/^docs\//, ''));
  const uiOf = (locale: string) => report.ui.filter((u) => u.locale === locale && written.has(u.file)).map((u) => u.file.replace(`i18n/${locale}/`, ''));
  const translated = locales.filter((l) => pagesOf(l).length > 0 || uiOf(l).length > 0);
  const pages = [...new Set(locales.flatMap(pagesOf))];
  const ui = locales.some((l) => uiOf(l).length > 0);

  let subject: string;
  if (translated.length === 0) {
    const memories = locales.filter((l) => written.has(`i18n/.tm/${l}.json`));
    subject = `Update the translation memory of ${list(memories)}`;
  } else {
    const what = (names: string) => [names, ...(ui ? ['the UI strings'] : [])].filter(Boolean).join(pages.length > 0 ? ' and ' : '');
    subject = `Translate ${what(list(pages))} into ${list(translated)}`;
    if (subject.length > SUBJECT_MAX) subject = `Translate ${what(`${pages.length} page${pages.length === 1 ? '' : 's'}`)} into ${list(translated)}`;
  }

  const body = [`Engine: ${engine}`];
  for (const locale of locales) {
    const sent = report.sent[locale];
    const reused = report.reused[locale];
    const files = [...pagesOf(locale), ...uiOf(locale)];
    const counts = `${sent?.segments ?? 0} segment(s), ${sent?.characters ?? 0} characters sent; ${reused?.segments ?? 0} segment(s) reused from the translation memory`;
    body.push(`${locale}: ${files.length > 0 ? list(files) : 'no page'} (${counts})`);
  }
  const failed = report.pages.filter((p) => p.outcome === 'failed').map((p) => p.target);
  if (failed.length > 0) body.push('', 'Failed, previous translation kept:', ...failed.map((f) => `- ${f}`));
  const alone = report.pages.filter((p) => p.outcome === 'protected').map((p) => `- ${p.target} (${p.state})`);
  if (alone.length > 0) body.push('', 'Left alone, a person must look:', ...alone);
  return `${subject}\n\n${body.join('\n')}\n`;
}
