import {join} from 'node:path';

import {atomicWrite, PATHS, readIfExists, removeIfExists} from '../writing';
import {emptyMemory, type MemoryEntry, parseMemory, parsePending, serializeMemory, serializePending, type TranslationMemory} from './translationMemory';

/** Where a segment's translation was found: a provider's answer not yet in a written page, or the memory. */
export interface Found {
  text: string;
  from: 'answer' | 'memory';
}

/**
 * A locale's translation memory as loaded, the answers of this run (and of
 * a killed one) waiting for a page to use them, and the way to save both.
 *
 * The memory learns only from what was written: an answer goes to
 * `pending` (saved beside the memory, in a git-ignored file, so a killed
 * run keeps what it paid for) and is `promote`d into the memory once a page
 * or UI file using it is written. A run that ends drops the rest: the
 * answers of a refused page are never remembered.
 */
export interface MemoryFile {
  memory: TranslationMemory;
  /** Answers not yet used by a written page, by key. */
  pending: Record<string, MemoryEntry>;
  /** Paths from the site root: `i18n/.tm/<locale>.json` and its `.pending.json`. */
  path: string;
  pendingPath: string;
  /** The translation of `key`: an answer first, then the memory (unless `ignoreMemory`, for `--refresh`). */
  lookup(key: string, ignoreMemory?: boolean): Found | undefined;
  /** Records a provider's answer, pending. */
  answer(key: string, entry: MemoryEntry): void;
  /** Moves the answers of `keys` (those pending) into the memory: a written page used them. */
  promote(keys: Iterable<string>): void;
  /** Drops every pending answer: the run ended, what no written page used is not kept. */
  dropPending(): void;
  /** Removes `keys` from the memory and the answers; returns those that were there. */
  forget(keys: Iterable<string>): string[];
  /**
   * Writes the memory and the pending answers atomically (the pending file
   * is removed when empty), unless written less than `unlessWithinMs` ago
   * (answers arrive by the batch) or nothing changed.
   */
  save(unlessWithinMs?: number): void;
  /** True when the memory, serialized, differs from the file as it was opened. */
  changed(): boolean;
  /** True once `save` wrote a memory that differs from the file as it was opened. */
  written(): boolean;
}

/**
 * Opens `i18n/.tm/<locale>.json` under `root` (an empty memory when there is
 * none; a clear error naming the file when it is damaged), and the answers
 * a killed run left in `i18n/.tm/<locale>.pending.json`. With `persist`
 * false (a dry run) `save` writes nothing.
 */
export function openMemory(root: string, locale: string, persist: boolean): MemoryFile {
  const path = PATHS.memory(locale);
  const pendingPath = PATHS.pendingMemory(locale);
  const original = readIfExists(join(root, path), path);
  const memory = original ? parseMemory(original, path) : emptyMemory();
  const pendingText = readIfExists(join(root, pendingPath), pendingPath);
  const pending = pendingText ? parsePending(pendingText, pendingPath) : {};
  let onDisk = original;
  let pendingOnDisk = pendingText;
  let savedAt = 0;
  return {
    memory,
    pending,
    path,
    pendingPath,
    lookup(key, ignoreMemory = false) {
      const answer = pending[key];
      if (answer) return {text: answer.text, from: 'answer'};
      const known = ignoreMemory ? undefined : memory.segments[key];
      return known ? {text: known.text, from: 'memory'} : undefined;
    },
    answer(key, entry) {
      pending[key] = entry;
    },
    promote(keys) {
      for (const key of keys) {
        const entry = pending[key];
        if (entry) memory.segments[key] = entry;
      }
    },
    dropPending() {
      for (const key of Object.keys(pending)) delete pending[key];
    },
    forget(keys) {
      const found: string[] = [];
      for (const key of keys) {
        if (memory.segments[key] || pending[key]) found.push(key);
        delete memory.segments[key];
        delete pending[key];
      }
      return found;
    },
    save(unlessWithinMs = 0) {
      if (!persist || Date.now() - savedAt < unlessWithinMs) return;
      const text = serializeMemory(memory);
      if (text !== onDisk) atomicWrite(join(root, path), text);
      onDisk = text;
      const pendingNow = Object.keys(pending).length > 0 ? serializePending(pending) : undefined;
      if (pendingNow !== pendingOnDisk) {
        if (pendingNow === undefined) removeIfExists(join(root, pendingPath));
        else atomicWrite(join(root, pendingPath), pendingNow);
      }
      pendingOnDisk = pendingNow;
      savedAt = Date.now();
    },
    changed: () => serializeMemory(memory) !== original,
    written: () => onDisk !== original,
  };
}
