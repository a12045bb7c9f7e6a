import {outputHash, type Provenance, readProvenance, translationStatus} from '../../../src/shared/provenance';
import {sourceHash} from '../../../src/shared/sourceHash';

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
  const provenance = validProvenance(existing);
  if (!provenance) return {state: 'unmarked', translate: force};
  if (translationStatus(sourceHash(source), provenance) !== 'stale') return {state: 'current', translate: false, provenance};
  if (provenance.status === 'reviewed') return {state: 'reviewed', translate: force, provenance};
  if (provenance.output_hash !== undefined && provenance.output_hash !== outputHash(existing)) {
    return {state: 'edited', translate: force, provenance};
  }
  return {state: 'stale', translate: true, provenance};
}

/** The page's valid `translation:` block, if it has one (`readProvenance`, shared with the build and i18n:check). */
export function validProvenance(text: string): Provenance | undefined {
  const reading = readProvenance(text);
  return reading.ok ? reading.provenance : undefined;
}
