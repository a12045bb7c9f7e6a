import {execFile} from 'node:child_process';
import {join} from 'node:path';

import {describe, expect, it} from 'vitest';

import {TARGET_LOCALES} from '../../../src/config/locales';
import {cliCommand} from '../../testing/compiledCli';
import type {JsonReport} from '../report/toJsonReport';

const SITE_ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(import.meta.dirname, 'fixtures');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI, as `npm run i18n:check` does, with `LANG` set. */
function cli(args: string[], lang = 'en_US.UTF-8'): Promise<Run> {
  const {command, args: argv} = cliCommand('tools/i18n-check/cli.ts', args);
  return new Promise((resolve) => {
    execFile(
      command,
      argv,
      {cwd: SITE_ROOT, env: {...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '', NO_COLOR: '1'}},
      (error, stdout, stderr) => resolve({code: error ? Number(error.code ?? 1) : 0, stdout, stderr}),
    );
  });
}

const fixture = (name: string): string => join(FIXTURES, name);

describe('npm run i18n:check', {timeout: 60_000}, () => {
  it('exits 0 on an up-to-date site and says so in English', async () => {
    const run = await cli(['--root', fixture('up-to-date'), '--locale', 'en,es', '--locale', 'de']);
    expect(run).toMatchObject({code: 0, stderr: ''});
    expect(run.stdout).toMatchInlineSnapshot(`
      "Page docs/guide.md
        en: up to date
        es: up to date
        de: up to date

      UI strings
        i18n/en/code.json: ok
        i18n/es/code.json: ok
        i18n/de/code.json: ok

      1 page(s) × 3 locale(s): 0 error(s), 0 warning(s).
      All translations are up to date and valid.
      "
    `);
  });

  it('exits 1 on a broken invariant, and reports it in French under LANG=fr_FR.UTF-8', async () => {
    const run = await cli(['--root', fixture('number-changed'), '--locale', 'en'], 'fr_FR.UTF-8');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatchInlineSnapshot(`
      "Page docs/guide.md
        en : à jour
        i18n/en/docusaurus-plugin-content-docs/current/guide.md:26  nombre 13,174,980 au lieu de 13 174 890 (ligne 21 du français)  -> écrivez le nombre du français (les séparateurs de milliers et de décimales de la langue conviennent)

      Textes de l'interface
        i18n/en/code.json : ok

      1 page(s) × 1 langue(s) : 1 erreur(s), 0 avertissement(s).
      Des traductions sont à reprendre : corrigez les erreurs ci-dessus.
      "
    `);
  });

  it('prints the documented JSON schema with --json; --lang wins over LANG', async () => {
    const run = await cli(['--root', fixture('reviewed-stale'), '--locale', 'en', '--json', '--lang', 'en'], 'fr_FR.UTF-8');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report).toMatchInlineSnapshot(`
      {
        "language": "en",
        "locales": [
          "en",
        ],
        "ok": false,
        "pages": [
          {
            "locales": [
              {
                "file": "i18n/en/docusaurus-plugin-content-docs/current/guide.md",
                "locale": "en",
                "problems": [
                  {
                    "code": "translation-stale",
                    "column": null,
                    "file": "i18n/en/docusaurus-plugin-content-docs/current/guide.md",
                    "fix": "update the translation by hand, have it reviewed again, then set translation.source_hash to 528678e9f1c07dfe",
                    "line": 6,
                    "message": "reviewed, but docs/guide.md changed since (source_hash fd3abb3d7513cf93, French is now 528678e9f1c07dfe)",
                    "params": {
                      "expected": "528678e9f1c07dfe",
                      "found": "fd3abb3d7513cf93",
                      "kind": "reviewed",
                      "locale": "en",
                      "source": "docs/guide.md",
                    },
                    "severity": "error",
                  },
                ],
                "reviewed": true,
                "reviewedBy": "Jeanne Dupont",
                "status": "stale",
              },
            ],
            "page": "guide.md",
            "source": "docs/guide.md",
          },
        ],
        "summary": {
          "errors": 1,
          "pages": 1,
          "statuses": {
            "invalid": 0,
            "missing": 0,
            "orphan": 0,
            "reviewed": 0,
            "stale": 1,
            "up-to-date": 0,
          },
          "warnings": 0,
        },
        "uiFiles": [
          {
            "file": "i18n/en/code.json",
            "locale": "en",
            "problems": [],
            "sourceFile": "i18n/fr/code.json",
          },
        ],
        "version": 1,
      }
    `);
  });

  it('exits 0 when there are only warnings', async () => {
    const run = await cli(['--root', fixture('wrong-language'), '--locale', 'en', '--json']);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect([run.code, report.ok, report.summary.errors, report.summary.warnings]).toEqual([0, true, 0, 1]);
  });

  it('exits 2 on a usage error, naming the value and the fix', async () => {
    const run = await cli(['--root', fixture('up-to-date'), '--locale', 'pt']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(`i18n:check: --locale "pt": not a target locale; use one of ${TARGET_LOCALES.join(', ')} (site.config.ts)`);
  });

  // Each site holds one damaged translation (fixtures/<case>/, see checkSite.test.ts): where it is and what it is.
  it.each([
    ['truncated-with-period', 'text-truncated', [18, 30]],
    ['sentence-added', 'sentence-count-changed', [52]],
    ['text-repeated', 'text-repeated', [22]],
    ['preamble', 'model-chatter', [14]],
    ['thinking-tags', 'model-chatter', [22]],
    ['apology', 'model-chatter', [22]],
    ['segments-swapped', 'implausible-for-kind', [31, 46]],
    ['blockquote-injected', 'block-construct-changed', [53]],
    ['thematic-break-injected', 'block-construct-changed', [15]],
    ['length-out-of-bounds', 'length-ratio', [31]],
  ] as const)('exits 1 on a site holding a damaged translation (%s): %s at its file and line', async (name, code, lines) => {
    const run = await cli(['--root', fixture(name), '--locale', 'en', '--json']);
    expect(run.code).toBe(1);
    const problems = (JSON.parse(run.stdout) as JsonReport).pages.flatMap((p) => p.locales.flatMap((l) => l.problems));
    const found = problems.filter((p) => p.code === code);
    expect(found.map((p) => `${p.file}:${p.line}`)).toEqual(lines.map((line) => `i18n/en/docusaurus-plugin-content-docs/current/privacy.md:${line}`));
    expect(found.every((p) => p.severity === 'error' && p.message !== '' && p.fix !== '')).toBe(true);
  });
});
