import React, {type ReactNode} from 'react';
import Metadata from '@theme-original/DocItem/Metadata';
import type MetadataType from '@theme/DocItem/Metadata';
import type {WrapperProps} from '@docusaurus/types';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useAlternatePageUtils} from '@docusaurus/theme-common/internal';

import {usePageProvenance} from '@site/src/plugins/translation-provenance/usePageProvenance';

type Props = WrapperProps<typeof MetadataType>;

/**
 * The doc's head tags plus, on a page of a target locale, its provenance for
 * crawlers and tools: `translation-status` (machine, stale, reviewed,
 * missing), `translation-engine`, `translation-date`,
 * `translation-source-hash` (the French text it was made from) and
 * `translation-source` (the French page's URL). The `hreflang` alternates
 * come from Docusaurus already. A page not translated (the French shown as
 * fallback) is `noindex`, with the French page as its canonical URL.
 */
export default function MetadataWrapper(props: Props): ReactNode {
  const provenance = usePageProvenance();
  const {i18n} = useDocusaurusContext();
  const {createUrl} = useAlternatePageUtils();
  if (provenance === null) return <Metadata {...props} />;
  return (
    <>
      <Metadata {...props} />
      <Head>
        <meta name="translation-status" content={provenance.status} />
        <meta name="translation-source" content={createUrl({locale: i18n.defaultLocale, fullyQualified: true})} />
        {provenance.engine && <meta name="translation-engine" content={provenance.engine} />}
        {provenance.date && <meta name="translation-date" content={provenance.date} />}
        {provenance.sourceHash && <meta name="translation-source-hash" content={provenance.sourceHash} />}
        {/* Not translated: the French text is shown here, so search engines are sent to the French page. */}
        {provenance.status === 'missing' && <meta name="robots" content="noindex" />}
        {provenance.status === 'missing' && <link rel="canonical" href={createUrl({locale: i18n.defaultLocale, fullyQualified: true})} />}
      </Head>
    </>
  );
}
