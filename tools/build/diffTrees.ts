import fs from 'node:fs';
import path from 'node:path';

import {listFiles} from './mergeLocaleBuilds';

/**
 * The files that differ between two built sites: present in only one, or
 * with other bytes. Empty means byte-identical.
 */
export function diffTrees(a: string, b: string): string[] {
  const inA = listFiles(a);
  const inB = new Set(listFiles(b));
  const differing = inA.filter(
    (rel) => !inB.has(rel) || !fs.readFileSync(path.join(a, rel)).equals(fs.readFileSync(path.join(b, rel))),
  );
  const onlyInB = [...inB].filter((rel) => !inA.includes(rel));
  return [...differing, ...onlyInB].sort();
}
