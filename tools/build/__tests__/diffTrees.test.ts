import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';

import {diffTrees} from '../diffTrees';

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'diff-'));
});
afterEach(() => fs.rmSync(tmp, {recursive: true, force: true}));

function write(rel: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(tmp, rel)), {recursive: true});
  fs.writeFileSync(path.join(tmp, rel), text);
}

describe('diffTrees', () => {
  it('is empty for identical trees', () => {
    write('a/x/1.html', 'same');
    write('b/x/1.html', 'same');
    expect(diffTrees(path.join(tmp, 'a'), path.join(tmp, 'b'))).toEqual([]);
  });

  it('names changed files and files present on one side only', () => {
    write('a/same.html', 's');
    write('b/same.html', 's');
    write('a/changed.js', '1');
    write('b/changed.js', '2');
    write('a/only-a.css', '');
    write('b/en/only-b.html', '');
    expect(diffTrees(path.join(tmp, 'a'), path.join(tmp, 'b'))).toEqual(['changed.js', 'en/only-b.html', 'only-a.css']);
  });
});
