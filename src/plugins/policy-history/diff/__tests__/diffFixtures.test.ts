import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

import {diffPages} from '../diffPages';
import {formatDiff} from './formatDiff';

// One folder per tricky case: before.md and after.md (the two versions),
// expected.txt (formatDiff's notation: `[-deleted-]`, `{+inserted+}`, a
// line per block prefixed ~ changed, + inserted, - deleted). `UPDATE=1`
// rewrites expected.txt from the output: review the change before
// committing it.
const FIXTURES = path.join(__dirname, 'fixtures');
const cases = fs.readdirSync(FIXTURES).filter((name) => fs.statSync(path.join(FIXTURES, name)).isDirectory());

function page(file: string) {
  const markdown = fs.readFileSync(file, 'utf8');
  const title = /^title: (.*)$/m.exec(markdown)?.[1] ?? 'Page';
  return {title, markdown};
}

describe('diffPages fixtures', () => {
  it('has the cases the issue names', () => {
    expect(cases).toEqual(
      expect.arrayContaining(['moved-sentence', 'changed-number', 'list-item-added-removed', 'heading-changed', 'link-target-changed']),
    );
  });

  it.each(cases)('%s', (name) => {
    const dir = path.join(FIXTURES, name);
    const options = {resolveUrl: (url: string) => url.replace(/^\.\/(.*)\.md(#.*)?$/, '/$1$2')};
    const actual = `${formatDiff(diffPages(page(path.join(dir, 'before.md')), page(path.join(dir, 'after.md')), options))}\n`;
    const expectedFile = path.join(dir, 'expected.txt');
    if (process.env.UPDATE === '1') fs.writeFileSync(expectedFile, actual);
    expect(actual).toBe(fs.readFileSync(expectedFile, 'utf8'));
  });
});
