import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {parseArgs} from 'node:util';

import type {TFunction} from 'i18next';

import {SOURCE_LOCALE, TARGET_LOCALES} from '../../../src/config/locales';
import {createRedactor} from '../../../src/config/redact';
import {createTranslator} from '../../i18n-check';
import {isLanguageCode, type MessageLanguage, pickLanguage} from '../../i18n-check/createTranslator';
import {checkCanCommit, checkPage, commitFiles, commitMessage, PATHS, uncommittedFiles} from '../writing';
import {createProgress} from './createProgress';
import {runAdopt} from '../adopting';
import {createT} from './createT';
import {markdownReport, type ReportContext} from './markdownReport';
import {ConfigError, createProvider, DEFAULT_RETRY, positiveInt, PROVIDER_VARIABLES, PROVIDERS} from '../providers';
import {readGlossary} from '../segmenting';
import {describePlan, executeRun, planRun, type TranslateReport} from '../planning';
import {summarize} from './summarize';

/** A wait before a retry this long or longer is said, so the run does not look stuck. */
const LONG_WAIT_MS = 5_000;

const HELP = `Usage: npm run translate -- [options]

  --provider deepl|openai|libretranslate   (default: TRANSLATE_PROVIDER)
  --locale <code>     only this locale (repeatable; default: ${TARGET_LOCALES.join(', ')})
  --dry-run           show what would be sent and how many characters; send nothing
  --learn-memory      fill i18n/.tm/ from the committed translations, then say what
                      a run would still send; no provider, no request, no page written
  --force             also retranslate reviewed and hand-edited pages
  --refresh           the pages this run translates ignore the translation memory:
                      every segment of theirs is sent again
  --forget <key>      drop these entries (16 hex digits, repeatable or comma-separated)
                      from the translation memory of the locales run, then run
  --commit            commit exactly the files the run wrote, in one commit; refuses to
                      start when one of them, or a French file it translates, has
                      uncommitted changes
  --report <file>     also write a Markdown report for people (the pull-request comment)
  --max-characters <n>  stop before any request when the run would send more than n
                      characters (default: TRANSLATE_MAX_CHARACTERS, else no limit)
  --if-configured     with no provider configured, say which settings to set, report
                      what a run would translate, and exit 0 (for CI)
  --lang <code>       language of the summary and the report (default: from LANG;
                      English for a language without messages: en, fr)
  --adopt             give provenance to translations that have none (made another
                      way): each is dated and hashed from the French of its last
                      commit, then up to date or stale as it really is; the memory
                      learns from it; no provider, no request
  --engine <name>     with --adopt: the engine to record (default: unknown)
  --assume-current    with --adopt, without git history: take every translation as
                      made from today's French
  --json              print the report as JSON
`;

/** Exit codes: what scripts and the workflow rely on. */
const EXIT = {ok: 0, failed: 1, stopped: 2} as const;

/**
 * `npm run translate`: reads flags and the environment, plans the whole run,
 * applies `--max-characters` and `--commit`'s checks before any request,
 * runs, commits, writes `--report`, prints the summary in the user's
 * language, and exits 1 if a page failed, 2 on a configuration, quota,
 * authentication or limit stop.
 */
export async function main(argv: string[], env: NodeJS.ProcessEnv, root: string): Promise<number> {
  // Everything printed or written about the run goes through the one
  // redaction: a provider or a gateway may echo a key back in an error body.
  const redact = createRedactor(env);
  const stdout = (text: string) => process.stdout.write(redact(text));
  const stderr = (text: string) => process.stderr.write(redact(text));
  let t: TFunction = await createT(pickLanguage(undefined, env));
  let reportFile: string | undefined;
  let language: MessageLanguage = pickLanguage(undefined, env);
  const writeReport = (report: TranslateReport | undefined, context: Omit<ReportContext, 'language'>) => {
    if (reportFile === undefined) return;
    mkdirSync(dirname(reportFile), {recursive: true});
    writeFileSync(reportFile, redact(markdownReport(report, t, {...context, language})));
  };
  let engine = '-';
  try {
    const {values} = parseArgs({
      args: argv,
      options: {
        provider: {type: 'string'},
        locale: {type: 'string', multiple: true},
        'dry-run': {type: 'boolean', default: false},
        'learn-memory': {type: 'boolean', default: false},
        force: {type: 'boolean', default: false},
        refresh: {type: 'boolean', default: false},
        forget: {type: 'string', multiple: true},
        commit: {type: 'boolean', default: false},
        report: {type: 'string'},
        'max-characters': {type: 'string'},
        'if-configured': {type: 'boolean', default: false},
        lang: {type: 'string'},
        adopt: {type: 'boolean', default: false},
        engine: {type: 'string'},
        'assume-current': {type: 'boolean', default: false},
        json: {type: 'boolean', default: false},
        help: {type: 'boolean', default: false},
      },
    });
    if (values.help) {
      stdout(HELP);
      return EXIT.ok;
    }
    if (values.lang !== undefined && !isLanguageCode(values.lang)) throw new ConfigError(`--lang "${values.lang}": write a language code, e.g. en or fr (one without messages gives English)`);
    language = pickLanguage(values.lang, env);
    t = await createT(language);
    if (values.report !== undefined) {
      if (values.report === '') throw new ConfigError('--report needs a file name, e.g. --report translation-report.md');
      reportFile = resolve(root, values.report);
    }
    const locales = (values.locale ?? []).flatMap((l) => l.split(','));
    for (const locale of locales) {
      if (!(TARGET_LOCALES as readonly string[]).includes(locale)) {
        throw new ConfigError(`--locale "${locale}" is not a target locale; use one of ${TARGET_LOCALES.join(', ')} (site.config.ts)`);
      }
    }
    const dryRun = values['dry-run'];
    const learnOnly = values['learn-memory'];
    if (dryRun && learnOnly) throw new ConfigError('--learn-memory sends nothing already; leave out --dry-run (or run --dry-run alone to see what would be sent)');
    if (dryRun && values.commit) throw new ConfigError('--dry-run writes nothing, so there is nothing to commit; leave out --commit');
    const maxCharacters = characterLimit(values['max-characters'], env);
    const forget = (values.forget ?? []).flatMap((k) => k.split(',')).map((k) => k.trim()).filter(Boolean);
    for (const key of forget) {
      if (!/^[0-9a-f]{16}$/.test(key)) throw new ConfigError(`--forget "${key}": a translation-memory key is 16 hexadecimal digits, as failure messages name them (e.g. --forget 3f2a9c0d1e4b5a6f)`);
    }

    if (values.engine !== undefined && !values.adopt) throw new ConfigError('--engine is for --adopt (a run records its provider\'s engine); leave it out');
    if (values['assume-current'] && !values.adopt) throw new ConfigError('--assume-current is for --adopt; leave it out');
    if (values.adopt) {
      if (dryRun || learnOnly || values.force || values.refresh || forget.length > 0) {
        throw new ConfigError('--adopt sends nothing and translates nothing: leave out --dry-run, --learn-memory, --force, --refresh and --forget');
      }
      const result = runAdopt({
        root,
        locales: locales.length > 0 ? locales : TARGET_LOCALES,
        engine: values.engine ?? 'unknown',
        assumeCurrent: values['assume-current'],
        commit: values.commit,
        t,
      });
      stdout(values.json ? `${JSON.stringify(result.report, null, 2)}\n` : result.summary);
      if (reportFile !== undefined) {
        mkdirSync(dirname(reportFile), {recursive: true});
        writeFileSync(reportFile, redact(`${t('reportTitle')}\n\n${result.summary}`));
      }
      return result.report.pages.some((p) => p.outcome === 'not-adoptable') ? EXIT.failed : EXIT.ok;
    }

    // Learning needs no provider at all; a dry run only names one, when it is given.
    const named = Boolean(values.provider ?? env.TRANSLATE_PROVIDER);
    const unconfigured = values['if-configured'] && !named && !learnOnly && !dryRun;
    const provider = learnOnly || unconfigured || (dryRun && !named) ? undefined : createProvider(values.provider, env, SOURCE_LOCALE);
    engine = provider?.engine ?? '-';
    if (values.commit && !unconfigured) checkCanCommit(root);

    const progress = createProgress(process.stderr, (seconds) => t('eta', {seconds}));
    const run = planRun({
      root,
      sourceLocale: SOURCE_LOCALE,
      locales: locales.length > 0 ? locales : TARGET_LOCALES,
      ...(provider ? {provider} : {}),
      dryRun: dryRun || unconfigured,
      learnOnly,
      force: values.force,
      refresh: values.refresh,
      forget,
      concurrency: positiveInt(env, 'TRANSLATE_CONCURRENCY', 4),
      glossary: readGlossary(join(root, PATHS.glossary), TARGET_LOCALES),
      today: new Date().toISOString().slice(0, 10),
      // The page gate is i18n:check itself: a page it would reject is never written.
      validatePage: checkPage(createTranslator(language)),
      describeSuspect: (suspect) => t('memorySuspect', {...suspect}),
      redact,
      retry: {
        ...DEFAULT_RETRY,
        onRetry: (error, delayMs) => {
          // A short back-off needs no word; a long wait (Retry-After) would look like a hang.
          if (delayMs >= LONG_WAIT_MS) stderr(`${t('waiting', {seconds: Math.round(delayMs / 1000), message: error.message})}\n`);
        },
      },
      onProgress: ({locale, done, total}) => progress.update(locale, t('progress', {locale, done, total}), done, total),
    });
    if (forget.length > 0) {
      const found = new Set(Object.values(run.forgotten).flat());
      const unknown = forget.filter((k) => !found.has(k));
      if (unknown.length === forget.length) {
        throw new ConfigError(`--forget: ${unknown.join(', ')} is in none of ${run.locales.map((l) => l.file.path).join(', ')}; check the key the failure message named, and its locale`);
      }
    }
    const print = (report: TranslateReport, mode: 'run' | 'dryRun' | 'learn', extra: string[] = []) =>
      stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${summarize(report, t, engine, mode)}${extra.map((l) => `${l}\n`).join('')}`);

    if (unconfigured) {
      const report = describePlan(run);
      writeReport(report, {mode: 'unconfigured', engine});
      const help = [t('notConfigured', {providers: PROVIDERS.join(', ')}), ...PROVIDERS.map((p) => `  ${p}: ${PROVIDER_VARIABLES[p]}`)];
      print(report, 'dryRun', help);
      return EXIT.ok;
    }
    if (values.commit) {
      const dirty = uncommittedFiles(root, [...run.targets, ...run.sources]);
      if (dirty.length > 0) {
        throw new ConfigError(
          `--commit: these files have uncommitted changes, and the run would write them or translate from them:\n${dirty.map((f) => `  ${f}`).join('\n')}\nCommit them (or stash them, or restore them with git restore) first, then run again.`,
        );
      }
    }
    if (maxCharacters !== undefined && run.characters > maxCharacters) {
      const report = describePlan(run);
      const limit = {characters: run.characters, max: maxCharacters};
      writeReport(report, {mode: 'run', engine, limit});
      print(report, 'dryRun', [t('limitExceeded', limit)]);
      return EXIT.stopped;
    }

    const report = await executeRun(run);
    progress.end();
    const mode = learnOnly ? 'learn' : dryRun ? 'dryRun' : 'run';
    const extra: string[] = [];
    let commit: ReportContext['commit'];
    if (values.commit) {
      if (report.written.length === 0) extra.push(t('nothingToCommit'));
      else {
        const message = redact(commitMessage(report, engine));
        const subject = message.split('\n')[0] ?? '';
        commit = {sha: commitFiles(root, report.written, message), subject};
        extra.push(t('committed', {sha: commit.sha.slice(0, 12), subject}));
      }
    }
    writeReport(report, {mode, engine, ...(commit ? {commit} : {})});
    print(report, mode, extra);
    if (report.stopped) return EXIT.stopped;
    return report.pages.some((p) => p.outcome === 'failed') || report.ui.some((u) => u.failed > 0) ? EXIT.failed : EXIT.ok;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    writeReport(undefined, {mode: 'run', engine, error: message});
    stderr(`${message}\n${error instanceof ConfigError ? `\n${HELP}` : ''}`);
    return EXIT.stopped;
  }
}

/** `--max-characters`, else `TRANSLATE_MAX_CHARACTERS`: a whole number of characters (0 sends nothing), or no limit. */
function characterLimit(flag: string | undefined, env: NodeJS.ProcessEnv): number | undefined {
  const [name, value] = flag !== undefined ? ['--max-characters', flag] : ['TRANSLATE_MAX_CHARACTERS', env.TRANSLATE_MAX_CHARACTERS];
  if (value === undefined || (value === '' && name !== '--max-characters')) return undefined;
  const digits = value.replace(/[_\s]/g, '');
  if (!/^\d+$/.test(digits)) throw new ConfigError(`${name}="${value}" must be a whole number of characters, e.g. 200000 (0 allows nothing to be sent)`);
  return Number(digits);
}
