import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

import record from '../upstream-files.json';

const ROOT = path.resolve(__dirname, '../..');

// Every upstream file we copy, fork, stand in for or parse the output of,
// with the hash of the version our file was written against. When
// Docusaurus changes one, this fails and says what to re-check; once
// checked (and our file adapted), record the new hash in
// src/upstream-files.json.
describe('upstream files our code depends on', () => {
  it.each(record.files)('$upstream is the version $ours was written against', ({ours, upstream, why, see, sha256}) => {
    expect(fs.existsSync(path.join(ROOT, ours)), `${ours} is listed in src/upstream-files.json but does not exist`).toBe(true);
    expect(fs.existsSync(path.join(ROOT, see.split('#')[0] ?? '')), `${see}, named by src/upstream-files.json for ${ours}, does not exist`).toBe(true);
    const file = path.join(ROOT, 'node_modules', upstream);
    if (!fs.existsSync(file)) throw new Error(`Docusaurus moved or removed ${upstream} (${why}): re-check ${ours} (see ${see}), then update src/upstream-files.json.`);
    const actual = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    if (actual !== sha256) {
      throw new Error(
        `Docusaurus changed ${upstream} (${why}; recorded for Docusaurus ${record.docusaurus}): re-check ${ours} (see ${see}), then record sha256 ${actual} in src/upstream-files.json.`,
      );
    }
  });
});
