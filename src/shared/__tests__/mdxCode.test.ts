import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

import {foreignCode, listMdxCode, mayContainCode} from '../mdxCode';

describe('listMdxCode', () => {
  it('lists imports, exports, expressions, components and HTML elements; heading ids and prose attribute values are not code', () => {
    const page = [
      'import Note from "@site/src/components/Note";',
      'export const year = 2026;',
      '',
      '## Contexte {/* #context */}',
      '',
      'En {year}, <abbr title="Règlement général">RGPD</abbr> et <Note kind="info" />.',
      '',
      '<AnalyticsOptOut />',
      '',
    ].join('\n');
    expect(listMdxCode(page)).toEqual([
      {kind: 'import', code: 'import Note from "@site/src/components/Note";', line: 1},
      {kind: 'export', code: 'export const year = 2026;', line: 1},
      {kind: 'expression', code: '{year}', line: 6},
      {kind: 'html', code: '<abbr title="…">', line: 6},
      {kind: 'component', code: '<Note kind="info">', line: 6},
      {kind: 'component', code: '<AnalyticsOptOut>', line: 8},
    ]);
  });
});

describe('foreignCode', () => {
  const french = listMdxCode('Texte <abbr title="Titre">RGPD</abbr> {/* #id */} et <AnalyticsOptOut />.\n');

  it('accepts a translation with the same code and other prose, titles included', () => {
    expect(foreignCode(french, listMdxCode('Text <abbr title="Title">GDPR</abbr> and <AnalyticsOptOut />.\n'))).toEqual([]);
  });

  it('names what a translation adds: an expression, a script, an event handler, a component counted once too many', () => {
    const hostile = [
      'Text {process.env.DEEPL_AUTH_KEY} <abbr title="x" onClick={steal}>GDPR</abbr> <AnalyticsOptOut /> <AnalyticsOptOut />.',
      '',
      '<script src="https://evil.example/x.js"></script>',
      '',
      'export const leak = process.env;',
      '',
    ].join('\n');
    expect(foreignCode(french, listMdxCode(hostile)).map((c) => `${c.line} ${c.kind} ${c.code}`)).toEqual([
      '1 expression {process.env.DEEPL_AUTH_KEY}',
      '1 html <abbr title="…" onClick={steal}>',
      '1 component <AnalyticsOptOut>',
      '3 html <script src="https://evil.example/x.js">',
      '5 export export const leak = process.env;',
    ]);
  });
});

/**
 * The Markdown files of the repository, relative to `root`: not those of
 * dependencies, builds and the e2e suite's outputs, which the other lane
 * of `npm test` may be writing or removing meanwhile.
 */
function markdownFilesUnder(root: string, rel = ''): string[] {
  return fs.readdirSync(path.join(root, rel), {withFileTypes: true}).flatMap((entry) => {
    const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
    if (entry.isDirectory()) return OUTPUT_DIRS.has(entry.name) ? [] : markdownFilesUnder(root, child);
    return /\.mdx?$/.test(entry.name) ? [child] : [];
  });
}
const OUTPUT_DIRS = new Set(['node_modules', 'build', '.docusaurus', '.git', '.output']);

describe('mayContainCode', () => {
  it('is false only for text without elements, expressions or ESM; heading-id comments do not count', () => {
    expect(mayContainCode('# Titre\n\nDu texte, une [ancre](#a) et `code`.\n')).toBe(false);
    expect(mayContainCode('## Contexte {/* #context */}\n\nTexte.\n')).toBe(false);
    for (const text of ['Texte <b>gras</b>.', 'En {year}.', 'import X from "x";', 'export const a = 1;', '> import X from "x";', '{/* a */ process.env.X}', '{/* a */}{b}', '<!-- commentaire -->']) {
      expect(mayContainCode(text), text).toBe(true);
    }
  });

  it('never says "no code" of a page that has some: every Markdown file of the repository and its fixtures', () => {
    const root = path.resolve(__dirname, '../../..');
    const files = markdownFilesUnder(root);
    expect(files.length).toBeGreaterThan(10);
    for (const rel of files) {
      const text = fs.readFileSync(path.join(root, rel), 'utf8');
      let found;
      try {
        found = listMdxCode(text);
      } catch {
        continue; // fixtures that do not parse on purpose
      }
      if (!mayContainCode(text)) expect(found, rel).toEqual([]);
    }
  }, 60_000);
});
