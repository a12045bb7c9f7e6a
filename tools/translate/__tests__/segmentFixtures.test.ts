import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

import {parseMarkdown} from '../../../src/shared/markdown';
import {applyGlossary, EMPTY_GLOSSARY, type Glossary, glossaryTerms} from '../segmenting/glossary';
import {renderPage} from '../segmenting/renderPage';
import {segmentPage} from '../segmenting/segmentPage';
import {collapseWhitespace} from '../segmenting/taggedText';
import {reversibleTranslate} from '../testing/reversibleTranslate';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const cases = readdirSync(FIXTURES, {withFileTypes: true}).filter((d) => d.isDirectory()).map((d) => d.name);

function load(name: string) {
  const dir = join(FIXTURES, name);
  const input = readFileSync(join(dir, 'input.md'), 'utf8');
  const configPath = join(dir, 'config.json');
  const glossary: Glossary = existsSync(configPath)
    ? (JSON.parse(readFileSync(configPath, 'utf8')) as {glossary: Glossary}).glossary
    : EMPTY_GLOSSARY;
  const segments = segmentPage(input).map((s) => ({...s, ...applyGlossary(s.tagged, s.tags, glossaryTerms(glossary, 'en', 'source'))}));
  return {dir, input, segments};
}

describe.each(cases)('fixture %s', (name) => {
  it('an identity provider leaves every byte as it was', () => {
    const {input, segments} = load(name);
    expect(segments.length).toBeGreaterThan(0);
    expect(renderPage(input, segments, segments.map((s) => s.tagged))).toBe(input);
    // Providers get (and may return) the text on one line.
    expect(renderPage(input, segments, segments.map((s) => collapseWhitespace(s.tagged)))).toBe(input);
  });

  it('translates only the prose (expected.en.md, UPDATE=1 rewrites)', () => {
    const {dir, input, segments} = load(name);
    const output = renderPage(input, segments, segments.map((s) => reversibleTranslate(collapseWhitespace(s.tagged), 'en')));
    const expectedPath = join(dir, 'expected.en.md');
    // A new fixture gets its expected file written once, locally; under CI a
    // missing one fails, so that nothing is accepted unseen.
    if (!existsSync(expectedPath) && process.env.CI) throw new Error(`${expectedPath} is missing: run the test locally (or with UPDATE=1), review the file written, and commit it.`);
    if (process.env.UPDATE === '1' || !existsSync(expectedPath)) writeFileSync(expectedPath, output);
    expect(output).toBe(readFileSync(expectedPath, 'utf8'));
    // Still a page the site can build.
    expect(() => parseMarkdown(output)).not.toThrow();
  });
});

describe.each(readdirSync(join(import.meta.dirname, '../../../docs')))('the site page docs/%s', (name) => {
  const input = readFileSync(join(import.meta.dirname, '../../../docs', name), 'utf8');
  const segments = segmentPage(input);
  it('comes back byte-identical through an identity provider', () => {
    expect(renderPage(input, segments, segments.map((s) => collapseWhitespace(s.tagged)))).toBe(input);
  });
  it('keeps code, ids, links and numbers out of the prose', () => {
    const output = renderPage(input, segments, segments.map((s) => reversibleTranslate(collapseWhitespace(s.tagged), 'de')));
    expect(() => parseMarkdown(output)).not.toThrow();
    for (const id of input.match(/\{\/\* #[\w-]+ \*\/\}/g) ?? []) expect(output).toContain(id);
    for (const link of input.match(/\]\([^)]*\)/g) ?? []) expect(output).toContain(link);
  });
});
