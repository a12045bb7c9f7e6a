import {parse as parseYaml} from 'yaml';

import {parseProvenance, PROVENANCE_KEY, type Provenance} from '../shared/provenance';
import {sourceHash} from '../shared/sourceHash';
import {outputHash} from './provenanceBlock';

/**
 * Where a translated page stands: `missing`, `current` (made from today's
 * French), `stale` (French changed, machine page untouched: retranslate),
 * and three states a run leaves alone unless `--force`: `reviewed` (checked
 * by a person), `edited` (machine page whose text no longer matches its
 * `output_hash`), `unmarked` (no valid provenance: written by hand).
 */
export type PageState = 'missing' | 'current' | 'stale' | 'reviewed' | 'edited' | 'unmarked';

export interface PagePlan {
  state: PageState;
  translate: boolean;
  provenance?: Provenance;
}

/** Decides what to do with one page in one locale. Pure. */
export function classifyPage(source: string, existing: string | undefined, force: boolean): PagePlan {
  if (existing === undefined) return {state: 'missing', translate: true};
  const provenance = readProvenance(existing);
  if (!provenance) return {state: 'unmarked', translate: force};
  if (provenance.source_hash === sourceHash(source)) return {state: 'current', translate: false, provenance};
  if (provenance.status === 'reviewed') return {state: 'reviewed', translate: force, provenance};
  if (provenance.output_hash !== undefined && provenance.output_hash !== outputHash(existing)) {
    return {state: 'edited', translate: force, provenance};
  }
  return {state: 'stale', translate: true, provenance};
}

/** The page's valid `translation:` block, if it has one. */
export function readProvenance(text: string): Provenance | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  try {
    // Strings only: an unquoted hash such as 97039041016869e2 is a float in YAML's core schema.
    const data = parseYaml(match[1] ?? '', {schema: 'failsafe'}) as Record<string, unknown> | null;
    const result = parseProvenance(data?.[PROVENANCE_KEY]);
    return result.ok ? result.provenance : undefined;
  } catch {
    return undefined;
  }
}
