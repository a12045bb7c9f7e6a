import {useState, type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluginData} from '@docusaurus/useGlobalData';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useAlternatePageUtils} from '@docusaurus/theme-common/internal';

import {SOURCE_LOCALE} from '@site/src/config/locales';
import type {LanguageSuggestionGlobalData} from '@site/src/plugins/language-suggestion';
import {pickSuggestedLocale} from './pickSuggestedLocale';
import styles from './styles.module.css';

/** The only thing the site ever stores, and only when the visitor dismisses. */
export const DISMISSED_KEY = 'language-suggestion-dismissed';

function wasDismissed(): boolean {
  try {
    return localStorage.getItem(DISMISSED_KEY) === '1';
  } catch {
    return false; // Storage disabled: show the suggestion.
  }
}

/**
 * A discreet offer, in the visitor's language, to read the same page in it,
 * shown on a French page when the browser prefers a language the site
 * publishes. No redirect, no cookie. Rendered after hydration only: the
 * server cannot know the visitor's languages.
 */
export default function LanguageSuggestion(): ReactNode {
  const {i18n} = useDocusaurusContext();
  const {createUrl} = useAlternatePageUtils();
  // The words of every target language, from their code.json files: the
  // banner speaks the language it suggests (src/plugins/language-suggestion).
  const {messages: byLocale} = usePluginData('language-suggestion') as LanguageSuggestionGlobalData;
  // False while hydrating, so the first render matches the server's HTML.
  const isBrowser = useIsBrowser();
  const [dismissed, setDismissed] = useState(false);
  const picked =
    isBrowser && !dismissed && !wasDismissed()
      ? pickSuggestedLocale(navigator.languages, i18n.currentLocale, i18n.locales, SOURCE_LOCALE)
      : undefined;
  const messages = picked === undefined ? undefined : byLocale[picked];
  if (!picked || !messages) return null;
  const locale = picked;
  const dismiss = () => {
    try {
      localStorage.setItem(DISMISSED_KEY, '1');
    } catch {
      // Storage disabled: the suggestion comes back next time, nothing else.
    }
    setDismissed(true);
  };
  return (
    <div className={styles.suggestion} lang={locale} data-language-suggestion="">
      <p className={styles.text}>
        {messages.text}{' '}
        <a href={createUrl({locale, fullyQualified: false})} hrefLang={locale} target="_self">
          {messages.link}
        </a>
      </p>
      <button type="button" className={styles.dismiss} onClick={dismiss} aria-label={messages.dismiss}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
