import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Layout from '@theme/Layout';

import type {PolicyPageRef} from '@site/src/plugins/policy-history/types';
import {feedTitle, historyLinkText} from './labels';
import styles from './styles.module.css';

/** One step of the trail above the title: the page, its history, a version. */
export interface Crumb {
  readonly label: string;
  readonly to?: string;
}

/**
 * The frame of the history, version and changes pages: the site's layout,
 * the head tags (title, description, the feed's `rel="alternate"`; for the
 * version and changes pages `noindex` and a canonical link to the current
 * page, since they repeat its text), a trail back to the page, and a
 * centred column (with the version's table of contents beside it, if any).
 */
export default function HistoryLayout({
  page,
  title,
  description,
  archive,
  crumbs,
  aside,
  children,
}: {
  page: PolicyPageRef;
  title: string;
  description?: string;
  /** A version or its changes: not indexed, canonical is the current page. */
  archive: boolean;
  /** Links after the page's and the history's; `history` on the history page itself (whose name is its heading). */
  crumbs: readonly Crumb[] | 'history';
  aside?: ReactNode;
  children: ReactNode;
}): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  // The way back up; the page's own name is its heading, just below.
  const trail: Crumb[] = [{label: page.title, to: page.pagePath}, ...(crumbs === 'history' ? [] : [{label: historyLinkText(), to: page.historyPath}, ...crumbs])];
  return (
    <Layout title={title} description={description}>
      <Head>
        {archive && <meta name="robots" content="noindex" />}
        {archive && <link rel="canonical" href={`${siteConfig.url}${page.pagePath}`} />}
        <link rel="alternate" type="application/atom+xml" title={feedTitle(page.title)} href={`${siteConfig.url}${page.feedPath}`} />
      </Head>
      <main className="container margin-vert--lg">
        <div className="row">
          <div className={clsx('col', styles.page, aside ? 'col--9' : ['col--8', 'col--offset-2'])}>
            <nav
              className={styles.trail}
              aria-label={translate({id: 'theme.docs.breadcrumbs.navAriaLabel', message: 'Breadcrumbs', description: 'The ARIA label for the breadcrumbs'})}>
              <ul className="breadcrumbs">
                {trail.map((crumb, index) => (
                  <li key={index} className="breadcrumbs__item">
                    {crumb.to === undefined ? (
                      <span className="breadcrumbs__link">{crumb.label}</span>
                    ) : (
                      <Link className="breadcrumbs__link" to={crumb.to}>
                        {crumb.label}
                      </Link>
                    )}
                  </li>
                ))}
              </ul>
            </nav>
            {children}
          </div>
          {aside && <div className="col col--3">{aside}</div>}
        </div>
      </main>
    </Layout>
  );
}
