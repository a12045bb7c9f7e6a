/**
 * `npm run i18n:check [-- --json] [--locale en[,es]] [--root DIR] [--lang <code>]`
 *
 * Thin I/O shell around the pure checker: reads the site, prints the report,
 * exits 0 when everything is up to date and valid (warnings alone pass),
 * 1 when something needs fixing, 2 on a usage error.
 */
import {existsSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {parseArgs} from 'node:util';

import {TARGET_LOCALES} from '../../src/config/locales';
import {createRedactor} from '../../src/config/redact';
import {InvalidUtf8Error} from '../../src/shared/readText';
import {allowStale, countPending} from './allowStale';
import {checkSite} from './checkSite';
import {createTranslator, isLanguageCode, pickLanguage} from './createTranslator';
import {formatReport, toJsonReport} from './report';
import {readSite} from './readSite-fs';
import {readUntranslatedRules} from './readUntranslatedRules-fs';

const USAGE = `Usage: npm run i18n:check -- [--json] [--locale <code>[,<code>]] [--root <dir>] [--lang <code>] [--allow-stale]
  --json     machine-readable report on stdout (schema: docs-dev/translation.md, "Checking translations")
  --allow-stale  stale and missing translations are warnings (the Translate workflow makes them)
  --locale   only these target locales (${TARGET_LOCALES.join(', ')}); repeatable
  --root     site root holding docs/ and i18n/ (default: current directory)
  --lang     language of the messages (default: from LANG, or LC_ALL/LC_MESSAGES; English for a language without messages: en, fr)`;

// Everything printed goes through the one redaction: a translated page may
// hold a secret a provider echoed, and CI logs are often public.
const redact = createRedactor(process.env);
const write = (text: string) => process.stdout.write(redact(text));

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({values} = parseArgs({
      args: argv,
      options: {
        json: {type: 'boolean', default: false},
        locale: {type: 'string', multiple: true},
        root: {type: 'string'},
        lang: {type: 'string'},
        'allow-stale': {type: 'boolean', default: false},
        help: {type: 'boolean', short: 'h', default: false},
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.lang !== undefined && !isLanguageCode(values.lang)) {
    return usageError(`--lang "${values.lang}": write a language code, e.g. en or fr (one without messages gives English)`);
  }
  const language = pickLanguage(values.lang, process.env);
  const locales = (values.locale ?? []).flatMap((l) => l.split(',')).map((l) => l.trim());
  const unknown = locales.filter((l) => !TARGET_LOCALES.includes(l as (typeof TARGET_LOCALES)[number]));
  if (unknown.length) {
    return usageError(`--locale "${unknown.join(',')}": not a target locale; use one of ${TARGET_LOCALES.join(', ')} (site.config.ts)`);
  }
  const root = resolve(values.root ?? process.cwd());
  if (!existsSync(join(root, 'docs'))) {
    return usageError(`--root "${root}": no docs/ folder there; run from the site root or pass --root <site>`);
  }

  const selected = locales.length ? TARGET_LOCALES.filter((l) => locales.includes(l)) : TARGET_LOCALES;
  let files;
  try {
    files = await readSite(root, selected);
  } catch (error) {
    // A file that is not valid UTF-8 cannot be checked: say which, and where.
    if (!(error instanceof InvalidUtf8Error)) throw error;
    process.stderr.write(redact(`i18n:check: ${error.message}\n`));
    return 2;
  }
  // The site's own allowlist of UI messages that rightly read as in English.
  const checked = checkSite(files, selected, {untranslated: await readUntranslatedRules(root)});
  const report = values['allow-stale'] ? allowStale(checked) : checked;
  const t = createTranslator(language);
  const pending = values['allow-stale'] ? countPending(report) : 0;
  write(
    values.json
      ? `${JSON.stringify(toJsonReport(report, t, language), null, 2)}\n`
      : formatReport(report, t, {pending}),
  );
  return report.ok ? 0 : 1;
}

function usageError(message: string): number {
  process.stderr.write(redact(`i18n:check: ${message}\n\n${USAGE}\n`));
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(redact(`i18n:check: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`));
    process.exitCode = 2;
  },
);
