import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {toString} from 'mdast-util-to-string';
import type {Root} from 'mdast';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import {sourceHash} from '../../../shared/sourceHash';
import {inForceMarkdown} from '../inForceMarkdown';
import {createTestRepository, policyPage, translatedPage, type TestRepository} from './gitRepository';

const FR = 'docs/privacy.md';
const EN = 'i18n/en/docusaurus-plugin-content-docs/current/privacy.md';
const DE = 'i18n/de/docusaurus-plugin-content-docs/current/privacy.md';
const v1 = policyPage('2025-01-15', 'Texte en vigueur.');
const v2 = policyPage('2026-03-01', 'Texte annoncé.');
let repo: TestRepository;

beforeAll(() => {
  repo = createTestRepository();
  repo.commit({[FR]: v1, [EN]: translatedPage(sourceHash(v1), 'Text in force.')}, '2025-01-10T10:00:00Z');
  repo.commit({[FR]: v2, [EN]: translatedPage(sourceHash(v2), 'Announced text.'), [DE]: translatedPage(sourceHash(v2), 'Angekündigt.')}, '2025-12-01T10:00:00Z');
});
afterAll(() => repo.remove());

const hooks = (today: string) =>
  inForceMarkdown({
    siteDir: repo.dir,
    docsPath: 'docs',
    translationsPaths: ['en', 'de'].map((l) => `i18n/${l}/docusaurus-plugin-content-docs/current`),
    today,
  });
const file = (rel: string) => path.join(repo.dir, rel);

async function frontMatterOf(today: string, rel: string) {
  const {parseFrontMatter} = hooks(today);
  const {readFileSync} = await import('node:fs');
  const {DEFAULT_PARSE_FRONT_MATTER} = await import('@docusaurus/utils');
  return parseFrontMatter({filePath: file(rel), fileContent: readFileSync(file(rel), 'utf8'), defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER});
}

describe('the page while a newer version is announced', () => {
  it('gives the docs plugin the front matter and content of the version in force', async () => {
    const french = await frontMatterOf('2026-01-15', FR);
    expect(french.frontMatter.effective_date).toEqual(new Date('2025-01-15T00:00:00Z'));
    expect(french.content).toContain('Texte en vigueur.');
    const english = await frontMatterOf('2026-01-15', EN);
    expect(english.content).toContain('Text in force.');
  });

  it('gives the MDX loader the tree of the version in force', async () => {
    const {remarkPlugin} = hooks('2026-01-15');
    const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkPlugin);
    const tree = await processor.run(processor.parse(v2), {path: file(FR)} as never);
    expect(toString(tree as unknown as Root)).toContain('Texte en vigueur.');
    expect(toString(tree as unknown as Root)).not.toContain('Texte annoncé.');
  });

  it('shows the French text in force where the version in force has no translation', async () => {
    expect(await hooks('2026-01-15').inForceText(file(DE))).toEqual({text: v1, french: true});
    expect(await hooks('2026-01-15').inForceText(file(EN))).toMatchObject({french: false});
  });

  it('leaves the page alone once the version takes effect, and any page without versions', async () => {
    expect(await hooks('2026-03-01').inForceText(file(FR))).toBeUndefined();
    expect((await frontMatterOf('2026-03-01', FR)).content).toContain('Texte annoncé.');
    expect(await hooks('2026-01-15').inForceText(path.join(repo.dir, 'docs/other.md'))).toBeUndefined();
    expect(await hooks('2026-01-15').inForceText(path.join(repo.dir, 'src/page.md'))).toBeUndefined();
  });
});
