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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
