import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';

import {listFiles, mergeLocaleBuilds} from '../mergeLocaleBuilds';

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'merge-'));
});
afterEach(() => fs.rmSync(tmp, {recursive: true, force: true}));

function write(rel: string, text: string): void {
  const file = path.join(tmp, rel);
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, text);
}

describe('mergeLocaleBuilds', () => {
  it('is the union of the locale trees, bytes unchanged', () => {
    write('fr/index.html', 'fr');
    write('fr/assets/js/main.1.js', 'js');
    write('en/en/index.html', 'en');
    write('out/stale.html', 'old');
    mergeLocaleBuilds([path.join(tmp, 'fr'), path.join(tmp, 'en')], path.join(tmp, 'out'));
    expect(listFiles(path.join(tmp, 'out'))).toEqual(['assets/js/main.1.js', 'en/index.html', 'index.html']);
    expect(fs.readFileSync(path.join(tmp, 'out/en/index.html'), 'utf8')).toBe('en');
  });

  it('stops when two locales write the same file, naming both', () => {
    write('a/en/index.html', '1');
    write('b/en/index.html', '2');
    expect(() => mergeLocaleBuilds([path.join(tmp, 'a'), path.join(tmp, 'b')], path.join(tmp, 'out'))).toThrow(
      `"en/index.html" is written by both "${path.join(tmp, 'a')}" and "${path.join(tmp, 'b')}".`,
    );
  });

  it('says how to build a missing part', () => {
    expect(() => mergeLocaleBuilds([path.join(tmp, 'nope')], path.join(tmp, 'out'))).toThrow('is not a directory. Build it first');
  });
});
