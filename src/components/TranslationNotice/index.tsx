import React, {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useAlternatePageUtils} from '@docusaurus/theme-common/internal';

import type {TranslationStatus} from '@site/src/plugins/translation-provenance/types';
import styles from './styles.module.css';

type NoticeStatus = Exclude<TranslationStatus, 'reviewed'>;

// Infima alert flavours: stale is the stronger, warning-coloured one.
const FLAVOUR: Record<NoticeStatus, string> = {
  machine: 'alert--info',
  stale: 'alert--warning',
  missing: 'alert--secondary',
};

/**
 * The notice above the title of a page shown in a target locale: machine
 * translation, stale translation or missing translation, in the page's own
 * language (`code.json`), with a link to the same page in French. Nothing
 * for a reviewed page. A `role="note"` named by its title, so screen
 * readers announce it; not hidden when printed.
 */
export default function TranslationNotice({status}: {status: TranslationStatus}): ReactNode {
  const titleId = useId();
  const {i18n} = useDocusaurusContext();
  const {createUrl} = useAlternatePageUtils();
  if (status === 'reviewed') return null;
  const sourceLang = i18n.localeConfigs[i18n.defaultLocale]?.htmlLang ?? i18n.defaultLocale;
  // A plain link, not <Link>: the French pages are another single-page app,
  // so the browser must load them (as the locale dropdown does).
  const frenchUrl = createUrl({locale: i18n.defaultLocale, fullyQualified: false});
  return (
    <div
      role="note"
      aria-labelledby={titleId}
      data-translation-status={status}
      className={clsx('alert', FLAVOUR[status], styles.notice, status === 'stale' && styles.strong)}>
      <p id={titleId} className={styles.title}>
        <NoticeTitle status={status} />
      </p>
      <p className={styles.body}>
        <NoticeBody status={status} />{' '}
        <a href={frenchUrl} hrefLang={sourceLang} className={styles.link}>
          <Translate id="translationProvenance.notice.frenchLink" description="Link from a translated page to its French original">
            Lire la version française
          </Translate>
        </a>
      </p>
    </div>
  );
}

function NoticeTitle({status}: {status: NoticeStatus}): ReactNode {
  switch (status) {
    case 'machine':
      return (
        <Translate id="translationProvenance.notice.machine.title" description="Title of the notice on a machine-translated page">
          Traduction automatique
        </Translate>
      );
    case 'stale':
      return (
        <Translate id="translationProvenance.notice.stale.title" description="Title of the notice on a translation older than its French source">
          Traduction peut-être périmée
        </Translate>
      );
    case 'missing':
      return (
        <Translate id="translationProvenance.notice.missing.title" description="Title of the notice on a page shown in French because it is not translated">
          Page pas encore traduite
        </Translate>
      );
  }
}

function NoticeBody({status}: {status: NoticeStatus}): ReactNode {
  switch (status) {
    case 'machine':
      return (
        <Translate id="translationProvenance.notice.machine.body" description="Notice on a machine-translated page">
          Cette page a été traduite automatiquement depuis le français. En cas de divergence, la version française fait foi.
        </Translate>
      );
    case 'stale':
      return (
        <Translate id="translationProvenance.notice.stale.body" description="Notice on a translation made from an older French text">
          Le texte français a été modifié après cette traduction, qui peut donc ne plus être à jour. En cas de divergence, la version française fait foi.
        </Translate>
      );
    case 'missing':
      return (
        <Translate id="translationProvenance.notice.missing.body" description="Notice on a page not yet translated, shown in French">
          Cette page n’est pas encore disponible dans cette langue : elle est affichée en français.
        </Translate>
      );
  }
}
