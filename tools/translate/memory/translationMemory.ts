import {createHash} from 'node:crypto';

import {collapseWhitespace} from '../segmenting';

/**
 * A locale's translation memory: each source segment's translation, keyed
 * by the hash of its tagged source text (whitespace collapsed, so
 * re-wrapping a paragraph changes nothing). `ui` remembers, for each UI
 * string, the hash of the source message it was translated from, so a
 * changed label is noticed.
 */
export interface TranslationMemory {
  segments: Record<string, MemoryEntry>;
  ui: Record<string, string>;
}

/**
 * One segment's translation: the tagged source text it translates, and the
 * tagged translation. Files written before the source language was
 * configurable name the first field `fr`: read as `source`, written back
 * as `source`.
 */
export interface MemoryEntry {
  source: string;
  text: string;
}

/** The memory key of a source segment. */
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
  const segments = Object.fromEntries(sorted(memory.segments).map(([key, {source, text}]) => [key, {source, text}]));
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
  const segments: Record<string, MemoryEntry> = {};
  for (const [key, entry] of Object.entries(record.segments)) {
    const read = readEntry(entry);
    if (!read) throw new Error(`${file}: segments["${key}"] must be {"source": "...", "text": "..."}; fix it, or delete that entry to have its segment translated again`);
    segments[key] = read;
  }
  for (const [key, hash] of Object.entries(record.ui)) {
    if (typeof hash !== 'string') throw new Error(`${file}: ui["${key}"] must be a segment key (a string); fix it, or delete that entry`);
  }
  return {segments, ui: record.ui as TranslationMemory['ui']};
}

/** `{source, text}`, or the older `{fr, text}`; undefined when it is neither. */
function readEntry(entry: unknown): MemoryEntry | undefined {
  if (!isRecord(entry) || typeof entry.text !== 'string') return undefined;
  const source = entry.source ?? entry.fr;
  return typeof source === 'string' ? {source, text: entry.text} : undefined;
}

/**
 * The answers a run has not yet used in a written page
 * (`i18n/.tm/<locale>.pending.json`, git-ignored), as saved: keys sorted,
 * like the memory.
 */
export function serializePending(pending: Record<string, MemoryEntry>): string {
  const entries = Object.entries(pending).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${JSON.stringify(Object.fromEntries(entries.map(([key, {source, text}]) => [key, {source, text}])), null, 2)}\n`;
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
  if (!isRecord(data)) throw new Error(`${file}: expected {"<key>": {"source": "...", "text": "..."}}; ${fix}`);
  const pending: Record<string, MemoryEntry> = {};
  for (const [key, entry] of Object.entries(data)) {
    const read = readEntry(entry);
    if (!read) throw new Error(`${file}: "${key}" must be {"source": "...", "text": "..."}; ${fix}`);
    pending[key] = read;
  }
  return pending;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
