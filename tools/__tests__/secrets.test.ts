import {spawn} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';

import {cliCommand} from '../testing/compiledCli';
import {makeRepo, SAMPLE_SITE} from '../translate/testing/makeRepo';

// Recognisable secrets, planted in the environment and in URLs, then looked
// for in everything the build, `npm run hosting`, `npm run translate` and
// `npm run i18n:check` print or write on their error paths.
const REPO = resolve(import.meta.dirname, '../..');
const BIN = join(REPO, 'node_modules/.bin');
const USER = 'planted-user-5127';
const PASSWORD = 'planted-pass-8841';
const TOKEN = 'planted-token-value-7260';
const PLANTED = [USER, PASSWORD, TOKEN];
const secrets = {PLANTED_API_TOKEN: TOKEN};

/** `npm run <tool>`'s command and arguments (`cliCommand`), for `run`. */
const cli = (entry: string, args: string[]): [string, string[]] => {
  const {command, args: argv} = cliCommand(entry, args);
  return [command, argv];
};

function run(command: string, args: string[], env: Record<string, string>, cwd = REPO) {
  const child = spawn(command, args, {cwd, env: {PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C', ...secrets, ...env}});
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise<{code: number | null; output: string}>((done) => child.on('close', (code) => done({code, output})));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((d) => d.isFile())
    .map((d) => readFileSync(join(d.parentPath, d.name), 'utf8'));
}

const expectClean = (texts: string[]) => {
  for (const text of texts) for (const secret of PLANTED) expect(text).not.toContain(secret);
};

const withCredentials = (url: string) => url.replace('://', `://${USER}:${PASSWORD}@`);

/** Bad configurations, each on another error path of the configuration's validation. */
const BAD: Array<[string, string, Record<string, string>]> = [
  ['MATOMO_URL with a password but no site id', 'MATOMO_URL', {MATOMO_URL: withCredentials('https://stats.example.org/')}],
  ['MATOMO_URL with a scheme that is not http', 'MATOMO_URL', {MATOMO_URL: withCredentials('ftp://stats.example.org/'), MATOMO_SITE_ID: '1'}],
  ['MATOMO_URL with a bad port', 'MATOMO_URL', {MATOMO_URL: withCredentials('https://stats.example.org:99999/'), MATOMO_SITE_ID: '1'}],
  ['MATOMO_SCRIPT_URL with credentials and no MATOMO_URL', 'MATOMO_SCRIPT_URL', {MATOMO_SCRIPT_URL: withCredentials('https://cdn.example.org/matomo.js')}],
  ['MATOMO_SCRIPT_URL with a query', 'MATOMO_SCRIPT_URL', {MATOMO_URL: 'https://stats.example.org/', MATOMO_SITE_ID: '1', MATOMO_SCRIPT_URL: `${withCredentials('https://cdn.example.org/m.js')}?k=${TOKEN}`}],
  ['EDIT_URL with credentials and a scheme that is not http', 'EDIT_URL', {EDIT_URL: withCredentials('git://github.com/org/site/edit/main/')}],
  ['EDIT_URL with a secret in its query', 'EDIT_URL', {EDIT_URL: `https://github.com/org/site/edit/main/?token=${TOKEN}`}],
  ['SITE_URL with credentials and a path', 'SITE_URL', {SITE_URL: `${withCredentials('https://docs.example.org')}/${TOKEN}`}],
];

describe('the build', {timeout: 180_000}, () => {
  it.each(BAD)('%s: stops, naming the variable, and never shows a secret', async (_name, variable, env) => {
    const out = mkdtempSync(join(tmpdir(), 'secrets-build-'));
    const {code, output} = await run(join(BIN, 'docusaurus'), ['build', '--out-dir', out], env);
    expect(code).not.toBe(0);
    expect(output).toMatch(new RegExp(`${variable}="[^"]*\\*\\*\\*`));
    expectClean([output, ...filesUnder(out)]);
  });
});

describe('npm run hosting', {timeout: 120_000}, () => {
  it.each(BAD.filter(([, variable]) => variable.startsWith('MATOMO')))('%s: refuses without showing a secret', async (_name, _variable, env) => {
    const build = makeRepo({'index.html': '<!doctype html><html><head></head><body></body></html>'});
    const out = mkdtempSync(join(tmpdir(), 'secrets-hosting-'));
    const {code, output} = await run(...cli('tools/hosting/cli.ts', ['--build', build, '--out', out]), env);
    expect(code).toBe(1);
    expect(output).toMatch(/MATOMO_(SCRIPT_)?URL="[^"]*\*\*\*/);
    expectClean([output, ...filesUnder(out)]);
  });
});

describe('npm run translate and npm run i18n:check', {timeout: 120_000}, () => {
  it('a provider URL with credentials, or a secret, is quoted as *** in the configuration error and the report', async () => {
    const root = makeRepo(SAMPLE_SITE);
    const {code, output} = await run(
      ...cli('tools/translate/cli/main.ts', ['--report', 'report.md', '--json']),
      {TRANSLATE_PROVIDER: 'deepl', DEEPL_AUTH_KEY: TOKEN, DEEPL_SERVER_URL: withCredentials('ftp://deepl.example.org/')},
      root,
    );
    expect(code).toBe(2);
    expect(output).toContain('DEEPL_SERVER_URL="ftp://***@deepl.example.org/" is not an http(s) URL');
    expectClean([output, ...filesUnder(root)]);
  });

  it('i18n:check quotes a translation holding a secret or a URL with credentials as ***', async () => {
    const root = makeRepo({
      ...SAMPLE_SITE,
      'i18n/en/docusaurus-plugin-content-docs/current/legal.md': `---\ntitle: Legal notice\ntranslation:\n  status: machine\n  engine: deepl\n  date: 2026-11-29\n  source_hash: "0000000000000000"\n---\n\nPublisher: Acme Example, ${withCredentials('https://leak.example.org/')}${TOKEN}.\n`,
    });
    const {code, output} = await run(...cli('tools/i18n-check/cli.ts', ['--locale', 'en']), {}, root);
    expect(code).toBe(1);
    expect(output).toContain('URL https://***@leak.example.or');
    expectClean([output]);
    const json = await run(...cli('tools/i18n-check/cli.ts', ['--locale', 'en', '--json']), {}, root);
    expect(() => JSON.parse(json.output)).not.toThrow();
    expectClean([json.output]);
  });
});
