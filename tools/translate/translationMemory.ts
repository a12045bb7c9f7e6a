import {createHash} from 'node:crypto';

import {collapseWhitespace} from './taggedText';

/**
 * A locale's translation memory: each French segment's translation, keyed
 * by the hash of its tagged French text (whitespace collapsed, so
 * re-wrapping a paragraph changes nothing). `ui` remembers, for each UI
 * string, the hash of the French message it was translated from, so a
 * changed label is noticed.
 */
export interface TranslationMemory {
  segments: Record<string, {fr: string; text: string}>;
  ui: Record<string, string>;
}

/** The memory key of a French segment. */
export function segmentKey(tagged: string): string {
  return createHash('sha256').update(collapseWhitespace(tagged), 'utf8').digest('hex').slice(0, 16);
}

export function emptyMemory(): TranslationMemory {
  return {segments: {}, ui: {}};
}

/**
 * The memory as committed: keys sorted, one entry per line block, so two
 * runs that learn the same things write the same bytes and diffs are small.
 */
export function serializeMemory(memory: TranslationMemory): string {
  const sortKeys = <T>(record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({segments: sortKeys(memory.segments), ui: sortKeys(memory.ui)}, null, 2)}\n`;
}

/** Reads a memory file's text; `file` names it in the error. */
export function parseMemory(text: string, file: string): TranslationMemory {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message}); restore it from git or delete it to start over`);
  }
  const record = data as Partial<TranslationMemory> | null;
  if (!record || typeof record.segments !== 'object' || typeof record.ui !== 'object') {
    throw new Error(`${file}: expected {"segments": {...}, "ui": {...}}; restore it from git or delete it to start over`);
  }
  return {segments: record.segments ?? {}, ui: record.ui ?? {}};
}
