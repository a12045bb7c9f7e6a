import {readProvenance, type Provenance} from '../../shared/provenance';
import type {TranslationStatus} from '../translation-provenance/types';
import type {FileState} from './groupVersions';
import type {Version} from './groupVersions';

/** The translation of one version in one locale. */
export interface VersionTranslation {
  readonly text: string;
  /** `machine` or `reviewed` as declared; `stale` when made from an earlier state of the version (before a typo fix). */
  readonly status: Exclude<TranslationStatus, 'missing'>;
  readonly provenance: Provenance;
}

/** A translated file's states with their parsed `translation:` block; states without a valid one are left out. */
export function readTranslationStates(states: readonly FileState[]): {text: string; provenance: Provenance}[] {
  return states.flatMap((state) => {
    const reading = readProvenance(state.text);
    return reading.ok ? [{text: state.text, provenance: reading.provenance}] : [];
  });
}

/**
 * The translation made from a version: the newest state of the translated
 * file whose `source_hash` is the version's final French text; failing that,
 * one made from an earlier state of the same version (marked `stale`: a typo
 * fix came after it); `undefined` when none exists (the French is shown).
 * Pure; `states` oldest first.
 */
export function pickTranslation(
  states: readonly {text: string; provenance: Provenance}[],
  version: Pick<Version, 'sourceHashes'>,
): VersionTranslation | undefined {
  const finalHash = version.sourceHashes.at(-1);
  const newestFirst = [...states].reverse();
  const exact = newestFirst.find((s) => s.provenance.source_hash === finalHash);
  if (exact) return {text: exact.text, status: exact.provenance.status, provenance: exact.provenance};
  const earlier = newestFirst.find((s) => version.sourceHashes.includes(s.provenance.source_hash));
  if (earlier) return {text: earlier.text, status: 'stale', provenance: earlier.provenance};
  return undefined;
}
