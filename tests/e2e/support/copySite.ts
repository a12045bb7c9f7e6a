import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import {ROOT} from './site';

// Outputs, caches and history stay behind; the copy gets its own git.
const SKIPPED = new Set(['node_modules', 'build', '.docusaurus', '.git', 'tests/.output', '.vendor', 'coverage']);

/**
 * A throw-away copy of this site in the system's temporary folder, for a
 * scenario that edits pages before building: the sources without outputs
 * or `.git`, and `node_modules` as a symlink to ours. Returns its folder;
 * the caller removes it (`fs.rmSync(dir, {recursive: true})`).
 */
export function copySite(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  fs.cpSync(ROOT, dir, {
    recursive: true,
    filter: (src) => !SKIPPED.has(path.relative(ROOT, src).split(path.sep).join('/')),
  });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}
