import type {ReactNode} from 'react';
import LastUpdated from '@theme-original/LastUpdated';
import type LastUpdatedType from '@theme/LastUpdated';
import type {WrapperProps} from '@docusaurus/types';

import {useProvenanceData, usePageProvenance} from '@site/src/plugins/translation-provenance/usePageProvenance';
import PreformattedLastUpdated from './PreformattedLastUpdated';

type Props = WrapperProps<typeof LastUpdatedType>;

/**
 * "Last updated" of a translated page gives the French source's last commit
 * date: a retranslation changes no content, and the French text is the
 * reference. No date when git does not know the French file. Rendered by
 * `DocItem/Footer` only (the site has no blog), so a doc is always in
 * context.
 *
 * The date's text comes formatted from the build when the plugin has it
 * (always, for git dates); otherwise (`last_update` front matter, the dev
 * server's simulated dates) the theme's component formats it.
 */
export default function LastUpdatedWrapper(props: Props): ReactNode {
  const provenance = usePageProvenance();
  const {lastUpdatedTexts} = useProvenanceData();
  // French pages, and missing translations (Docusaurus already shows the
  // French file): the date Docusaurus computed.
  const own = provenance === null || provenance.status === 'missing';
  const lastUpdatedAt = own ? props.lastUpdatedAt : provenance.sourceLastUpdatedAt;
  if (lastUpdatedAt === undefined || lastUpdatedAt === null) return own ? <LastUpdated {...props} /> : null;
  const lastUpdatedBy = own ? props.lastUpdatedBy : undefined;
  const dateText = lastUpdatedTexts[String(lastUpdatedAt)];
  if (dateText === undefined) return <LastUpdated lastUpdatedAt={lastUpdatedAt} lastUpdatedBy={lastUpdatedBy} />;
  return <PreformattedLastUpdated lastUpdatedAt={lastUpdatedAt} dateText={dateText} lastUpdatedBy={lastUpdatedBy} />;
}
