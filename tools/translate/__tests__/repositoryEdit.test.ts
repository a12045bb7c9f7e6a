import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';

import {TARGET_LOCALES} from '../../../src/config/locales';
import {checkSite, createTranslator, readSite, readUntranslatedRules} from '../../i18n-check';
import {stripProvenance} from '../../../src/shared/provenance';
import {runTranslate, type TranslateOptions} from '../planning/runTranslate';
import {collapseWhitespace} from '../segmenting/taggedText';
import {fakeDeepl} from '../testing/fakeProviders';
import {loopbackOptions} from '../testing/loopbackRun';
import {plainParagraph} from '../testing/plainParagraph';
import {readTree} from '../testing/makeRepo';
import type {Loopback} from '../testing/startLoopback';
import {checkPage} from '../writing/validatePage';

// The "Done when", on this repository's own pages, translations and
// committed memory, copied to a temporary folder (outside git: the
// committed memory must be enough), against the loopback DeepL.
const REPO = resolve(import.meta.dirname, '../../..');
const KEY = 'deepl-repository-key';
let server: Loopback;
let root: string;

beforeEach(async () => {
  server = await fakeDeepl(KEY);
  root = mkdtempSync(join(tmpdir(), 'translate-repo-'));
  for (const dir of ['docs', 'i18n']) cpSync(join(REPO, dir), join(root, dir), {recursive: true});
});
afterEach(async () => server.close());

const run = (overrides: Partial<TranslateOptions> = {}) =>
  runTranslate(loopbackOptions(root, server, KEY, {validatePage: checkPage(createTranslator('en')), ...overrides}));

describe('this repository', {timeout: 60_000}, () => {
  it('has nothing to send: the committed translation memory knows every segment of every page and UI string', async () => {
    const report = await run({dryRun: true});
    expect(report.wouldSend, 'translate what changed, or run npm run translate -- --learn-memory, and commit i18n/.tm/').toEqual(
      Object.fromEntries(TARGET_LOCALES.map((l) => [l, []])),
    );
    expect(Object.values(report.sent)).toEqual(TARGET_LOCALES.map(() => ({requests: 0, segments: 0, characters: 0})));
    expect(report.pages.every((p) => p.outcome === 'current')).toBe(true);
  });

  it('editing one French paragraph updates exactly that paragraph in the four translations, and i18n:check passes', async () => {
    const privacy = join(root, 'docs/privacy.md');
    const french = readFileSync(privacy, 'utf8');
    // Whatever the page says today: its first plain paragraph, one word added.
    const paragraph = plainParagraph(french, 'docs/privacy.md');
    const edited = paragraph.replace(/^(\S+)/, '$1 précisément');
    writeFileSync(privacy, french.replace(paragraph, edited));
    const before = readTree(join(root, 'i18n'));

    const report = await run();

    expect(Object.values(report.sent).map((s) => s.segments)).toEqual([1, 1, 1, 1]);
    expect(server.stats.texts).toBe(4);
    const written = report.pages.filter((p) => p.outcome === 'written').map((p) => p.target);
    expect(written).toEqual(TARGET_LOCALES.map((l) => `i18n/${l}/docusaurus-plugin-content-docs/current/privacy.md`));
    const after = readTree(join(root, 'i18n'));
    // Nothing else under i18n/ changed but the memory, which learnt the new paragraph.
    const changed = Object.keys(after).filter((path) => after[path] !== before[path]);
    expect(changed.sort()).toEqual([...TARGET_LOCALES.map((l) => `${l}/docusaurus-plugin-content-docs/current/privacy.md`), ...TARGET_LOCALES.map((l) => `.tm/${l}.json`)].sort());
    for (const locale of TARGET_LOCALES) {
      const path = `${locale}/docusaurus-plugin-content-docs/current/privacy.md`;
      const old = stripProvenance(before[path] ?? '').split('\n');
      const now = stripProvenance(after[path] ?? '').split('\n');
      // Lines kept at both ends; what is left in the middle is the paragraph, before and after.
      let head = 0;
      while (old[head] === now[head]) head++;
      let tail = 0;
      while (tail < old.length - head && old.at(-1 - tail) === now.at(-1 - tail)) tail++;
      expect(now.slice(head, now.length - tail), locale).toEqual([`[${locale}]${collapseWhitespace(edited)}`]);
      expect(old.slice(head, old.length - tail).join(' '), locale).toMatch(/\S/);
      expect(old.length - head - tail, locale).toBeLessThanOrEqual(3);
    }

    const check = checkSite(await readSite(root, TARGET_LOCALES), TARGET_LOCALES, {untranslated: await readUntranslatedRules(root)});
    expect(check.ok).toBe(true);
    const errors = check.pages.flatMap((p) => p.locales.flatMap((l) => l.problems)).filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
  });
});
