import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';

import {createTranslator} from '../../i18n-check';
import {createProvider} from '../providers/createProvider';
import {stripProvenance} from '../../../src/shared/provenance';
import {runTranslate, type TranslateOptions} from '../planning/runTranslate';
import {fakeLibreTranslate, fakeOpenAI} from '../testing/fakeProviders';
import {loopbackOptions, startLoopbackSite} from '../testing/loopbackRun';
import {readTree, SAMPLE_SITE} from '../testing/makeRepo';
import {untranslate} from '../testing/reversibleTranslate';
import type {Fault, Loopback} from '../testing/startLoopback';
import {checkPage} from '../writing/validatePage';

const KEY = 'deepl-secret-key-42';
const LOCALES = ['en', 'es', 'it', 'de'];
const EN = 'i18n/en/docusaurus-plugin-content-docs/current/privacy.md';
let server: Loopback;
let root: string;

beforeEach(async () => ({server, root} = await startLoopbackSite(KEY, SAMPLE_SITE)));
afterEach(async () => server.close());

function run(overrides: Partial<TranslateOptions> = {}) {
  return runTranslate(loopbackOptions(root, server, KEY, {locales: LOCALES, ...overrides}));
}
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const sent = () => server.stats.texts;

describe('translation missing', () => {
  it('writes every page and UI file, only prose translated, with provenance', async () => {
    const report = await run();
    expect(report.pages.map((p) => p.outcome)).toEqual(Array(8).fill('written'));
    expect(read(EN)).toMatchInlineSnapshot(`
      "---
      title: "[en]Politique de confidentialité"
      sidebar_label: "[en]Confidentialité"
      translation:
        status: machine
        engine: deepl
        date: 2026-11-29
        source_hash: "de45374e314d4310"
        output_hash: "73ddec08f28eb108"
      ---

      ## [en]Contexte {/* #context */}

      [en]Le **GDPR** [en]s’applique à Acme Example [en]depuis 2018.

      [en]Les données sont conservées au plus 25 mois.

      - [en]Écrivez à contact@cloud-temple.com [en]pour exercer vos droits.
      - [en]Voir les [[en]mentions légales](./legal.md).

      \`\`\`sh
      # commentaire en français
      npm run build
      \`\`\`
      "
    `);
    // Every byte outside the prose is the French file's.
    const de = read('i18n/de/docusaurus-plugin-content-docs/current/privacy.md');
    const unquoted = stripProvenance(de).replace(/^(\w+): "(.*)"$/gm, '$1: $2');
    expect(untranslate(unquoted).replace('DSGVO', 'RGPD')).toBe(SAMPLE_SITE['docs/privacy.md']);
    expect(read('i18n/it/docusaurus-plugin-content-docs/current/legal.md')).toContain('\r\n[it]Éditeur : Acme Example.\r\n');
    expect(JSON.parse(read('i18n/es/code.json'))).toEqual({'home.title': {message: '[es]Bienvenue sur {siteName}', description: 'Home title'}});
  });
});

it('sends nothing for text that is only glossary terms', async () => {
  writeFileSync(join(root, 'docs/legal.md'), '## Acme Example {/* #ct */}\n\n| Outil |\n|---|\n| Acme Example |\n');
  writeFileSync(join(root, 'i18n/fr/code.json'), JSON.stringify({brand: {message: 'Acme Example'}}));
  const report = await run({locales: ['en']});
  expect(report.pages.map((p) => p.outcome)).toEqual(['written', 'written']);
  expect(report.ui).toEqual([{locale: 'en', file: 'i18n/en/code.json', translated: 1, failed: 0}]);
  // The 7 segments of privacy.md and "Outil"; never "Acme Example" alone.
  expect(server.stats.texts).toBe(8);
  expect(read('i18n/en/docusaurus-plugin-content-docs/current/legal.md')).toContain('## Acme Example {/* #ct */}\n\n| [en]Outil |\n|---|\n| Acme Example |\n');
});

describe('translation up to date', () => {
  it('a second run sends nothing and changes no byte', async () => {
    await run();
    const before = readTree(root);
    const requests = server.requests.length;
    const report = await run();
    expect(server.requests.length).toBe(requests);
    expect(report.sent.en).toEqual({requests: 0, segments: 0, characters: 0});
    expect(report.pages.filter((p) => p.outcome !== 'current')).toEqual([]);
    expect(readTree(root)).toEqual(before);
  });
});

describe('source changed', () => {
  it('a one-paragraph edit sends exactly that segment per locale and rewrites only it', async () => {
    await run();
    const old = read(EN);
    const texts = sent();
    writeFileSync(join(root, 'docs/privacy.md'), SAMPLE_SITE['docs/privacy.md']!.replace('au plus 25 mois', 'au plus 13 mois'));
    const report = await run();
    expect(sent() - texts).toBe(4);
    expect(Object.values(report.sent).map((s) => s.segments)).toEqual([1, 1, 1, 1]);
    const changed = read(EN).split('\n').filter((line, i) => line !== old.split('\n')[i]);
    expect(changed).toEqual([
      expect.stringMatching(/^ {2}source_hash: /),
      expect.stringMatching(/^ {2}output_hash: /),
      '[en]Les données sont conservées au plus 13 mois.',
    ]);
  });

  it('a dry run counts what would be sent and sends nothing', async () => {
    const report = await run({dryRun: true});
    expect(server.requests).toHaveLength(0);
    expect(report.sent.en).toMatchObject({requests: 0, segments: 10});
    expect(report.wouldSend?.de?.slice(0, 3)).toEqual(['Mentions légales', 'Éditeur : <x1/>.', 'Politique de confidentialité']);
    expect(report.pages.every((p) => p.outcome === 'planned')).toBe(true);
    expect(readTree(root)).toEqual(SAMPLE_SITE);
  });
});

describe('translation edited by a person', () => {
  const edit = (path: string, from: string | RegExp, to: string) => writeFileSync(join(root, path), read(path).replace(from, to));
  const changeFrench = () => edit('docs/privacy.md', 'depuis 2018', 'depuis mai 2018');

  it('leaves a reviewed page alone and reports it, unless --force', async () => {
    await run();
    edit(EN, 'status: machine', 'status: reviewed');
    changeFrench();
    const reviewed = read(EN);
    const report = await run({locales: ['en']});
    expect(report.pages.find((p) => p.target === EN)).toMatchObject({state: 'reviewed', outcome: 'protected'});
    expect(read(EN)).toBe(reviewed);
    await run({locales: ['en'], force: true});
    expect(read(EN)).toContain('status: machine');
  });

  it('leaves a machine page edited by hand alone (output_hash no longer matches)', async () => {
    await run();
    edit(EN, '[en]Les données', 'Data');
    changeFrench();
    const report = await run({locales: ['en']});
    expect(report.pages.find((p) => p.target === EN)).toMatchObject({state: 'edited', outcome: 'protected'});
    expect(read(EN)).toContain('\nData sont');
  });
});

describe('faults', () => {
  /** After a first run, the French edited (`from` → `to`) and the English run again with `faults`: its page report, and whether the page kept its old text. */
  async function editedRun(from: string, to: string, faults: Fault[]) {
    await run();
    const old = read(EN);
    writeFileSync(join(root, 'docs/privacy.md'), SAMPLE_SITE['docs/privacy.md']!.replace(from, to));
    server.faults.push(...faults);
    const report = await run({locales: ['en']});
    return {page: report.pages.find((p) => p.target === EN), kept: read(EN) === old};
  }

  it('a segment broken twice fails its page, which keeps its old translation', async () => {
    const {page, kept} = await editedRun('au plus 25 mois', 'au plus 13 mois', [{content: 'truncate'}, {content: 'think'}]);
    expect(page).toMatchObject({outcome: 'failed', reasons: [expect.stringMatching(/^line 10: model-chatter \(a model's reasoning in the text/)]});
    expect(kept).toBe(true);
  });

  it('checks each answer as the kind of segment it is: a heading given a sentence is refused as a heading', async () => {
    const {page, kept} = await editedRun('## Contexte', '## Contexte général', [{content: 'addSentence'}, {content: 'addSentence'}]);
    expect(page).toMatchObject({
      outcome: 'failed',
      reasons: [expect.stringMatching(/^line 6: implausible-for-kind \(ends with a full stop \(\.\) where the French ends with no punctuation: not the text for a heading here/)],
    });
    expect(kept).toBe(true);
  });

  it('DeepL 456 stops the run and writes no page', async () => {
    server.faults.push({status: 456});
    const report = await run();
    expect(report.stopped).toBe('DeepL: the quota of this billing period is used up (HTTP 456)');
    expect(Object.keys(readTree(root)).filter((p) => p.includes('current/'))).toEqual([]);
  });
});

it('never writes the API key anywhere', async () => {
  await run();
  for (const [path, text] of Object.entries(readTree(root))) expect(text, path).not.toContain(KEY);
});

describe.each([
  ['openai', () => fakeOpenAI(KEY), (url: string) => ({OPENAI_API_KEY: KEY, OPENAI_BASE_URL: `${url}/v1`, OPENAI_MODEL: 'm'})],
  ['libretranslate', () => fakeLibreTranslate(KEY), (url: string) => ({LIBRETRANSLATE_URL: url, LIBRETRANSLATE_API_KEY: KEY})],
] as const)('the same run with %s', (name, start, env) => {
  it('first run, no-change run, one-paragraph edit', async () => {
    const other = await start();
    try {
      const provider = createProvider(name, env(other.url));
      await run({provider});
      expect(read(EN)).toContain('\n[en]Les données sont conservées au plus 25 mois.\n');
      const first = other.stats.texts;
      await run({provider});
      expect(other.stats.texts).toBe(first);
      writeFileSync(join(root, 'docs/privacy.md'), SAMPLE_SITE['docs/privacy.md']!.replace('au plus 25 mois', 'au plus 13 mois'));
      await run({provider});
      expect(other.stats.texts - first).toBe(4);
      expect(read(EN)).toContain('\n[en]Les données sont conservées au plus 13 mois.\n');
    } finally {
      await other.close();
    }
  });
});

describe('the page gate', () => {
  it('i18n:check accepts what the pipeline writes', async () => {
    const report = await run({validatePage: checkPage(createTranslator('en'))});
    expect(report.pages.filter((p) => p.outcome !== 'written')).toEqual([]);
  });
  it('a page the gate rejects is not written, and the reason is reported', async () => {
    const check = checkPage(createTranslator('en'));
    const report = await run({locales: ['en'], validatePage: (s, t, c) => check(s, t.replace('./legal.md', './legal-notice.md'), c)});
    expect(report.pages.find((p) => p.target === EN)).toMatchObject({outcome: 'failed', reasons: [expect.stringContaining('./legal-notice.md')]});
    expect(readTree(root)[EN]).toBeUndefined();
  });
});
