import {mkdirSync, readdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';

import {isProcessRunning} from './isProcessRunning';

/**
 * Writes a file so that a reader (or a run killed at any moment) sees the
 * old content or the new, never a part: temporary file beside it, then
 * rename, which is atomic on one file system. Temporary files of this path
 * left by a killed run are removed once the new content is in place; those
 * of a process still running are its write in progress, and stay.
 */
export function atomicWrite(path: string, content: string): void {
  const dir = dirname(path);
  mkdirSync(dir, {recursive: true});
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, {force: true});
    throw error;
  }
  const prefix = `${basename(path)}.`;
  for (const name of readdirSync(dir)) {
    const pid = /^(\d+)\.tmp$/.exec(name.startsWith(prefix) ? name.slice(prefix.length) : '')?.[1];
    if (pid !== undefined && !isProcessRunning(Number(pid))) rmSync(join(dir, name), {force: true});
  }
}
