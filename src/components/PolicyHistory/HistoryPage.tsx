import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';

import type {HistoryPageData} from '@site/src/plugins/policy-history/types';
import HistoryLayout from './HistoryLayout';
import {changesLinkText, historyLinkText, historyTitle, periodText, readVersionText, statusText, versionTitle} from './labels';
import styles from './styles.module.css';

/**
 * `/<page>/history`: every version of a policy page, newest first, with its
 * effective date, status, period in force, summary, and links to the
 * version and to its changes; and the feed to follow new ones.
 */
export default function HistoryPage({data}: {data: HistoryPageData}): ReactNode {
  return (
    <HistoryLayout page={data} title={historyTitle(data.title)} archive={false} crumbs="history">
      <h1>{historyLinkText()}</h1>
      <p>
        <Translate
          id="policyHistory.history.intro"
          description="Under the heading of the list of versions: which page, in what order; {page} is a link to it"
          values={{page: <Link to={data.pagePath}>{data.title}</Link>}}>
          {'Toutes les versions de la page {page}, de la plus récente à la plus ancienne. Chacune reste consultable à son adresse.'}
        </Translate>
      </p>
      {data.partial && (
        <p className={clsx('alert', 'alert--secondary', styles.banner)} role="note">
          <Translate id="policyHistory.history.partial" description="On the list of versions when the site was built without its git history">
            Cette copie du site ne connaît que la version actuelle : son historique n’était pas disponible lors de sa construction.
          </Translate>
        </p>
      )}
      <ol className={styles.versions}>
        {data.versions.map((version) => (
          <li key={version.effectiveDate} className={styles.version} data-version={version.effectiveDate}>
            <h2 className={styles.versionTitle}>
              <Link to={version.path}>{versionTitle(version.dateText)}</Link>{' '}
              <span className={clsx('badge', styles.badge, styles[version.status])}>{statusText(version.status)}</span>
            </h2>
            <p className={styles.period}>
              <time dateTime={version.effectiveDate}>{periodText(version)}</time>
            </p>
            {version.summary && <p lang={version.summaryLang}>{version.summary}</p>}
            <ul className={styles.links}>
              <li>
                <Link to={version.path}>{readVersionText()}</Link>
              </li>
              {version.changesPath ? (
                <li>
                  <Link to={version.changesPath}>{changesLinkText()}</Link>
                </li>
              ) : (
                <li>
                  <Translate id="policyHistory.version.first" description="In the list of versions, instead of a link to the changes, for the first version">
                    Première version publiée
                  </Translate>
                </li>
              )}
            </ul>
          </li>
        ))}
      </ol>
      <p>
        {/* A plain link: the feed is a file, not a page of the app. */}
        <a href={data.feedPath} type="application/atom+xml">
          <Translate id="policyHistory.history.feed" description="Link to the Atom feed of a policy page's new versions">
            Suivre les nouvelles versions (flux Atom)
          </Translate>
        </a>
      </p>
    </HistoryLayout>
  );
}
