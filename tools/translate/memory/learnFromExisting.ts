import type {Provenance} from '../../../src/shared/provenance';
import {sourceHash} from '../../../src/shared/sourceHash';
import {findSourceInGit} from './findSourceInGit';
import {seedMemory} from './seedMemory';
import type {Segment} from '../segmenting';
import type {TranslationMemory} from './translationMemory';

/**
 * Feeds the memory from a page's existing translation, paired with the
 * French it was made from: today's file when its hash matches, else the
 * committed version with that hash (git). See {@link seedMemory}.
 */
export function learnFromExisting(
  args: {root: string; sourcePath: string; french: string; existing: string; provenance: Provenance},
  segmentFor: (text: string, side: 'source' | 'target') => Segment[],
  memory: TranslationMemory,
): void {
  const {root, sourcePath, french, existing, provenance} = args;
  const base = provenance.source_hash === sourceHash(french) ? french : findSourceInGit(root, sourcePath, provenance.source_hash);
  if (base === undefined) return;
  try {
    for (const [key, entry] of seedMemory(base, segmentFor(base, 'source'), existing, segmentFor(existing, 'target'))) {
      memory.segments[key] = entry;
    }
  } catch {
    // An existing translation that does not parse teaches nothing.
  }
}
