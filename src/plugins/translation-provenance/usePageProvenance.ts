import {usePluginData} from '@docusaurus/useGlobalData';
import {useDoc} from '@docusaurus/plugin-content-docs/client';

import type {PageProvenance, ProvenanceGlobalData} from './types';

/** The plugin's data for the locale being shown (browser side). */
export function useProvenanceData(): ProvenanceGlobalData {
  return usePluginData('translation-provenance') as ProvenanceGlobalData;
}

/**
 * Provenance of the doc being rendered, or `null` on a French page (and on
 * a page the plugin does not know). Call it under `DocProvider` (any
 * `DocItem/*` component): it reads the doc's `metadata.source`, which
 * points either at the translation or, when it is missing, at the French
 * file Docusaurus fell back to.
 */
export function usePageProvenance(): PageProvenance | null {
  const {sourcePrefixes, pages} = useProvenanceData();
  const {source} = useDoc().metadata;
  const prefix = sourcePrefixes.find((p) => source.startsWith(p));
  return prefix === undefined ? null : (pages[source.slice(prefix.length)] ?? null);
}
