import {execFile} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import {join} from 'node:path';

import {afterEach, describe, expect, it} from 'vitest';

import {checkSite, type SiteFiles, type SiteReport} from '../checkSite';
import type {UntranslatedRules} from '../checkUntranslatedUi';
import type {JsonReport} from '../report/toJsonReport';

const SITE_ROOT = join(import.meta.dirname, '../../..');

/** A code.json's text from `{id: message}`, as write-translations lays it out (one key per 4 lines). */
function codeJson(messages: Record<string, string>): string {
  return `${JSON.stringify(Object.fromEntries(Object.entries(messages).map(([id, message]) => [id, {message, description: 'd'}])), null, 2)}\n`;
}

const FR = {'search.label': 'Rechercher sur le site', 'search.results': '1 résultat|{count} résultats', 'brand': 'Acme', 'versions': 'Versions'};
const EN = {'search.label': 'Search the site', 'search.results': '1 result|{count} results', 'brand': 'Acme', 'versions': 'Versions'};
const DE = {'search.label': 'Website durchsuchen', 'search.results': '1 Treffer|{count} Treffer', 'brand': 'Acme', 'versions': 'Versionen'};

/** A site with no page and these code.json files, by locale. */
function site(ui: Record<string, Record<string, string>>): SiteFiles {
  return {
    docs: new Map(),
    translations: new Map(),
    ui: new Map(Object.entries(ui).map(([locale, messages]) => [locale, new Map([['code.json', codeJson(messages)]])])),
  };
}

const RULES: UntranslatedRules = {
  allowlist: [
    {message: 'Acme', locales: ['fr', 'en', 'de'], reason: 'the brand'},
    {message: 'Versions', locales: ['fr', 'en'], reason: 'the same word'},
  ],
  forbiddenKeys: [{file: 'code.json', key: 'copyright', reason: 'it freezes the year'}],
  allowlistFile: 'tools/i18n-ui/allowlist.ts',
  reportUnused: true,
};

/** The UI problems of a report, one line each. */
function uiProblems(report: SiteReport): string[] {
  return report.uiFiles.flatMap((u) => u.problems.map((p) => `${p.severity} ${p.code} ${p.file}:${p.line} ${JSON.stringify(p.params)}`));
}

describe('i18n:check, UI messages left untranslated', () => {
  it('passes translated files, allowlisted and language-neutral messages', () => {
    const report = checkSite(site({fr: FR, en: EN, de: DE}), ['en', 'de'], {untranslated: RULES});
    expect([report.ok, ...uiProblems(report)]).toEqual([true]);
  });

  it('reports, at the key’s line, a target message that reads as in English, and a French one that reads as in English (and so the English as in French)', () => {
    const report = checkSite(site({fr: {...FR, 'search.label': 'Search the site'}, en: EN, de: {...DE, 'search.results': '1 result|{count} results'}}), ['en', 'de'], {untranslated: RULES});
    expect(report.ok).toBe(false);
    expect(uiProblems(report)).toMatchInlineSnapshot(`
      [
        "error ui-untranslated i18n/en/code.json:2 {"key":"search.label","message":"Search the site","reference":"i18n/fr/code.json","allowlist":"tools/i18n-ui/allowlist.ts"}",
        "error ui-untranslated i18n/de/code.json:6 {"key":"search.results","message":"1 result|{count} results","reference":"i18n/en/code.json","allowlist":"tools/i18n-ui/allowlist.ts"}",
        "error ui-untranslated i18n/fr/code.json:2 {"key":"search.label","message":"Search the site","reference":"i18n/en/code.json","allowlist":"tools/i18n-ui/allowlist.ts"}",
      ]
    `);
    // The French file gets an entry of its own, after the targets'.
    expect(report.uiFiles.map((u) => `${u.locale} ${u.file} < ${u.sourceFile}`)).toEqual([
      'en i18n/en/code.json < i18n/fr/code.json',
      'de i18n/de/code.json < i18n/fr/code.json',
      'fr i18n/fr/code.json < i18n/en/code.json',
    ]);
  });

  it('reports a forbidden key, and an allowance nothing uses as a warning', () => {
    const rules = {...RULES, allowlist: [...RULES.allowlist, {message: 'Suchen', locales: ['de'], reason: '-'}]};
    const report = checkSite(site({fr: FR, en: EN, de: {...DE, copyright: '© 2026'}}), ['en', 'de'], {untranslated: rules});
    expect(uiProblems(report)).toMatchInlineSnapshot(`
      [
        "warning ui-key-extra i18n/de/code.json:18 {"key":"copyright","sourceFile":"i18n/fr/code.json"}",
        "error ui-key-forbidden i18n/de/code.json:18 {"key":"copyright","reason":"it freezes the year"}",
        "warning ui-allowlist-unused tools/i18n-ui/allowlist.ts:1 {"message":"Suchen","locales":"de"}",
      ]
    `);
  });

  it('without English checked, compares with the source, and says nothing of unused allowances', () => {
    const rules = {...RULES, allowlist: [...RULES.allowlist, {message: 'Suchen', locales: ['de'], reason: '-'}]};
    const report = checkSite(site({fr: FR, de: {...DE, 'search.label': 'Rechercher sur le site'}}), ['de'], {untranslated: rules});
    expect(uiProblems(report)).toMatchInlineSnapshot(`
      [
        "error ui-untranslated i18n/de/code.json:2 {"key":"search.label","message":"Rechercher sur le site","reference":"i18n/fr/code.json","allowlist":"tools/i18n-ui/allowlist.ts"}",
      ]
    `);
  });

  it('skips a file that is not JSON: checkUiStrings reports it', () => {
    const files = site({fr: FR, en: EN});
    (files.ui.get('en') as Map<string, string>).set('code.json', '{"search.label": ');
    expect(uiProblems(checkSite(files, ['en'], {untranslated: RULES})).map((line) => line.split(' ')[1])).toEqual(['ui-json-invalid']);
  });
});

// Each test spawns the CLI, whose start (tsx) takes seconds on a busy machine.
describe('npm run i18n:check reads the site’s own allowlist', {timeout: 60_000}, () => {
  let root = '';
  afterEach(() => fs.rmSync(root, {recursive: true, force: true}));

  /** A site in a temporary folder: no page, these code.json files, and `allowlist` as tools/i18n-ui/allowlist.ts. */
  function writeSite(ui: Record<string, Record<string, string>>, allowlist?: string): void {
    root = fs.mkdtempSync(join(os.tmpdir(), 'untranslated-'));
    fs.mkdirSync(join(root, 'docs'));
    for (const [locale, messages] of Object.entries(ui)) {
      fs.mkdirSync(join(root, 'i18n', locale), {recursive: true});
      fs.writeFileSync(join(root, 'i18n', locale, 'code.json'), codeJson(messages));
    }
    if (allowlist !== undefined) {
      fs.mkdirSync(join(root, 'tools/i18n-ui'), {recursive: true});
      fs.writeFileSync(join(root, 'tools/i18n-ui/allowlist.ts'), allowlist);
    }
  }

  function cli(args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
    return new Promise((resolve) => {
      execFile(
        join(SITE_ROOT, 'node_modules/.bin/tsx'),
        [join(SITE_ROOT, 'tools/i18n-check/cli.ts'), '--root', root, ...args],
        {cwd: SITE_ROOT, env: {...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', NO_COLOR: '1'}},
        (error, stdout, stderr) => resolve({code: error ? Number(error.code ?? 1) : 0, stdout, stderr}),
      );
    });
  }

  const ALLOWLIST = `export const UNTRANSLATED_ALLOWLIST = [{message: 'Acme', locales: ['fr', 'en', 'de'], reason: 'the brand'}, {message: 'Versions', locales: ['fr', 'en'], reason: 'the same word'}];\nexport const FORBIDDEN_KEYS = [];\n`;

  it('fails on a message left in English, with its message and fix', async () => {
    writeSite({fr: FR, en: EN, de: {...DE, 'search.label': 'Search the site'}}, ALLOWLIST);
    const run = await cli(['--locale', 'en,de', '--json']);
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    const [found] = report.uiFiles.flatMap((u) => u.problems);
    expect(found).toMatchInlineSnapshot(`
      {
        "code": "ui-untranslated",
        "column": null,
        "file": "i18n/de/code.json",
        "fix": "translate it ("npm run translate" sends it once), or, if it rightly reads the same, allowlist it with a reason in tools/i18n-ui/allowlist.ts",
        "line": 2,
        "message": ""search.label" reads "Search the site", as in i18n/en/code.json: left untranslated?",
        "params": {
          "allowlist": "tools/i18n-ui/allowlist.ts",
          "key": "search.label",
          "message": "Search the site",
          "reference": "i18n/en/code.json",
        },
        "severity": "error",
      }
    `);
  });

  it('without an allowlist file, borrows this repository’s, and says nothing of the allowances it leaves unused', async () => {
    writeSite({fr: FR, en: EN, de: DE});
    const run = await cli(['--locale', 'en,de', '--json']);
    const report = JSON.parse(run.stdout) as JsonReport;
    // "Versions" is on this repository's list for French and English; "Acme" is no name of ours.
    expect(report.uiFiles.flatMap((u) => u.problems.map((p) => `${p.code} ${p.file} ${String(p.params.key)}`))).toEqual([
      'ui-untranslated i18n/en/code.json brand',
      'ui-untranslated i18n/de/code.json brand',
      'ui-untranslated i18n/fr/code.json brand',
    ]);
  });

  it('stops on an allowlist that exports something else, naming the file and the export', async () => {
    writeSite({fr: FR, en: EN}, `export const UNTRANSLATED_ALLOWLIST = ['Acme'];\nexport const FORBIDDEN_KEYS = [];\n`);
    const run = await cli(['--locale', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('tools/i18n-ui/allowlist.ts: UNTRANSLATED_ALLOWLIST must be an array of {message, locales, reason}');
  });
});
