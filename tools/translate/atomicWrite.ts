import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';

/**
 * Writes a file so that a reader (or a run killed at any moment) sees the
 * old content or the new, never a part: temporary file beside it, then
 * rename, which is atomic on one file system.
 */
export function atomicWrite(path: string, content: string): void {
  mkdirSync(dirname(path), {recursive: true});
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, {force: true});
    throw error;
  }
}
