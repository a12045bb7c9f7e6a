import React, {useId, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

import TranslationNotice from '@site/src/components/TranslationNotice';
import type {ChangesPageData} from '@site/src/plugins/policy-history/types';
import DiffView, {blockId, changedSections} from './DiffView';
import HistoryLayout from './HistoryLayout';
import VersionBanner from './VersionBanner';
import {changesTitle, diffLabels, versionTitle} from './labels';
import styles from './styles.module.css';

/**
 * `/<page>/history/<date>/changes`: the version against the previous one,
 * word by word, the page's structure kept (`DiffView`), from build-time
 * data: readable without JavaScript. In a target locale: the two
 * translations, or the French texts, marked `lang`, when one is missing.
 */
export default function ChangesPage({data}: {data: ChangesPageData}): ReactNode {
  const titleId = useId();
  const {i18n} = useDocusaurusContext();
  const sourceLang = i18n.localeConfigs[i18n.defaultLocale]?.htmlLang ?? i18n.defaultLocale;
  const title = changesTitle(data.version.dateText);
  const labels = diffLabels();
  const changed = data.blocks.some((block) => block.op !== 'equal');
  const sections = changedSections(data.blocks);
  const previous = <Link to={data.previous.path}>{versionTitle(data.previous.dateText)}</Link>;
  return (
    <HistoryLayout
      page={data}
      title={`${title} — ${data.title}`}
      archive
      crumbs={[{label: versionTitle(data.version.dateText), to: data.version.path}]}>
      <h1>{title}</h1>
      <VersionBanner page={data} version={data.version} titleId={titleId} showChangesLink={false} />
      <p>
        <Translate
          id="policyHistory.changes.intro"
          description="Above the changes: the version is compared with the one before it, {previous} (a link named like 'Version du 15 janvier 2025')"
          values={{previous}}>
          {'Ce texte est comparé mot à mot à celui de la version précédente : {previous}.'}
        </Translate>{' '}
        <Translate id="policyHistory.changes.legend" description="Explains how added and removed words are shown, without relying on colour">
          Les passages ajoutés sont soulignés et annoncés « Ajouté », les passages supprimés sont barrés et annoncés « Supprimé ».
        </Translate>
      </p>
      {sections.length > 0 && (
        <nav className={styles.sections} aria-labelledby={`${titleId}-sections`}>
          <p id={`${titleId}-sections`} className={styles.sectionsTitle}>
            <Translate id="policyHistory.changes.sections" description="Above the links to the sections of the page that changed">
              Sections modifiées
            </Translate>
          </p>
          <ul>
            {sections.map((section) => (
              <li key={section.index} lang={data.textStatus === 'missing' ? sourceLang : undefined}>
                {/* A plain link to an id of this page (not a route). */}
                <a href={`#${blockId(section.index)}`}>{section.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {data.textStatus === 'missing' && <TranslationNotice status="missing" />}
      <article className={styles.changes} lang={data.textStatus === 'missing' ? sourceLang : undefined}>
        {!changed && (
          <p>
            <Translate id="policyHistory.changes.none" description="On the changes page when the text did not change, only the effective date">
              Le texte n’a pas changé : seule la date d’entrée en vigueur est nouvelle.
            </Translate>
          </p>
        )}
        <div className="markdown">
          <DiffView blocks={data.blocks} labels={labels} />
        </div>
      </article>
    </HistoryLayout>
  );
}
