import {applyGlossary, escapeXml, tokenizeTagged, unescapeXml} from '../segmenting';
import type {TagMarkup} from '../segmenting';
import {segmentKey, type TranslationMemory} from '../memory';

/** A Docusaurus translation file (`code.json`, `navbar.json`, …): id -> message. */
export type UiFile = Record<string, {message: string; description?: string}>;

export interface UiJob {
  id: string;
  tagged: string;
  tags: Record<string, TagMarkup>;
  key: string;
}

/** A UI message in tagged form: `{placeholders}` become `x` tags, kept by every provider. */
export function uiTagged(message: string, known: Record<string, TagMarkup> = {}): {tagged: string; tags: Record<string, TagMarkup>} {
  const tags: Record<string, TagMarkup> = {};
  const byText = new Map(Object.entries(known).map(([id, m]) => [m.open, id]));
  const tagged = message
    .split(/(\{\w+\})/)
    .map((part, i) => {
      if (i % 2 === 0) return escapeXml(part);
      const id = byText.get(part) ?? `x${Object.keys(tags).length + 1}`;
      tags[id] = {open: part, close: ''};
      return `<${id}/>`;
    })
    .join('');
  return {tagged, tags};
}

/** A translated UI message: tags back to their placeholders. */
export function renderUi(translated: string, tags: Record<string, TagMarkup>): string {
  return tokenizeTagged(translated)
    .map((t) => (t.type === 'text' ? unescapeXml(t.value) : t.type === 'atom' ? (tags[t.id]?.open ?? '') : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Which messages of one file need translating in one locale: missing ones,
 * ones whose French changed since they were translated (`memory.ui`
 * remembers the French hash per `file#id`), and ones still equal to the
 * French (unless `adoptUntranslated`: when learning from committed files,
 * whose same-as-French words the i18n-ui allowlist vouches for). A message
 * translated outside this tool is adopted: its French hash is recorded and
 * its text learnt, so later changes are noticed. Glossary `terms` become
 * tags, as in pages. Mutates `memory` for adoptions only. Pure otherwise.
 */
export function planUiFile(
  file: string,
  source: UiFile,
  target: UiFile,
  memory: TranslationMemory,
  terms: ReadonlyArray<[string, string]> = [],
  adoptUntranslated = false,
): UiJob[] {
  const jobs: UiJob[] = [];
  for (const [id, {message}] of Object.entries(source)) {
    const plain = uiTagged(message);
    const {tagged, tags} = applyGlossary(plain.tagged, plain.tags, terms);
    const key = segmentKey(tagged);
    const record = `${file}#${id}`;
    const existing = target[id]?.message;
    const recorded = memory.ui[record];
    const changed = recorded !== undefined && recorded !== key;
    const untranslated = !adoptUntranslated && recorded === undefined && existing === message && /\p{L}/u.test(message);
    if (existing === undefined || changed || untranslated) {
      jobs.push({id, tagged, tags, key});
    } else if (recorded === undefined) {
      memory.ui[record] = key;
      if (existing !== message) memory.segments[key] ??= {source: tagged, text: uiTagged(existing, tags).tagged};
      // (Learnt without glossary tags: a term written in the message stays as written.)
    }
  }
  return jobs;
}
