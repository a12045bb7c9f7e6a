import {usePluginData} from '@docusaurus/useGlobalData';
import {useDoc} from '@docusaurus/plugin-content-docs/client';

import type {CurrentPolicy, PolicyHistoryGlobalData} from '@site/src/plugins/policy-history/types';

/**
 * The effective date and upcoming version of the doc being rendered, or
 * `null` for a page without versions. Call it under `DocProvider` (any
 * `DocItem/*` component).
 */
export function useCurrentPolicy(): CurrentPolicy | null {
  const {metadata} = useDoc();
  const data = usePluginData('policy-history', undefined, {failfast: false}) as PolicyHistoryGlobalData | undefined;
  return data?.pages[metadata.id] ?? null;
}
