import React, {useId, type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {MDXProvider} from '@mdx-js/react';
import MDXContent from '@theme/MDXContent';
import TOC from '@theme/TOC';
import type {TOCItem} from '@docusaurus/mdx-loader';

import TranslationNotice from '@site/src/components/TranslationNotice';
import {contentAttributes} from '@site/src/theme/DocItem/Content/contentAttributes';
import type {VersionPageData} from '@site/src/plugins/policy-history/types';
import ArchivedLink from './ArchivedLink';
import HistoryLayout from './HistoryLayout';
import VersionBanner from './VersionBanner';
import {versionTitle} from './labels';
import styles from './styles.module.css';

// Merged by MDX with the theme's components (MDXContent's provider).
const ARCHIVE_COMPONENTS = {a: ArchivedLink};

/** An archived version's compiled MDX, as Docusaurus hands a route module (named exports on the component). */
type ArchivedContent = (() => ReactNode) & {readonly toc: readonly TOCItem[]};

/**
 * `/<page>/history/<date>`: a version as it was, rendered like the page
 * (its Markdown compiled by Docusaurus's MDX loader: same components,
 * headings and anchors) under a banner saying which version it is. In a
 * target locale: the translation made from that version, with the page's
 * usual notice, or the French text marked `lang` with the fallback notice.
 */
export default function VersionPage({content: Content, data}: {content: ArchivedContent; data: VersionPageData}): ReactNode {
  const titleId = useId();
  const {i18n} = useDocusaurusContext();
  const sourceLang = i18n.localeConfigs[i18n.defaultLocale]?.htmlLang ?? i18n.defaultLocale;
  const name = versionTitle(data.version.dateText);
  const body = (
    <div className="markdown">
      <header>
        <h1>{data.versionTitle}</h1>
      </header>
      <MDXContent>
        <MDXProvider components={ARCHIVE_COMPONENTS}>
          <Content />
        </MDXProvider>
      </MDXContent>
    </div>
  );
  return (
    <HistoryLayout
      page={data}
      title={`${data.versionTitle} — ${name}`}
      archive
      crumbs={[]}
      aside={Content.toc.length > 0 ? <TOC toc={Content.toc} /> : undefined}>
      <VersionBanner page={data} version={data.version} titleId={titleId} />
      {data.textStatus === undefined ? (
        <article className={styles.article}>{body}</article>
      ) : (
        <article className={styles.article}>
          <TranslationNotice status={data.textStatus} />
          <div {...contentAttributes({status: data.textStatus, ...(data.engine ? {engine: data.engine} : {})}, sourceLang)}>{body}</div>
        </article>
      )}
    </HistoryLayout>
  );
}
