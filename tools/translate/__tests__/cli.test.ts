import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';

import {validProvenance} from '../planning/classifyPage';
import {outputHash} from '../../../src/shared/provenance';
import {fakeDeepl, fakeOpenAI} from '../testing/fakeProviders';
import {makeRepo, readTree, SAMPLE_SITE} from '../testing/makeRepo';
import {spawnCli} from '../testing/spawnCli';
import type {Loopback} from '../testing/startLoopback';

const KEY = 'sk-loopback-SECRET-7777';
const cli = spawnCli;

let server: Loopback;
let root: string;
afterEach(async () => server.close());

describe('npm run translate', {timeout: 120_000}, () => {
  beforeEach(async () => {
    server = await fakeOpenAI(KEY);
    root = makeRepo(SAMPLE_SITE);
  });
  const env = () => ({OPENAI_API_KEY: KEY, OPENAI_BASE_URL: `${server.url}/v1`, OPENAI_MODEL: 'loopback-1', TRANSLATE_PROVIDER: 'openai'});

  it('translates, summarises in French with LANG=fr, and never prints the key', async () => {
    const {code, stdout, stderr} = await cli(root, [], {...env(), LANG: 'fr_FR.UTF-8'}).done;
    expect(code).toBe(0);
    expect(stdout).toContain('Traduction (openai:loopback-1) : 8 page(s) écrite(s), 0 inchangée(s), 0 à jour');
    expect(stdout).toContain('en : 10 segment(s)');
    for (const text of [stdout, stderr, ...Object.values(readTree(root))]) expect(text).not.toContain(KEY);
    expect(server.requests.every((r) => r.headers.authorization === `Bearer ${KEY}`)).toBe(true);
  });

  it('--dry-run --json --locale de: what would be sent, no request', async () => {
    const {code, stdout} = await cli(root, ['--dry-run', '--json', '--locale', 'de'], env()).done;
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {sent: Record<string, unknown>; pages: unknown[]};
    expect(report.sent).toEqual({de: {requests: 0, segments: 10, characters: 270}});
    expect(report.pages).toHaveLength(2);
    expect(server.requests).toHaveLength(0);
  });

  it('--learn-memory needs no provider nor key, and refuses --dry-run', async () => {
    const learn = await cli(root, ['--learn-memory', '--locale', 'en'], {LANG: 'C'}).done;
    expect(learn.code).toBe(0);
    expect(learn.stdout).toMatch(/^en: i18n\/\.tm\/en\.json holds \d+ segment\(s\)/m);
    expect(learn.stdout).toContain('Translation memory learnt from the existing translations: 2 page(s) still to translate');
    expect(existsSync(join(root, 'i18n/.tm/en.json'))).toBe(true);
    const both = await cli(root, ['--learn-memory', '--dry-run'], {LANG: 'C'}).done;
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^--learn-memory sends nothing already; leave out --dry-run/);
  });

  it('says which providers exist when none is chosen, and exits 2', async () => {
    const {code, stderr} = await cli(root, [], {LANG: 'C'}).done;
    expect(code).toBe(2);
    expect(stderr).toMatch(/^No provider: pass --provider or set TRANSLATE_PROVIDER to one of:\n {2}deepl: DEEPL_AUTH_KEY/);
  });

  it('exits 1 when a page failed, and keeps going for the others', async () => {
    server.faults.push({status: 400}, {status: 400});
    const {code, stdout} = await cli(root, ['--locale', 'en'], env()).done;
    expect(code).toBe(1);
    expect(stdout).toMatch(/FAILED: i18n\/en\/docusaurus-plugin-content-docs\/current\/\w+\.md \(previous translation kept\)/);
  });
});

describe('a run killed in the middle', {timeout: 180_000}, () => {
  it('leaves every file old or new, and a rerun finishes the job', async () => {
    server = await fakeDeepl(KEY, {latencyMs: 40});
    const pages: Record<string, string> = {};
    for (let i = 0; i < 30; i++) pages[`docs/page-${String(i).padStart(2, '0')}.md`] = `---\ntitle: Page ${i}\n---\n\nParagraphe numéro ${i}, assez long pour compter.\n\n- Point ${i}.\n`;
    root = makeRepo(pages);
    const env = {DEEPL_AUTH_KEY: KEY, DEEPL_SERVER_URL: server.url, TRANSLATE_PROVIDER: 'deepl', TRANSLATE_CONCURRENCY: '1'};
    const run = cli(root, [], env);
    await new Promise<void>((res) => {
      const poll = setInterval(() => {
        if (existsSync(join(root, 'i18n/es/docusaurus-plugin-content-docs/current/page-00.md'))) {
          clearInterval(poll);
          res();
        }
      }, 5);
    });
    run.child.kill('SIGKILL');
    await run.done;
    const check = () => {
      for (const [path, text] of Object.entries(readTree(root))) {
        if (!path.includes('current/') || path.endsWith('.tmp')) continue;
        const provenance = validProvenance(text);
        expect(provenance?.output_hash, path).toBe(outputHash(text));
      }
    };
    check();
    const before = server.stats.texts;
    const rerun = await cli(root, [], env).done;
    expect(rerun.code).toBe(0);
    check();
    const written = Object.keys(readTree(root)).filter((p) => p.endsWith('.md') && p.includes('current/'));
    expect(written).toHaveLength(120);
    expect(Object.keys(readTree(root)).filter((p) => p.endsWith('.tmp'))).toEqual([]);
    // The rerun only sent what the killed run had not saved: less than all of it.
    expect(server.stats.texts - before).toBeLessThan(30 * 3 * 4);
    expect(readFileSync(join(root, 'i18n/de/docusaurus-plugin-content-docs/current/page-29.md'), 'utf8')).toContain('[de]Paragraphe numéro 29');
  });
});
