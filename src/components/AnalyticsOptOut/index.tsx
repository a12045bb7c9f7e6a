import {useId, useSyncExternalStore, type ChangeEvent, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import {usePluginData} from '@docusaurus/useGlobalData';

import type {MatomoGlobalData} from '@site/src/plugins/matomo';
import {dropQueuedPageViews} from '@site/src/plugins/matomo/dropQueuedPageViews';
import {
  isChoiceUnsaved,
  isOptedOut,
  setOptedOut,
  subscribeToOptOut,
} from '@site/src/plugins/matomo/optOutStore';
import {browserPrivacySignals, refusesTracking} from '@site/src/plugins/matomo/refusesTracking';

import styles from './styles.module.css';

const noSubscription = () => () => {};
// The server (and the first render in the browser) cannot know the stored
// choice: `null` renders the control disabled until hydration.
const unknownOnServer = () => null;

/**
 * The visitor's opt-out of audience measurement, placed on the privacy page
 * with `<AnalyticsOptOut />`: a native checkbox and its label, so keyboard
 * and screen readers need nothing more, and a status line (`role="status"`)
 * that says what happens and is announced when it changes.
 */
export default function AnalyticsOptOut(): ReactNode {
  const data = usePluginData('matomo') as MatomoGlobalData | undefined;
  const isOn = Boolean(data?.settings);
  const optedOut = useSyncExternalStore(subscribeToOptOut, isOptedOut, unknownOnServer);
  const unsaved = useSyncExternalStore(subscribeToOptOut, isChoiceUnsaved, unknownOnServer);
  const refused = useSyncExternalStore(
    noSubscription,
    () => refusesTracking(browserPrivacySignals()),
    unknownOnServer,
  );
  const inputId = useId();
  const statusId = useId();

  if (!isOn) {
    return (
      <p className={styles.optOut} role="status">
        <Translate id="analyticsOptOut.status.off">
          La mesure d'audience n'est pas active sur ce site : aucune donnée n'est collectée.
        </Translate>
      </p>
    );
  }

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const counted = event.target.checked;
    if (!counted) dropQueuedPageViews();
    setOptedOut(!counted);
  };

  return (
    <div className={styles.optOut}>
      <input
        type="checkbox"
        id={inputId}
        className={styles.checkbox}
        checked={optedOut === false && refused === false}
        disabled={optedOut === null || refused !== false}
        aria-describedby={statusId}
        onChange={onChange}
      />
      <label htmlFor={inputId}>
        <Translate id="analyticsOptOut.label">Compter anonymement mes visites sur ce site</Translate>
      </label>
      <p id={statusId} role="status" className={styles.status}>
        {refused ? (
          <Translate id="analyticsOptOut.status.refused">
            Votre navigateur demande à ne pas être suivi (Do Not Track ou Global Privacy Control) :
            vos visites ne sont pas comptées.
          </Translate>
        ) : optedOut === false ? (
          <Translate id="analyticsOptOut.status.counted">
            Vos visites sont comptées de façon anonyme. Décochez la case pour qu'elles ne le soient
            plus.
          </Translate>
        ) : optedOut && unsaved ? (
          <Translate id="analyticsOptOut.status.optedOutUnsaved">
            Vos visites ne sont plus comptées, jusqu'au rechargement de la page : votre navigateur
            ne permet pas d'enregistrer ce choix.
          </Translate>
        ) : optedOut ? (
          <Translate id="analyticsOptOut.status.optedOut">
            Vos visites ne sont plus comptées. Ce choix est conservé dans ce navigateur, sans
            cookie. Cochez la case pour être de nouveau compté.
          </Translate>
        ) : null}
      </p>
    </div>
  );
}
