import {join} from 'node:path';
import {parseArgs} from 'node:util';

import {SOURCE_LOCALE, TARGET_LOCALES} from '../../src/config/locales';
import {createTranslator} from '../i18n-check';
import {createProgress} from './createProgress';
import {pickLanguage} from '../i18n-check/createTranslator';
import {createT} from './createT';
import {PATHS} from './pageFiles';
import {ConfigError, createProvider, positiveInt} from './providers/createProvider';
import {readGlossary} from './readGlossary';
import {runTranslate} from './runTranslate';
import {summarize} from './summarize';
import {checkPage} from './validatePage';

const HELP = `Usage: npm run translate -- [options]

  --provider deepl|openai|libretranslate   (default: TRANSLATE_PROVIDER)
  --locale <code>     only this locale (repeatable; default: ${TARGET_LOCALES.join(', ')})
  --dry-run           show what would be sent and how many characters; send nothing
  --learn-memory      fill i18n/.tm/ from the committed translations, then say what
                      a run would still send; no provider, no request, no page written
  --force             also retranslate reviewed and hand-edited pages
  --json              print the report as JSON
`;

/**
 * `npm run translate`: reads flags and the environment, runs, prints the
 * summary in the user's language, and exits 1 if a page failed, 2 on a
 * configuration, quota or authentication error.
 */
export async function main(argv: string[], env: NodeJS.ProcessEnv, root: string): Promise<number> {
  // The same choice of language as i18n:check (LC_ALL, LC_MESSAGES, LANG).
  const language = pickLanguage(undefined, env);
  const t = await createT(language);
  try {
    const {values} = parseArgs({
      args: argv,
      options: {
        provider: {type: 'string'},
        locale: {type: 'string', multiple: true},
        'dry-run': {type: 'boolean', default: false},
        'learn-memory': {type: 'boolean', default: false},
        force: {type: 'boolean', default: false},
        json: {type: 'boolean', default: false},
        help: {type: 'boolean', default: false},
      },
    });
    if (values.help) {
      process.stdout.write(HELP);
      return 0;
    }
    const locales = (values.locale ?? []).flatMap((l) => l.split(','));
    for (const locale of locales) {
      if (!(TARGET_LOCALES as readonly string[]).includes(locale)) {
        throw new ConfigError(`--locale "${locale}" is not a target locale; use one of ${TARGET_LOCALES.join(', ')} (src/config/locales.ts)`);
      }
    }
    const dryRun = values['dry-run'];
    const learnOnly = values['learn-memory'];
    if (dryRun && learnOnly) throw new ConfigError('--learn-memory sends nothing already; leave out --dry-run (or run --dry-run alone to see what would be sent)');
    // Learning needs no provider at all; a dry run only names one, when it is given.
    const provider = learnOnly || (dryRun && !values.provider && !env.TRANSLATE_PROVIDER) ? undefined : createProvider(values.provider, env);
    const progress = createProgress(process.stderr, (seconds) => t('eta', {seconds}));
    const report = await runTranslate({
      root,
      sourceLocale: SOURCE_LOCALE,
      locales: locales.length > 0 ? locales : TARGET_LOCALES,
      ...(provider ? {provider} : {}),
      dryRun,
      learnOnly,
      force: values.force,
      concurrency: positiveInt(env, 'TRANSLATE_CONCURRENCY', 4),
      glossary: readGlossary(join(root, PATHS.glossary), TARGET_LOCALES),
      today: new Date().toISOString().slice(0, 10),
      // The page gate is i18n:check itself: a page it would reject is never written.
      validatePage: checkPage(createTranslator(language)),
      onProgress: ({locale, done, total}) => progress.update(locale, t('progress', {locale, done, total}), done, total),
    });
    progress.end();
    process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : summarize(report, t, provider?.engine ?? '-', learnOnly ? 'learn' : dryRun ? 'dryRun' : 'run'));
    if (report.stopped) return 2;
    return report.pages.some((p) => p.outcome === 'failed') || report.ui.some((u) => u.failed > 0) ? 1 : 0;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${error instanceof ConfigError ? `\n${HELP}` : ''}`);
    return 2;
  }
}
