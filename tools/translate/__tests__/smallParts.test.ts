import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

import {atomicWrite} from '../../../src/shared/atomicWrite';
import {batchTexts} from '../providers/batchTexts';
import {createProgress} from '../cli/createProgress';
import {nestSegments, splice} from '../segmenting/nestSegments';
import {readGlossary} from '../segmenting/readGlossary';
import {segmentPage} from '../segmenting/segmentPage';
import {seedMemory} from '../memory/seedMemory';
import {emptyMemory} from '../memory/translationMemory';
import {planUiFile, renderUi, uiTagged} from '../ui/uiStrings';

describe('batchTexts', () => {
  it('respects both limits and keeps order', () => {
    const items = ['aaaa', 'bb', 'cccccc', 'd', 'e'].map((text) => ({text}));
    expect(batchTexts(items, 2, 7).map((b) => b.map((i) => i.text))).toEqual([['aaaa', 'bb'], ['cccccc', 'd'], ['e']]);
  });
});

describe('readGlossary', () => {
  const file = (text: string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'glossary-')), 'glossary.yaml');
    writeFileSync(path, text);
    return path;
  };
  it('names the file and field of a mistake', () => {
    expect(() => readGlossary(file('keep: Acme Example\n'), ['en'])).toThrow(/glossary\.yaml: keep: .*; expected "keep: \[term, \.\.\.\]"/);
    expect(() => readGlossary(file('fixed:\n  RGPD: {gb: GDPR}\n'), ['en'])).toThrow(/fixed\.RGPD\.gb: "gb" is not a target locale \(en\)/);
    expect(() => readGlossary(file('keep: [a]\nterms: {}\n'), ['en'])).toThrow(/Unrecognized key/i);
  });
});

describe('UI strings', () => {
  it('carry placeholders as tags, and render them back by name', () => {
    const {tagged, tags} = uiTagged('{count} pages sur {site}');
    expect(tagged).toBe('<x1/> pages sur <x2/>');
    expect(renderUi('<x2/>: <x1/> pages', tags)).toBe('{site}: {count} pages');
  });
  it('plan: missing, changed and untranslated messages; adopt the others', () => {
    const memory = emptyMemory();
    const source = {a: {message: 'Accueil'}, b: {message: 'Confidentialité'}, c: {message: 'Archive'}};
    const jobs = planUiFile('navbar.json', source, {b: {message: 'Privacy'}, c: {message: 'Archive'}}, memory);
    expect(jobs.map((j) => j.id)).toEqual(['a', 'c']);
    expect(Object.keys(memory.ui)).toEqual(['navbar.json#b']);
    expect(planUiFile('navbar.json', {...source, b: {message: 'Vie privée'}}, {b: {message: 'Privacy'}}, memory).map((j) => j.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('seedMemory', () => {
  it('learns the segments whose markup matches, skips the rest', () => {
    const fr = '# Titre\n\nUn **mot** ici.\n\nVoir [ceci](./a.md).\n';
    const en = '# Title\n\nOne **word** here.\n\nSee [this](./b.md).\n';
    const entries = seedMemory(fr, segmentPage(fr), en, segmentPage(en));
    expect(entries.map(([, e]) => e)).toEqual([
      {source: 'Titre', text: 'Title'},
      {source: 'Un <g1>mot</g1> ici.', text: 'One <g1>word</g1> here.'},
    ]);
  });
});

describe('nestSegments', () => {
  const at = (start: number, end: number) => ({kind: 'title', start, end, tagged: '', tags: {}, prefix: ''}) as const;
  it('puts each segment inside the one that holds it, and splices renderings in place', () => {
    expect(nestSegments([at(0, 10), at(2, 4), at(5, 9), at(6, 8), at(12, 14)])).toEqual({top: [0, 4], inner: [[1, 2], [], [3], [], []]});
    expect(splice('abcdefgh', 1, 7, [{start: 2, end: 4, text: 'XY'}, {start: 5, end: 6, text: ''}])).toBe('bXYeg');
  });
  it('refuses segments that overlap without one holding the other', () => {
    expect(() => nestSegments([at(0, 5), at(3, 8)])).toThrow('segment 1 (offsets 3-8) overlaps segment 0 without lying inside it');
  });
});

describe('createProgress', () => {
  const stream = (isTTY: boolean) => {
    const out: string[] = [];
    return {out, stream: {isTTY, write: (s: string) => out.push(s)} as unknown as NodeJS.WriteStream};
  };
  it('draws a bar with counts and ETA on a terminal, plain lines in CI', () => {
    let now = 0;
    const tty = stream(true);
    const progress = createProgress(tty.stream, (s) => `ETA ${s} s`, () => now);
    progress.update('en', 'en: 0/4', 0, 4);
    now = 2000;
    progress.update('en', 'en: 1/4', 1, 4);
    expect(tty.out.at(-1)).toBe('\r[######------------------] en: 1/4 · ETA 6 s\u001b[K');
    const ci = stream(false);
    createProgress(ci.stream, (s) => `ETA ${s} s`, () => 0).update('en', 'en: 2/4', 2, 4);
    expect(ci.out).toEqual(['en: 2/4 · ETA 0 s\n']);
  });
});

describe('atomicWrite', () => {
  it('replaces the file and clears temporary files a killed run left, not those of a write in progress', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    const path = join(dir, 'page.md');
    // A process that has exited: its pid names a killed run's file.
    const exited = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(`${path}.${exited}.tmp`, 'half a pa');
    // The parent process runs: another writer of the same file, mid-write.
    writeFileSync(`${path}.${process.ppid}.tmp`, 'in progr');
    writeFileSync(join(dir, 'other.md.1.tmp'), 'not ours');
    atomicWrite(path, 'new');
    expect(readdirSync(dir).sort()).toEqual([`other.md.1.tmp`, 'page.md', `page.md.${process.ppid}.tmp`]);
    expect(readFileSync(path, 'utf8')).toBe('new');
  });
});
