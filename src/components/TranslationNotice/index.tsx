import React, {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useAlternatePageUtils} from '@docusaurus/theme-common/internal';

import type {TranslationStatus} from '@site/src/plugins/translation-provenance/types';
import {languageName} from './languageName';
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
  const pageLang = i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
  const source = languageName(sourceLang, pageLang);
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
        <NoticeBody status={status} source={source} />{' '}
        <a href={frenchUrl} hrefLang={sourceLang} className={styles.link}>
          <Translate id="translationProvenance.notice.frenchLink" description="Link from a translated page to its original" values={{source}}>
            {'Lire la version en {source}'}
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

function NoticeBody({status, source}: {status: NoticeStatus; source: string}): ReactNode {
  switch (status) {
    case 'machine':
      return (
        <Translate id="translationProvenance.notice.machine.body" description="Notice on a machine-translated page" values={{source}}>
          {'Cette page a été traduite automatiquement depuis l’original en {source}. En cas de divergence, la version en {source} fait foi.'}
        </Translate>
      );
    case 'stale':
      return (
        <Translate id="translationProvenance.notice.stale.body" description="Notice on a translation made from an older source text" values={{source}}>
          {'Le texte original en {source} a été modifié après cette traduction, qui peut donc ne plus être à jour. En cas de divergence, la version en {source} fait foi.'}
        </Translate>
      );
    case 'missing':
      return (
        <Translate id="translationProvenance.notice.missing.body" description="Notice on a page not yet translated, shown in the source language" values={{source}}>
          {'Cette page n’est pas encore disponible dans cette langue : elle est affichée en {source}.'}
        </Translate>
      );
  }
}
