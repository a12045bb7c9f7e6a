import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

import {afterAll, describe, expect, it} from 'vitest';

import {isPartial, listFiles, listMarkdownFiles, translatedDocsDir} from '../pageFiles';

const dir = mkdtempSync(join(tmpdir(), 'page-files-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe('listFiles', () => {
  for (const file of ['b.md', 'a.mdx', 'legal/z.md', 'legal/_part.md', '_shared/x.md', 'img.png', 'notes.txt']) {
    mkdirSync(join(dir, file, '..'), {recursive: true});
    writeFileSync(join(dir, file), '');
  }
  symlinkSync(join(dir, 'legal'), join(dir, 'linked'));

  it('lists Markdown pages and partials, sorted, with / separators, without following links', () => {
    expect(listMarkdownFiles(dir)).toEqual(['_shared/x.md', 'a.mdx', 'b.md', 'legal/_part.md', 'legal/z.md']);
  });
  it('keeps what the filter keeps', () => {
    expect(listFiles(dir, (rel) => rel.endsWith('.png'))).toEqual(['img.png']);
  });
  it('gives nothing for a folder that does not exist (a locale not translated yet)', () => {
    expect(listMarkdownFiles(join(dir, 'missing'))).toEqual([]);
  });
  it('tells partials, which are not pages, by a leading _ in any part', () => {
    expect(listMarkdownFiles(dir).filter((rel) => !isPartial(rel))).toEqual(['a.mdx', 'b.md', 'legal/z.md']);
  });
  it('names where a locale keeps its translated pages', () => {
    expect(translatedDocsDir('en')).toBe('i18n/en/docusaurus-plugin-content-docs/current');
  });
});
