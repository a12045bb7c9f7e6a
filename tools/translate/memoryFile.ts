import {join} from 'node:path';

import {atomicWrite} from './atomicWrite';
import {PATHS, readIfExists} from './pageFiles';
import {emptyMemory, parseMemory, serializeMemory, type TranslationMemory} from './translationMemory';

/** A locale's translation memory as loaded, and the way to save it. */
export interface MemoryFile {
  memory: TranslationMemory;
  /** Its path from the site root: `i18n/.tm/<locale>.json`. */
  path: string;
  /**
   * Writes the memory atomically, unless it was written less than
   * `unlessWithinMs` ago (answers arrive by the batch, and saving each one
   * would rewrite the file hundreds of times in a big run) or its bytes
   * would not change.
   */
  save(unlessWithinMs?: number): void;
  /** True when the memory, serialized, differs from the file as it was opened. */
  changed(): boolean;
  /** True once `save` wrote bytes that differ from the file as it was opened. */
  written(): boolean;
}

/**
 * Opens `i18n/.tm/<locale>.json` under `root` (an empty memory when there is
 * none; a clear error naming the file when it is damaged). With `persist`
 * false (a dry run) `save` writes nothing.
 */
export function openMemory(root: string, locale: string, persist: boolean): MemoryFile {
  const path = PATHS.memory(locale);
  const original = readIfExists(join(root, path));
  const memory = original ? parseMemory(original, path) : emptyMemory();
  let onDisk = original;
  let savedAt = 0;
  return {
    memory,
    path,
    save(unlessWithinMs = 0) {
      if (!persist || Date.now() - savedAt < unlessWithinMs) return;
      const text = serializeMemory(memory);
      if (text !== onDisk) atomicWrite(join(root, path), text);
      onDisk = text;
      savedAt = Date.now();
    },
    changed: () => serializeMemory(memory) !== original,
    written: () => onDisk !== original,
  };
}
