import type {Provenance} from './provenanceSchema';

/**
 * Where a page shown in a target locale stands against its source text:
 * - `machine`: produced by an engine from the current source text;
 * - `reviewed`: checked by a person against the current source text;
 * - `stale`: made from an older source text (source hash mismatch);
 * - `missing`: no translation file, the site shows the source page.
 */
export type TranslationStatus = 'machine' | 'reviewed' | 'stale' | 'missing';

/**
 * Status of one translated page against the current French text. A hash
 * mismatch wins over the declared status: a reviewed page whose French
 * source changed since is as out of date as a machine one.
 *
 * @param currentSourceHash `sourceHash()` of the French file today.
 * @param provenance The translation's parsed `translation:` block, or
 *   `undefined` when the locale has no file for this page.
 */
export function translationStatus(
  currentSourceHash: string,
  provenance: Pick<Provenance, 'status' | 'source_hash'> | undefined,
): TranslationStatus {
  if (provenance === undefined) return 'missing';
  if (provenance.source_hash !== currentSourceHash) return 'stale';
  return provenance.status;
}
