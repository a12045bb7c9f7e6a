import {translate} from '@docusaurus/Translate';

import type {VersionSummary} from '@site/src/plugins/policy-history/types';
import type {DiffLabels} from './DiffView';

/**
 * The history pages' words that are attributes or plain strings (titles,
 * labels), in the page's language (`code.json`, ids `policyHistory.*`).
 * Visible sentences with links use `<Translate>` in the components.
 */
export function versionTitle(dateText: string): string {
  return translate({id: 'policyHistory.version.title', message: 'Version du {date}', description: 'Name of one version of a policy page, by its effective date'}, {date: dateText});
}

export function feedTitle(pageTitle: string): string {
  return translate(
    {id: 'policyHistory.feed.title', message: 'Versions de la page « {title} »', description: 'Title of the Atom feed announcing the new versions of a policy page'},
    {title: pageTitle},
  );
}

export function historyTitle(pageTitle: string): string {
  return translate(
    {id: 'policyHistory.history.pageTitle', message: '{title} : historique des versions', description: 'Browser title of the page listing every version of a policy page'},
    {title: pageTitle},
  );
}

export function changesTitle(dateText: string): string {
  return translate(
    {id: 'policyHistory.changes.title', message: 'Modifications de la version du {date}', description: 'Title of the page showing what a version of a policy page changed'},
    {date: dateText},
  );
}

/** "En vigueur depuis le …", "du … au …", "à partir du …": when a version is in force. */
export function periodText(version: Pick<VersionSummary, 'status' | 'dateText' | 'untilText'>): string {
  if (version.status === 'upcoming') {
    return translate({id: 'policyHistory.period.upcoming', message: 'En vigueur à partir du {from}', description: 'When an upcoming version of a policy page takes effect'}, {from: version.dateText});
  }
  if (version.untilText !== undefined) {
    return translate(
      {id: 'policyHistory.period.range', message: 'En vigueur du {from} au {until}', description: 'When a version of a policy page is (or was) in force: first and last day'},
      {from: version.dateText, until: version.untilText},
    );
  }
  return translate({id: 'policyHistory.period.current', message: 'En vigueur depuis le {from}', description: 'Since when the version of a policy page in force applies'}, {from: version.dateText});
}

export function statusText(status: VersionSummary['status']): string {
  switch (status) {
    case 'current':
      return translate({id: 'policyHistory.status.current', message: 'En vigueur', description: 'Badge of the version of a policy page in force today'});
    case 'archived':
      return translate({id: 'policyHistory.status.archived', message: 'Archivée', description: 'Badge of a version of a policy page no longer in force'});
    case 'upcoming':
      return translate({id: 'policyHistory.status.upcoming', message: 'À venir', description: 'Badge of a version of a policy page that takes effect later'});
  }
}

export function historyLinkText(): string {
  return translate({id: 'policyHistory.historyLink', message: 'Historique des versions', description: 'Link from a policy page to the list of its versions; also that page\'s heading'});
}

export function changesLinkText(): string {
  return translate({id: 'policyHistory.changesLink', message: 'Voir les modifications', description: 'Link to the page showing what a version changed, word by word'});
}

export function readVersionText(): string {
  return translate({id: 'policyHistory.version.read', message: 'Lire cette version', description: 'Link to a version of a policy page as it was'});
}

export function currentLinkText(): string {
  return translate({id: 'policyHistory.currentLink', message: 'Voir la version en vigueur', description: 'Link from an archived or upcoming version to the page as in force today'});
}

export function diffLabels(): DiffLabels {
  const inserted = translate({id: 'policyHistory.changes.inserted', message: 'Ajouté :', description: 'Label read by screen readers and printed before words a version added'});
  const deleted = translate({id: 'policyHistory.changes.deleted', message: 'Supprimé :', description: 'Label read by screen readers and printed before words a version removed'});
  const component = translate({
    id: 'policyHistory.changes.component',
    message: 'Élément interactif de la page ({name})',
    description: 'Stands, on the changes page, for an interactive element of the policy page, e.g. the audience-measurement checkbox',
  });
  const linkTarget = translate({id: 'policyHistory.changes.linkTarget', message: 'lien vers {url}', description: 'After a link on the changes page whose target changed: where it leads'});
  return {
    inserted,
    deleted,
    component: (name) => component.replace('{name}', name),
    linkTarget: (url) => linkTarget.replace('{url}', url),
  };
}
