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
  segments: Record<string, MemoryEntry>;
  ui: Record<string, string>;
}

/** One segment's translation: the tagged French it translates, and the tagged translation. */
export interface MemoryEntry {
  fr: string;
  text: string;
}

/** The memory key of a French segment. */
export function segmentKey(tagged: string): string {
  return createHash('sha256').update(collapseWhitespace(tagged), 'utf8').digest('hex').slice(0, 16);
}

export function emptyMemory(): TranslationMemory {
  return {segments: {}, ui: {}};
}

/**
 * The memory as committed: keys sorted (by code unit, whatever the
 * locale), each entry's fields in one order, two-space indentation and a
 * final newline, so two runs that learn the same things write the same
 * bytes and a pull request shows one changed entry as a few lines.
 */
export function serializeMemory(memory: TranslationMemory): string {
  const sorted = <T>(record: Record<string, T>) => Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const segments = Object.fromEntries(sorted(memory.segments).map(([key, {fr, text}]) => [key, {fr, text}]));
  return `${JSON.stringify({segments, ui: Object.fromEntries(sorted(memory.ui))}, null, 2)}\n`;
}

/** Reads a memory file's text; `file` names it in the error, which says what to do. */
export function parseMemory(text: string, file: string): TranslationMemory {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message}); restore it from git, or delete it and run npm run translate -- --learn-memory`);
  }
  const record = data as Partial<Record<keyof TranslationMemory, unknown>> | null;
  if (!isRecord(record) || !isRecord(record.segments) || !isRecord(record.ui)) {
    throw new Error(`${file}: expected {"segments": {...}, "ui": {...}}; restore it from git, or delete it and run npm run translate -- --learn-memory`);
  }
  for (const [key, entry] of Object.entries(record.segments)) {
    if (!isRecord(entry) || typeof entry.fr !== 'string' || typeof entry.text !== 'string') {
      throw new Error(`${file}: segments["${key}"] must be {"fr": "...", "text": "..."}; fix it, or delete that entry to have its segment translated again`);
    }
  }
  for (const [key, hash] of Object.entries(record.ui)) {
    if (typeof hash !== 'string') throw new Error(`${file}: ui["${key}"] must be a segment key (a string); fix it, or delete that entry`);
  }
  return {segments: record.segments as TranslationMemory['segments'], ui: record.ui as TranslationMemory['ui']};
}

/**
 * The answers a run has not yet used in a written page
 * (`i18n/.tm/<locale>.pending.json`, git-ignored), as saved: keys sorted,
 * like the memory.
 */
export function serializePending(pending: Record<string, MemoryEntry>): string {
  const entries = Object.entries(pending).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${JSON.stringify(Object.fromEntries(entries.map(([key, {fr, text}]) => [key, {fr, text}])), null, 2)}\n`;
}

/** Reads a pending-answers file; a damaged one is an error naming it, and deleting it is always safe (its answers are sent again). */
export function parsePending(text: string, file: string): Record<string, MemoryEntry> {
  const fix = `delete ${file} (it only holds answers of an interrupted run, which are then sent again)`;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message}); ${fix}`);
  }
  if (!isRecord(data)) throw new Error(`${file}: expected {"<key>": {"fr": "...", "text": "..."}}; ${fix}`);
  for (const [key, entry] of Object.entries(data)) {
    if (!isRecord(entry) || typeof entry.fr !== 'string' || typeof entry.text !== 'string') throw new Error(`${file}: "${key}" must be {"fr": "...", "text": "..."}; ${fix}`);
  }
  return data as Record<string, MemoryEntry>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
