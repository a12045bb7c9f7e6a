import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import {lockSite, ROOT} from './site';

// Outputs, caches and history stay behind; the copy gets its own git.
const SKIPPED = new Set(['node_modules', 'build', '.docusaurus', '.git', 'tests/.output', '.vendor', 'coverage']);

/**
 * A throw-away copy of this site in the system's temporary folder, for a
 * scenario that edits pages before building: the sources without outputs
 * or `.git`, and `node_modules` as a symlink to ours. Returns its folder;
 * the caller removes it (`fs.rmSync(dir, {recursive: true})`). A build of
 * the copy runs with `COPY_BUILD_ENV` (`buildSite` adds it).
 */
export function copySite(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  copyInto(dir);
  return dir;
}

function copyInto(dir: string): void {
  fs.cpSync(ROOT, dir, {
    recursive: true,
    filter: (src) => !SKIPPED.has(path.relative(ROOT, src).split(path.sep).join('/')),
  });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
}

/**
 * Where this run's shared copies go (`sharedCopy`): `<tmp>/e2e-shared-<run>/`.
 * Throws outside a run of the e2e project, whose `globalSetup` names the
 * run (`E2E_RUN_ID`) and removes this folder at its end.
 */
export function sharedCopiesDir(runId = process.env.E2E_RUN_ID): string {
  if (runId === undefined) throw new Error('sharedCopy: E2E_RUN_ID is unset; run the file through "vitest run --project e2e", whose globalSetup sets it.');
  return path.join(os.tmpdir(), `e2e-shared-${runId}`);
}

/**
 * A scenario copy of the site (`copySite`, then `write`) that several test
 * files of a run build and test: the first file that asks makes it, under
 * the folder's lock (`lockSite`), the others of the run get the same
 * folder, so that `buildSite` builds it once for all of them when they ask
 * for the same build. Removed by the e2e project's `globalSetup` at the end
 * of the run; a folder that `write` failed to finish is made again.
 */
export function sharedCopy(name: string, write: (siteDir: string) => void): string {
  const dir = path.join(sharedCopiesDir(), name);
  const done = path.join(dir, '.shared-copy-done');
  const unlock = lockSite(dir);
  try {
    if (fs.existsSync(done)) return dir;
    fs.rmSync(dir, {recursive: true, force: true});
    copyInto(dir);
    write(dir);
    fs.writeFileSync(done, '');
    return dir;
  } finally {
    unlock();
  }
}
