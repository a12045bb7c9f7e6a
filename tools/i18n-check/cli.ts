/**
 * `npm run i18n:check [-- --json] [--locale en[,es]] [--root DIR] [--lang fr|en]`
 *
 * Thin I/O shell around the pure checker: reads the site, prints the report,
 * exits 0 when everything is up to date and valid (warnings alone pass),
 * 1 when something needs fixing, 2 on a usage error.
 */
import {existsSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {parseArgs} from 'node:util';

import {TARGET_LOCALES} from '../../src/config/locales';
import {allowStale, countPending} from './allowStale';
import {checkSite} from './checkSite';
import {createTranslator, pickLanguage} from './createTranslator';
import {formatReport} from './formatReport';
import {readSite} from './readSite-fs';
import {toJsonReport} from './toJsonReport';

const USAGE = `Usage: npm run i18n:check -- [--json] [--locale <code>[,<code>]] [--root <dir>] [--lang fr|en] [--allow-stale]
  --json     machine-readable report on stdout (schema: README, "Checking translations")
  --allow-stale  stale and missing translations are warnings (the Translate workflow makes them)
  --locale   only these target locales (${TARGET_LOCALES.join(', ')}); repeatable
  --root     site root holding docs/ and i18n/ (default: current directory)
  --lang     language of the messages (default: from LANG, or LC_ALL/LC_MESSAGES: fr* = French, else English)`;

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
  if (values.lang !== undefined && values.lang !== 'fr' && values.lang !== 'en') {
    return usageError(`--lang "${values.lang}": must be "fr" or "en"`);
  }
  const language = pickLanguage(values.lang, process.env);
  const locales = (values.locale ?? []).flatMap((l) => l.split(',')).map((l) => l.trim());
  const unknown = locales.filter((l) => !TARGET_LOCALES.includes(l as (typeof TARGET_LOCALES)[number]));
  if (unknown.length) {
    return usageError(`--locale "${unknown.join(',')}": not a target locale; use one of ${TARGET_LOCALES.join(', ')} (src/config/locales.ts)`);
  }
  const root = resolve(values.root ?? process.cwd());
  if (!existsSync(join(root, 'docs'))) {
    return usageError(`--root "${root}": no docs/ folder there; run from the site root or pass --root <site>`);
  }

  const selected = locales.length ? TARGET_LOCALES.filter((l) => locales.includes(l)) : TARGET_LOCALES;
  const checked = checkSite(await readSite(root, selected), selected);
  const report = values['allow-stale'] ? allowStale(checked) : checked;
  const t = createTranslator(language);
  const pending = values['allow-stale'] ? countPending(report) : 0;
  process.stdout.write(
    values.json
      ? `${JSON.stringify(toJsonReport(report, t, language), null, 2)}\n`
      : formatReport(report, t, {pending}),
  );
  return report.ok ? 0 : 1;
}

function usageError(message: string): number {
  process.stderr.write(`i18n:check: ${message}\n\n${USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`i18n:check: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
