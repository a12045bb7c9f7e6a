import type {ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {translate} from '@docusaurus/Translate';
import {useAlternatePageUtils} from '@docusaurus/theme-common/internal';

import styles from './styles.module.css';

/**
 * The same page in every language, as plain links in the footer. The navbar's
 * language menu is a dropdown, and below 997 px it moves into the mobile menu,
 * which needs JavaScript to open: this list is in the static HTML, so a phone
 * without JavaScript can still change language. Full page loads on purpose:
 * each locale is a separate single-page app.
 */
export default function LanguageLinks(): ReactNode {
  const {i18n} = useDocusaurusContext();
  const {createUrl} = useAlternatePageUtils();
  const label = translate({
    id: 'languageLinks.label',
    message: 'Cette page dans une autre langue',
    description: 'Accessible name of the footer list of links to the current page in each language',
  });
  return (
    <nav className={styles.languages} aria-label={label}>
      <ul className={styles.list}>
        {i18n.locales.map((locale) => {
          const config = i18n.localeConfigs[locale];
          if (!config) return null;
          // A path, as the notice and the suggestion link: every locale
          // shares the site's url (docusaurus.config.ts).
          const href = createUrl({locale, fullyQualified: false});
          const current = locale === i18n.currentLocale;
          return (
            <li key={locale}>
              {/* The current language too is a link (to this page): an <a>
                  without href is an uncrawlable link to search engines. */}
              <a
                href={href}
                lang={config.htmlLang}
                hrefLang={config.htmlLang}
                target="_self"
                {...(current ? {'aria-current': 'page' as const, className: styles.current} : {})}>
                {config.label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
