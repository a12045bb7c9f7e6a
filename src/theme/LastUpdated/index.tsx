import React, {type ReactNode} from 'react';
import LastUpdated from '@theme-original/LastUpdated';
import type LastUpdatedType from '@theme/LastUpdated';
import type {WrapperProps} from '@docusaurus/types';

import {usePageProvenance} from '@site/src/plugins/translation-provenance/usePageProvenance';

type Props = WrapperProps<typeof LastUpdatedType>;

/**
 * "Last updated" of a translated page gives the French source's last commit
 * date: a retranslation changes no content, and the French text is the
 * reference. No date when git does not know the French file. Rendered by
 * `DocItem/Footer` only (the site has no blog), so a doc is always in
 * context.
 */
export default function LastUpdatedWrapper(props: Props): ReactNode {
  const provenance = usePageProvenance();
  // French pages, and missing translations (Docusaurus already shows the
  // French file): as Docusaurus computed it.
  if (provenance === null || provenance.status === 'missing') return <LastUpdated {...props} />;
  if (provenance.sourceLastUpdatedAt === undefined) return null;
  return <LastUpdated lastUpdatedAt={provenance.sourceLastUpdatedAt} />;
}
