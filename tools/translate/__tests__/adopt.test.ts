import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {beforeEach, describe, expect, it} from 'vitest';

import {sourceHash} from '../../../src/shared/sourceHash';
import {cliCommand} from '../../testing/compiledCli';
import {validProvenance} from '../planning/classifyPage';
import {makeRepo, writeFiles} from '../testing/makeRepo';
import {spawnCli} from '../testing/spawnCli';

// An existing Docusaurus site whose translations were made another way,
// committed without provenance at different versions of their French.
const home = mkdtempSync(join(tmpdir(), 'adopt-home-'));
const identity = {GIT_AUTHOR_NAME: 'Ada', GIT_AUTHOR_EMAIL: 'ada@example.org', GIT_COMMITTER_NAME: 'Ada', GIT_COMMITTER_EMAIL: 'ada@example.org'};
const env = {HOME: home, GIT_CONFIG_NOSYSTEM: '1', LANG: 'C', ...identity};
let root: string;
const git = (...args: string[]) => execFileSync('git', args, {cwd: root, encoding: 'utf8', env: {...process.env, ...env}}).trim();
const commit = (message: string, date: string) =>
  execFileSync('git', ['commit', '-q', '-m', message], {cwd: root, env: {...process.env, ...env, GIT_AUTHOR_DATE: `${date}T10:00:00`, GIT_COMMITTER_DATE: `${date}T10:00:00`}});
const cli = (args: string[]) => spawnCli(root, args, env).done;
const en = (page: string) => `i18n/en/docusaurus-plugin-content-docs/current/${page}`;
const read = (path: string) => readFileSync(join(root, path), 'utf8');

const PRIVACY_V1 = '---\ntitle: Confidentialité\n---\n\nNous protégeons vos données.\n\nLes journaux sont gardés douze mois.\n';
const PRIVACY_V2 = PRIVACY_V1.replace('douze mois', 'treize mois');
const PRIVACY_EN = '---\ntitle: Privacy\n---\n\nWe protect your data.\n\nLogs are kept for twelve months.\n';
const LEGAL = '---\ntitle: Mentions légales\n---\n\nLe site est édité par Exemple SA.\n';
const LEGAL_EN = '---\ntitle: Legal notice\n---\n\nThe site is published by Exemple SA.\n';

beforeEach(() => {
  root = makeRepo({'docs/privacy.md': PRIVACY_V1, 'docs/legal.md': LEGAL, [en('privacy.md')]: PRIVACY_EN});
  git('init', '-q', '--initial-branch=main');
  git('add', '-A');
  commit('French site, English privacy page', '2026-10-01');
  // The English legal notice is translated later; the French privacy page then changes.
  writeFiles(root, {[en('legal.md')]: LEGAL_EN, [en('old-page.md')]: '---\ntitle: Old\n---\n\nA page whose French is gone.\n'});
  git('add', '-A');
  commit('English legal notice', '2026-10-15');
  writeFiles(root, {'docs/privacy.md': PRIVACY_V2});
  git('add', '-A');
  commit('Treize mois', '2026-11-02');
});

describe('npm run translate -- --adopt', {timeout: 120_000}, () => {
  it('dates and hashes each translation from the French of its last commit: up to date or stale as it really is; orphans listed, not touched', async () => {
    const result = await cli(['--adopt', '--locale', 'en']);
    expect(result.code, result.stderr).toBe(0);
    const privacy = validProvenance(read(en('privacy.md')));
    expect(privacy).toMatchObject({status: 'machine', engine: 'unknown', date: '2026-10-01', source_hash: sourceHash(PRIVACY_V1)});
    expect(validProvenance(read(en('legal.md')))).toMatchObject({date: '2026-10-15', source_hash: sourceHash(LEGAL)});
    expect(read(en('old-page.md'))).not.toContain('translation:');
    expect(result.stdout).toMatch(/^adopted: i18n\/en\/docusaurus-plugin-content-docs\/current\/legal\.md \(up to date: made from the French of 2026-10-15, commit [0-9a-f]{12}\)$/m);
    expect(result.stdout).toMatch(/^adopted: i18n\/en\/docusaurus-plugin-content-docs\/current\/privacy\.md \(stale: made from the French of 2026-10-01/m);
    expect(result.stdout).toMatch(/^orphan: i18n\/en\/docusaurus-plugin-content-docs\/current\/old-page\.md: no French page docs\/old-page\.md; left as is/m);
    expect(result.stdout).toContain('en: 1 adopted up to date, 1 adopted stale, 0 not adoptable, 1 orphan(s); the memory learnt 5 segment(s)');

    // What a run would send now: the one French paragraph that changed since the English was made.
    const dry = await cli(['--dry-run', '--json', '--locale', 'en']);
    const plan = JSON.parse(dry.stdout) as {wouldSend: Record<string, string[]>};
    expect(plan.wouldSend.en).toEqual(['Les journaux sont gardés treize mois.']);
    // A second adoption finds nothing left without provenance.
    expect((await cli(['--adopt', '--locale', 'en'])).stdout).toContain('Adoption: 0 translation(s) given provenance');
  });

  it('says why a translation cannot be adopted, leaves it, and exits 1; --engine names the engine; --commit commits the rest', async () => {
    writeFiles(root, {
      'i18n/de/docusaurus-plugin-content-docs/current/legal.md': '---\ntitle: Impressum\n---\n\nDie Website wird von Exemple SA herausgegeben.\n',
      'i18n/es/docusaurus-plugin-content-docs/current/legal.md': '---\ntitle: Aviso legal\ntranslation:\n  status: hecho\n---\n\nEl sitio lo edita Exemple SA.\n',
    });
    git('add', 'i18n/es');
    commit('Spanish legal notice', '2026-11-10');
    const result = await cli(['--adopt', '--engine', 'human', '--commit']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^not adopted: i18n\/de\/docusaurus-plugin-content-docs\/current\/legal\.md: it was never committed, so the French it was made from is unknown; commit it first, or use --assume-current$/m);
    expect(result.stdout).toMatch(/^not adopted: i18n\/es\/docusaurus-plugin-content-docs\/current\/legal\.md: its translation: block is invalid \(translation\.status: "hecho" must be/m);
    expect(validProvenance(read(en('privacy.md')))?.engine).toBe('human');
    expect(git('log', '-1', '--format=%s')).toBe('Adopt 2 translations into en: provenance from their history');
    expect(git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual(['i18n/.tm/en.json', en('legal.md'), en('privacy.md')]);
  });

  it('refuses without git history, or in a shallow clone, unless --assume-current', async () => {
    const shallow = mkdtempSync(join(tmpdir(), 'adopt-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, shallow], {env: {...process.env, ...env}});
    rmSync(join(root, '.git'), {recursive: true});
    const outside = await cli(['--adopt']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^--adopt: .* has no git history, so the French each translation was made from cannot be found; run it in a clone of the repository, or add --assume-current/);
    const assumed = await cli(['--adopt', '--assume-current', '--locale', 'en']);
    expect(assumed.code, assumed.stderr).toBe(0);
    expect(validProvenance(read(en('privacy.md')))?.source_hash).toBe(sourceHash(PRIVACY_V2));

    root = shallow;
    const cut = await cli(['--adopt']);
    expect(cut.code).toBe(2);
    expect(cut.stderr).toMatch(/^--adopt: this clone is shallow, .*git fetch --unshallow/);
  });
});

describe('this repository with every translation: block removed', {timeout: 120_000}, () => {
  it('is adopted whole, then passes i18n:check', async () => {
    const REPO = join(import.meta.dirname, '../../..');
    root = mkdtempSync(join(tmpdir(), 'adopt-repo-'));
    execFileSync('cp', ['-r', join(REPO, 'docs'), join(REPO, 'i18n'), root]);
    rmSync(join(root, 'i18n/.tm'), {recursive: true});
    const pages = execFileSync('find', ['i18n', '-path', '*/current/*', '-name', '*.md*'], {cwd: root, encoding: 'utf8'}).trim().split('\n');
    for (const page of pages) writeFileSync(join(root, page), read(page).replace(/^translation:\n(?: {2}.*\n)+/m, ''));
    git('init', '-q', '--initial-branch=main');
    git('add', '-A');
    commit('A site translated another way', '2026-11-20');
    expect(pages.every((p) => !read(p).includes('translation:'))).toBe(true);

    const result = await cli(['--adopt']);
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toContain(`Adoption: ${pages.length} translation(s) given provenance (engine: unknown)`);
    const i18nCheck = cliCommand('tools/i18n-check/cli.ts', ['--root', root]);
    const check = execFileSync(i18nCheck.command, i18nCheck.args, {encoding: 'utf8'});
    expect(check).toMatch(/: 0 error\(s\)/);
  });
});
