import {spawnSync} from 'node:child_process';
import {createServer} from 'node:net';
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';

import {sourceHash} from '../../../src/shared/sourceHash';
import {createTranslator} from '../../i18n-check';
import {validProvenance} from '../planning/classifyPage';
import {renderPage} from '../segmenting/renderPage';
import {segmentPage} from '../segmenting/segmentPage';
import {runTranslate} from '../planning/runTranslate';
import {fakeDeepl} from '../testing/fakeProviders';
import {loopbackOptions} from '../testing/loopbackRun';
import {makeRepo, readTree, SAMPLE_SITE} from '../testing/makeRepo';
import {spawnCli} from '../testing/spawnCli';
import type {Loopback} from '../testing/startLoopback';
import {cliCommand} from '../../testing/compiledCli';
import {segmentKey} from '../memory/translationMemory';
import {checkPage} from '../writing/validatePage';

const KEY = 'deepl-hardening-key';
const EN = 'i18n/en/docusaurus-plugin-content-docs/current/privacy.md';
const MEMORY = 'i18n/.tm/en.json';
let server: Loopback;
let root: string;

beforeEach(async () => {
  server = await fakeDeepl(KEY);
  root = makeRepo(SAMPLE_SITE);
});
afterEach(async () => server.close());

const env = (extra: Record<string, string> = {}) => ({LANG: 'C', TRANSLATE_PROVIDER: 'deepl', DEEPL_AUTH_KEY: KEY, DEEPL_SERVER_URL: server.url, ...extra});
const cli = (args: string[], extra: Record<string, string> = {}) => spawnCli(root, args, env(extra)).done;
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const memory = () => JSON.parse(read(MEMORY)) as {segments: Record<string, {source: string; text: string}>};

describe('the memory learns only from what was written', {timeout: 120_000}, () => {
  it('keeps nothing of a page the gate refused, and a rerun sends its segments again', async () => {
    const refuse = (_s: string, translated: string) => (translated.includes('[en]Les données') ? [{severity: 'error' as const, code: 'refused', line: 1, message: 'refused by the test gate'}] : []);
    const first = await runTranslate(loopbackOptions(root, server, KEY, {locales: ['en'], validatePage: refuse}));
    expect(first.pages.find((p) => p.target === EN)?.outcome).toBe('failed');
    const key = segmentKey('Les données sont conservées au plus 25 mois.');
    // legal.md was written, so its segments are known; privacy.md's are not, nor left pending.
    expect(Object.values(memory().segments).some((e) => e.source.startsWith('Éditeur'))).toBe(true);
    expect(memory().segments[key]).toBeUndefined();
    expect(existsSync(join(root, 'i18n/.tm/en.pending.json'))).toBe(false);
    expect(existsSync(join(root, EN))).toBe(false);

    const sentBefore = server.stats.texts;
    const second = await runTranslate(loopbackOptions(root, server, KEY, {locales: ['en'], validatePage: checkPage(createTranslator('en'))}));
    expect(second.pages.find((p) => p.target === EN)?.outcome).toBe('written');
    expect(server.stats.texts - sentBefore).toBeGreaterThan(0);
    expect(memory().segments[key]?.text).toBe('[en]Les données sont conservées au plus 25 mois.');
  });

  it('names a memory entry that makes a page fail, with the command that drops it; --forget and --refresh both mend it', async () => {
    expect((await cli(['--locale', 'en'])).code).toBe(0);
    // An entry that passes no check: its number changed (say, written by an older version of this tool).
    const key = segmentKey('Les données sont conservées au plus 25 mois.');
    const bad = memory();
    bad.segments[key] = {source: 'Les données sont conservées au plus 25 mois.', text: 'Data is kept for 52 months at most.'};
    writeFileSync(join(root, MEMORY), `${JSON.stringify(bad, null, 2)}\n`);
    writeFileSync(join(root, 'docs/privacy.md'), `${SAMPLE_SITE['docs/privacy.md']}\nUn paragraphe ajouté.\n`);

    const failing = await cli(['--locale', 'en', '--force']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain(`segment ${key} of i18n/.tm/en.json; drop it with "npm run translate -- --locale en --forget ${key}"`);
    expect(read(EN)).not.toContain('Un paragraphe ajouté');

    const forgot = await cli(['--locale', 'en', '--forget', key]);
    expect(forgot.code, forgot.stdout).toBe(0);
    expect(forgot.stdout).toContain(`en: dropped 1 entry(ies) from the translation memory: ${key}`);
    expect(read(EN)).toContain('[en]Les données sont conservées au plus 25 mois.');

    // The same bad entry again, mended this time by --refresh: the page's segments are all sent again.
    writeFileSync(join(root, MEMORY), `${JSON.stringify(bad, null, 2)}\n`);
    writeFileSync(join(root, 'docs/privacy.md'), `${SAMPLE_SITE['docs/privacy.md']}\nUn autre paragraphe.\n`);
    const before = server.stats.texts;
    const refreshed = await cli(['--locale', 'en', '--refresh']);
    expect(refreshed.code, refreshed.stdout).toBe(0);
    expect(server.stats.texts - before).toBeGreaterThanOrEqual(8);
    expect(memory().segments[key]?.text).toBe('[en]Les données sont conservées au plus 25 mois.');
  });

  it('refuses a --forget key that is in no memory, and one that is not a key', async () => {
    await cli(['--locale', 'en']);
    const unknown = await cli(['--locale', 'en', '--forget', '0123456789abcdef']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^--forget: 0123456789abcdef is in none of i18n\/\.tm\/en\.json/);
    expect((await cli(['--forget', 'privacy'])).stderr).toMatch(/^--forget "privacy": a translation-memory key is 16 hexadecimal digits/);
  });
});

describe('inputs', {timeout: 120_000}, () => {
  it('keeps a byte-order mark out of the segments and in the written file; the source hash ignores it', async () => {
    writeFileSync(join(root, 'docs/privacy.md'), `\uFEFF${SAMPLE_SITE['docs/privacy.md']}`);
    const result = await cli(['--locale', 'en']);
    expect(result.code, result.stdout).toBe(0);
    const english = read(EN);
    expect(english.startsWith('\uFEFF---\ntitle: "[en]Politique de confidentialité"')).toBe(true);
    expect(english).toContain('\n[en]Les données sont conservées au plus 25 mois.\n');
    expect(validProvenance(english.slice(1))?.source_hash).toBe(sourceHash(SAMPLE_SITE['docs/privacy.md'] ?? ''));
    // Every text sent is French prose, none starting with the mark or shifted by one character.
    expect(server.requests.flatMap((r) => new URLSearchParams(r.body).getAll('text')).some((t) => t.includes('\uFEFF') || /^[a-zé]/.test(t))).toBe(false);
  });

  it('refuses a file that is not valid UTF-8, naming it and the byte, before sending anything', async () => {
    const before = Buffer.from('---\ntitle: Mentions\n---\n\nÉditeur : Cloud');
    writeFileSync(join(root, 'docs/legal.md'), Buffer.concat([before, Buffer.from([0xff, 0xfe]), Buffer.from(' Temple.\n')]));
    const result = await cli([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^docs/legal\\.md: not valid UTF-8 at byte ${before.length}; save the file as UTF-8`));
    expect(server.requests).toHaveLength(0);
    const i18nCheck = cliCommand('tools/i18n-check/cli.ts', ['--root', root]);
    const check = spawnSync(i18nCheck.command, i18nCheck.args, {encoding: 'utf8'});
    expect(check.status).toBe(2);
    expect(check.stderr).toBe(`i18n:check: docs/legal.md: not valid UTF-8 at byte ${before.length}; save the file as UTF-8 (most editors: "Save with encoding" / "Reopen with encoding", then UTF-8)\n`);
  });

  it('keeps the line endings of a CRLF source, also in a translation that comes back on several lines', async () => {
    writeFileSync(join(root, 'docs/legal.md'), '---\r\ntitle: Mentions légales\r\n---\r\n\r\nÉditeur : Acme Example,\r\nsociété par actions simplifiée.\r\n');
    expect((await cli(['--locale', 'de'])).code).toBe(0);
    const german = read('i18n/de/docusaurus-plugin-content-docs/current/legal.md');
    expect(german.replace(/\r\n/g, '')).not.toContain('\n');
    expect(german).toContain('translation:\r\n  status: machine\r\n');
    // An answer on two lines is written with the source's CRLF between them.
    const french = '- Point un,\r\n  suite du point.\r\n';
    expect(renderPage(french, segmentPage(french), ['Point one,\nrest of the point.'])).toBe('- Point one,\r\n  rest of the point.\r\n');
  });
});

describe('provider connections', {timeout: 120_000}, () => {
  it('names the URL variable to check when the server refuses connections, stops the run, and counts nothing as sent', async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const {port} = probe.address() as {port: number};
        probe.close(() => resolve(port));
      });
    });
    const result = await cli(['--locale', 'en', '--json'], {DEEPL_SERVER_URL: `http://127.0.0.1:${closed}`});
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as {stopped: string; sent: Record<string, {characters: number; requests: number}>};
    expect(report.stopped).toBe(`DeepL: cannot reach http://127.0.0.1:${closed} (ECONNREFUSED); check DEEPL_SERVER_URL`);
    expect(report.sent.en).toEqual({requests: 0, segments: 0, characters: 0});
  });

  it('says so when it waits several seconds because the server asked (Retry-After)', async () => {
    server.faults.push({status: 429, retryAfter: '5'});
    const result = await cli(['--locale', 'en']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^waiting 5 s before trying again \(DeepL: .*\)$/m);
  });

  it('never prints or writes a key a provider echoes back in an error body', async () => {
    server.faults.push({status: 400, message: `Invalid request for key ${KEY}`}, {status: 400, message: `Invalid request for key ${KEY}`});
    const result = await cli(['--locale', 'en', '--report', 'report.md']);
    expect(result.code).toBe(1);
    const json = await cli(['--locale', 'en', '--json'], {});
    for (const text of [result.stdout, result.stderr, json.stdout, ...Object.values(readTree(root))]) expect(text).not.toContain(KEY);
    expect(result.stdout).toContain('Invalid request for key ***');
  });

  it('refuses an answer holding the key (a gateway echoing it into the text): the page is not written, the key is nowhere', async () => {
    server.faults.push({append: ` (${KEY})`}, {append: ` (${KEY})`});
    const result = await cli(['--locale', 'en', '--report', 'report.md']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/FAILED: i18n\/en\/docusaurus-plugin-content-docs\/current\/legal\.md/);
    expect(result.stdout).toContain('secret (the answer holds a secret of the environment');
    for (const text of [result.stdout, result.stderr, ...Object.values(readTree(root))]) expect(text).not.toContain(KEY);
  });
});
