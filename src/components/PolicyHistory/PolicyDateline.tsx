import React, {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDoc} from '@docusaurus/plugin-content-docs/client';

import {changesLinkText, feedTitle, historyLinkText, periodText} from './labels';
import {useCurrentPolicy} from './useCurrentPolicy';
import styles from './styles.module.css';

/**
 * Under the title of a policy page: since when the version shown is in
 * force ("En vigueur depuis le 29 novembre 2026"), a link to the history,
 * the feed announced in the head, and, when a newer version is announced,
 * a note saying when it takes effect, with links to read it and to its
 * changes. All text comes formatted from the build: nothing to compute in
 * the browser. Nothing for a page without versions.
 */
export default function PolicyDateline(): ReactNode {
  const policy = useCurrentPolicy();
  const {metadata} = useDoc();
  const {siteConfig, i18n} = useDocusaurusContext();
  // The page's language, also when the body is the French fallback (lang="fr" around it).
  const lang = i18n.localeConfigs[i18n.currentLocale]?.htmlLang;
  const noteId = useId();
  if (policy === null) return null;
  const {shown, upcoming} = policy;
  return (
    <>
      <Head>
        <link rel="alternate" type="application/atom+xml" title={feedTitle(metadata.title)} href={`${siteConfig.url}${policy.feedPath}`} />
      </Head>
      <p className={styles.dateline} lang={lang} data-policy-dateline="">
        <time dateTime={shown.effectiveDate}>{periodText(shown)}</time>
        <span aria-hidden="true"> · </span>
        <Link to={policy.historyPath}>{historyLinkText()}</Link>
      </p>
      {upcoming && (
        <div role="note" lang={lang} aria-labelledby={noteId} data-upcoming-version={upcoming.effectiveDate} className={clsx('alert', 'alert--info', styles.banner)}>
          <p id={noteId} className={styles.bannerTitle}>
            <Translate id="policyHistory.upcoming.title" description="Title of the note on a policy page when a new version is announced">
              Nouvelle version à venir
            </Translate>
          </p>
          <p className={styles.bannerBody}>
            <Translate
              id="policyHistory.upcoming.body"
              description="Note on a policy page when a new version is announced: the day it takes effect"
              values={{date: <time dateTime={upcoming.effectiveDate}>{upcoming.dateText}</time>}}>
              {'Une nouvelle version de cette page entrera en vigueur le {date}. Le texte ci-dessous reste applicable d’ici là.'}
            </Translate>
          </p>
          <ul className={styles.bannerLinks}>
            <li>
              <Link to={upcoming.path}>
                <Translate id="policyHistory.upcoming.read" description="Link from a policy page to its announced new version">
                  Lire la nouvelle version
                </Translate>
              </Link>
            </li>
            {upcoming.changesPath && (
              <li>
                <Link to={upcoming.changesPath}>{changesLinkText()}</Link>
              </li>
            )}
          </ul>
        </div>
      )}
    </>
  );
}
