import {join} from 'node:path';

import {atomicWrite} from './atomicWrite';
import {PATHS, readIfExists} from './pageFiles';
import {emptyMemory, parseMemory, serializeMemory, type TranslationMemory} from './translationMemory';

/** A locale's translation memory as loaded, and the way to save it. */
export interface MemoryFile {
  memory: TranslationMemory;
  /**
   * Writes the memory atomically, unless it was written less than
   * `unlessWithinMs` ago: answers arrive by the batch, and saving each one
   * would rewrite the file hundreds of times in a big run.
   */
  save(unlessWithinMs?: number): void;
}

/**
 * Opens `i18n/.tm/<locale>.json` under `root` (an empty memory when there is
 * none; a clear error naming the file when it is damaged). With `persist`
 * false (a dry run) `save` writes nothing.
 */
export function openMemory(root: string, locale: string, persist: boolean): MemoryFile {
  const path = join(root, PATHS.memory(locale));
  const text = readIfExists(path);
  const memory = text ? parseMemory(text, PATHS.memory(locale)) : emptyMemory();
  let savedAt = 0;
  return {
    memory,
    save(unlessWithinMs = 0) {
      if (!persist || Date.now() - savedAt < unlessWithinMs) return;
      atomicWrite(path, serializeMemory(memory));
      savedAt = Date.now();
    },
  };
}
