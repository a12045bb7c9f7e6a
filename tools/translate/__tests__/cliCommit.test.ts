import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';

import en from '../cli/messages/en.json';
import {fakeDeepl} from '../testing/fakeProviders';
import {makeRepo, SAMPLE_SITE} from '../testing/makeRepo';
import {spawnCli} from '../testing/spawnCli';
import type {Loopback} from '../testing/startLoopback';

// --commit, --report and --max-characters on a git repository made by the
// test, against the loopback DeepL.
const KEY = 'deepl-commit-key';
let server: Loopback;
let root: string;
let home: string;

const identity = {GIT_AUTHOR_NAME: 'Ada', GIT_AUTHOR_EMAIL: 'ada@example.org', GIT_COMMITTER_NAME: 'Ada', GIT_COMMITTER_EMAIL: 'ada@example.org'};
const git = (...args: string[]) => execFileSync('git', args, {cwd: root, encoding: 'utf8', env: {PATH: process.env.PATH, HOME: home, GIT_CONFIG_NOSYSTEM: '1', ...identity}});
const env = (extra: Record<string, string> = {}) => ({HOME: home, GIT_CONFIG_NOSYSTEM: '1', LANG: 'C', TRANSLATE_PROVIDER: 'deepl', DEEPL_AUTH_KEY: KEY, DEEPL_SERVER_URL: server.url, ...identity, ...extra});
const run = (args: string[], extra: Record<string, string> = {}) => spawnCli(root, args, env(extra)).done;
const EN = 'i18n/en/docusaurus-plugin-content-docs/current/privacy.md';

beforeEach(async () => {
  server = await fakeDeepl(KEY);
  root = makeRepo(SAMPLE_SITE);
  home = mkdtempSync(join(tmpdir(), 'translate-home-'));
  git('init', '-q', '--initial-branch=main');
  git('add', '-A');
  git('commit', '-q', '-m', 'French site');
});
afterEach(async () => server.close());

describe('--commit', {timeout: 120_000}, () => {
  it('commits exactly the files it wrote, in one commit that lists pages and locales; other staged changes stay out', async () => {
    writeFileSync(join(root, 'notes.txt'), 'brouillon\n');
    git('add', 'notes.txt');
    const result = await run(['--commit', '--locale', 'en,de']);
    expect(result.code, result.stderr).toBe(0);
    expect(git('log', '--format=%s', '-1').trim()).toBe('Translate legal.md, privacy.md and the UI strings into en, de');
    expect(git('log', '--format=%an', '-1').trim()).toBe('Ada');
    const files = git('show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort();
    expect(files).toEqual(
      ['en', 'de'].flatMap((l) => [`i18n/${l}/code.json`, `i18n/${l}/docusaurus-plugin-content-docs/current/legal.md`, `i18n/${l}/docusaurus-plugin-content-docs/current/privacy.md`, `i18n/.tm/${l}.json`]).sort(),
    );
    expect(git('show', '--format=%b', '-s', 'HEAD')).toMatch(/^en: legal\.md, privacy\.md, code\.json \(\d+ segment\(s\), \d+ characters sent; 0 segment\(s\) reused/m);
    expect(git('status', '--porcelain').trim()).toBe('A  notes.txt');
    expect(result.stdout).toMatch(/^Committed [0-9a-f]{12}: Translate legal\.md, privacy\.md and the UI strings into en, de$/m);

    // Nothing left to do: no commit.
    const again = await run(['--commit', '--locale', 'en,de']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Nothing written: no commit.');
    expect(git('rev-list', '--count', 'HEAD').trim()).toBe('2');
  });

  it('commits the pages that were translated when others failed, and exits 1', async () => {
    // The first segment sent (legal.md's title: pages go in order) comes back empty, in its batch and alone.
    const texts = () => server.stats.texts;
    server.faults.push({content: 'empty'}, {content: 'empty'});
    writeFileSync(join(root, 'docs/legal.md'), '---\ntitle: Mentions légales\n---\n\nLe **RGPD** s’applique.\n');
    git('commit', '-q', '-am', 'legal');
    const result = await run(['--commit', '--locale', 'en', '--report', 'report.md']);
    expect(texts()).toBeGreaterThan(0);
    expect(result.code, result.stdout).toBe(1);
    const files = git('show', '--name-only', '--format=', 'HEAD').trim().split('\n');
    expect(files).toContain(EN);
    expect(files).not.toContain('i18n/en/docusaurus-plugin-content-docs/current/legal.md');
    expect(git('show', '--format=%B', '-s', 'HEAD')).toContain('Failed, previous translation kept:\n- i18n/en/docusaurus-plugin-content-docs/current/legal.md');
    const report = readFileSync(join(root, 'report.md'), 'utf8');
    expect(report).toContain(en.reportFailedTitle);
    expect(report).toMatch(/- `i18n\/en\/docusaurus-plugin-content-docs\/current\/legal\.md` \(en\)\n {2}- line \d+: /);
  });

  it('refuses to start, naming them, when files it would write or translate from have uncommitted changes; sends nothing', async () => {
    await run(['--locale', 'en']);
    const requests = server.requests.length;
    // The previous run's pages are not committed, and the French page changed since.
    writeFileSync(join(root, 'docs/privacy.md'), `${SAMPLE_SITE['docs/privacy.md']}\nNouveau paragraphe.\n`);
    const result = await run(['--commit', '--locale', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^--commit: these files have uncommitted changes, and the run would write them or translate from them:\n {2}docs\/privacy\.md\n {2}i18n\/\.tm\/en\.json\n {2}i18n\/en\/docusaurus-plugin-content-docs\/current\/privacy\.md\nCommit them/);
    expect(server.requests.length).toBe(requests);
  });

  it('refuses to start without a git identity, or outside git, before any request', async () => {
    const anonymous = await run(['--commit'], {GIT_AUTHOR_NAME: '', GIT_AUTHOR_EMAIL: '', GIT_COMMITTER_NAME: '', GIT_COMMITTER_EMAIL: '', EMAIL: ''});
    expect(anonymous.code).toBe(2);
    expect(anonymous.stderr).toMatch(/^--commit: git has no identity to commit with .*; set one with git config user\.name/);
    root = makeRepo(SAMPLE_SITE);
    const outside = await run(['--commit']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/is not a git worktree with a commit; run from a clone of the repository, or leave out --commit/);
    expect(server.requests).toHaveLength(0);
  });
});

describe('--max-characters', {timeout: 120_000}, () => {
  it('stops before any request when the plan is over the limit, says how many and how to raise it, exits 2; the variable works too', async () => {
    const flag = await run(['--max-characters', '100', '--report', 'r.md']);
    expect(flag.code).toBe(2);
    expect(flag.stdout).toMatch(/^Stopped before sending anything: this run would send (\d+) characters, more than the limit of 100 .* e\.g\. --max-characters \1\.$/m);
    expect(readFileSync(join(root, 'r.md'), 'utf8')).toMatch(/\*\*Stopped before sending anything\*\*: this run would send [\d,]+ characters, more than the limit of 100\./);
    const variable = await run([], {TRANSLATE_MAX_CHARACTERS: '0'});
    expect(variable.code).toBe(2);
    expect(server.requests).toHaveLength(0);
    expect(git('status', '--porcelain').trim()).toBe('?? r.md');
    // At or above the plan, the run goes ahead.
    const total = Number(/would send (\d+) characters/.exec(flag.stdout)?.[1]);
    expect((await run(['--max-characters', String(total)])).code).toBe(0);
  });

  it('refuses a limit that is not a whole number, naming where it comes from', async () => {
    const bad = await run([], {TRANSLATE_MAX_CHARACTERS: '10k'});
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^TRANSLATE_MAX_CHARACTERS="10k" must be a whole number of characters/);
    expect((await run(['--max-characters=-5'])).stderr).toMatch(/^--max-characters="-5" must be a whole number/);
  });
});

describe('--if-configured and --report', {timeout: 120_000}, () => {
  it('with no provider: says which settings to set, reports what would be translated, exits 0; a provider named without its key still fails', async () => {
    const result = await run(['--if-configured', '--commit', '--report', 'out/report.md', '--lang', 'fr'], {TRANSLATE_PROVIDER: '', DEEPL_AUTH_KEY: ''});
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Aucun fournisseur de traduction n\'est configuré');
    const report = readFileSync(join(root, 'out/report.md'), 'utf8');
    expect(report).toMatch(/^## Traduction automatique\n/);
    expect(report).toContain('`TRANSLATE_PROVIDER`');
    expect(report).toMatch(/\| allemand \(de\) \| `legal\.md`, `privacy\.md` \|/);
    expect(git('rev-list', '--count', 'HEAD').trim()).toBe('1');
    const keyless = await run(['--if-configured'], {DEEPL_AUTH_KEY: ''});
    expect(keyless.code).toBe(2);
    expect(keyless.stderr).toMatch(/^DEEPL_AUTH_KEY is not set/);
  });

  it('writes the report even when the run cannot start, and never the key', async () => {
    const result = await run(['--report', 'report.md'], {DEEPL_SERVER_URL: 'ftp://example.org'});
    expect(result.code).toBe(2);
    const report = readFileSync(join(root, 'report.md'), 'utf8');
    expect(report).toMatch(/\*\*The translation did not run\*\*: DEEPL_SERVER_URL="ftp:\/\/example\.org" is not an http\(s\) URL/);
    expect(report).not.toContain(KEY);
  });

  it('names a UI file that is not valid JSON', async () => {
    writeFileSync(join(root, 'i18n/fr/code.json'), '{"a": {"message": "x"}} trailing');
    const result = await run(['--dry-run']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^i18n\/fr\/code\.json: not valid JSON \(.*\); fix it/);
  });
});
