import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, expect, it} from 'vitest';

import {createTranslator} from '../../i18n-check';
import {runTranslate, type TranslateOptions} from '../planning/runTranslate';
import {loopbackOptions, startLoopbackSite} from '../testing/loopbackRun';
import {readTree} from '../testing/makeRepo';
import type {Loopback} from '../testing/startLoopback';
import {checkPage} from '../writing/validatePage';

const KEY = 'deepl-nested-key';
const PAGE = [
  '# Droits {/* #rights */}',
  '',
  'Écrivez au <abbr title="Délégué à la protection des données">DPO</abbr> ou lisez la',
  '[politique](./other.md "Politique de confidentialité") avant.',
  '',
  '![Schéma](/img/s.png "Vue d\'ensemble")',
  '',
].join('\n');
const EN = 'i18n/en/docusaurus-plugin-content-docs/current/page.md';
let server: Loopback;
let root: string;

beforeEach(async () => ({server, root} = await startLoopbackSite(KEY, {'docs/page.md': PAGE, 'docs/other.md': 'Autre page.\n'})));
afterEach(async () => server.close());

const run = (overrides: Partial<TranslateOptions> = {}) =>
  runTranslate(loopbackOptions(root, server, KEY, {locales: ['en', 'de'], validatePage: checkPage(createTranslator('en')), ...overrides}));
const body = (path: string) => readFileSync(join(root, path), 'utf8').split('---\n')[2];

it('translates link and image titles and inline attributes, each as its own segment, through the i18n:check gate', async () => {
  const report = await run();
  expect(report.pages.map((p) => p.outcome)).toEqual(['written', 'written', 'written', 'written']);
  expect(body(EN)).toBe(
    [
      '# [en]Droits {/* #rights */}',
      '',
      // Sent on one line, written back on one line.
      '[en]Écrivez au <abbr title="[en]Délégué à la protection des données">[en]DPO</abbr> [en]ou lisez la [[en]politique](./other.md "[en]Politique de confidentialité") [en]avant.',
      '',
      '![[en]Schéma](/img/s.png "[en]Vue d\'ensemble")',
      '',
    ].join('\n'),
  );
  // Page: heading, paragraph, its attribute and title, the image's alt (paragraph) and title; other.md: one.
  expect(report.sent.en?.segments).toBe(7);
});

it('a second run sends nothing; a title edit sends that title alone; the memory relearns titles from the pages', async () => {
  await run();
  const before = readTree(root);
  const requests = server.requests.length;
  await run();
  expect(server.requests.length).toBe(requests);
  expect(readTree(root)).toEqual(before);

  writeFileSync(join(root, 'docs/page.md'), PAGE.replace('"Politique de confidentialité"', '"Notre politique"'));
  const edited = await run();
  expect(Object.values(edited.sent).map((s) => s.segments)).toEqual([1, 1]);
  expect(body(EN)).toContain('[[en]politique](./other.md "[en]Notre politique") [en]avant.');
  expect(body(EN)).toContain('<abbr title="[en]Délégué à la protection des données">');

  // Without its memory, a run learns every segment, nested ones included, back from the pages it wrote:
  // it sends nothing, and a heading edit then sends the heading alone.
  rmSync(join(root, 'i18n/.tm'), {recursive: true});
  await run();
  expect(server.requests.length).toBe(requests + 2);
  writeFileSync(join(root, 'docs/page.md'), PAGE.replace('"Politique de confidentialité"', '"Notre politique"').replace('# Droits', '# Vos droits'));
  const relearned = await run();
  expect(relearned.sent.en).toEqual({requests: 1, segments: 1, characters: 'Vos droits'.length});
  expect(body(EN)).toContain('# [en]Vos droits {/* #rights */}');
});
