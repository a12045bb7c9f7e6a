import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';

import type {PolicyPageRef, VersionSummary} from '@site/src/plugins/policy-history/types';
import {changesLinkText, currentLinkText, historyLinkText, versionTitle} from './labels';
import styles from './styles.module.css';

/**
 * The note above an archived, current or upcoming version (and its
 * changes): which version this is, when it was or will be in force, and
 * the way to the page in force, the history and the changes. A `role="note"`
 * named by its title; printed.
 */
export default function VersionBanner({
  page,
  version,
  titleId,
  showChangesLink = true,
}: {
  page: PolicyPageRef;
  version: VersionSummary;
  titleId: string;
  showChangesLink?: boolean;
}): ReactNode {
  const flavour = version.status === 'archived' ? 'alert--warning' : 'alert--info';
  return (
    <div role="note" aria-labelledby={titleId} data-version-status={version.status} className={clsx('alert', flavour, styles.banner)}>
      <p id={titleId} className={styles.bannerTitle}>
        {versionTitle(version.dateText)}
      </p>
      <p className={styles.bannerBody}>
        <BannerBody version={version} />
      </p>
      <ul className={styles.bannerLinks}>
        {version.status !== 'current' && (
          <li>
            <Link to={page.pagePath}>{currentLinkText()}</Link>
          </li>
        )}
        {showChangesLink && version.changesPath && (
          <li>
            <Link to={version.changesPath}>{changesLinkText()}</Link>
          </li>
        )}
        <li>
          <Link to={page.historyPath}>{historyLinkText()}</Link>
        </li>
      </ul>
    </div>
  );
}

function BannerBody({version}: {version: VersionSummary}): ReactNode {
  const from = <time dateTime={version.effectiveDate}>{version.dateText}</time>;
  switch (version.status) {
    case 'archived':
      return (
        <Translate
          id="policyHistory.banner.archived"
          description="Banner of an archived version of a policy page: first and last day in force"
          values={{from, until: <time dateTime={version.until}>{version.untilText}</time>}}>
          {'Version archivée, en vigueur du {from} au {until}. Elle ne s’applique plus.'}
        </Translate>
      );
    case 'current':
      return (
        <Translate id="policyHistory.banner.current" description="Banner of the version in force, shown at its permanent address" values={{from}}>
          {'Version en vigueur depuis le {from} : c’est le texte actuel de la page.'}
        </Translate>
      );
    case 'upcoming':
      return (
        <Translate id="policyHistory.banner.upcoming" description="Banner of a version that takes effect later" values={{from}}>
          {'Version à venir : elle entrera en vigueur le {from}. D’ici là, la version en vigueur s’applique.'}
        </Translate>
      );
  }
}
