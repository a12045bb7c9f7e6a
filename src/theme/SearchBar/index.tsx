import {useCallback, useId, useRef, useState, type KeyboardEvent, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';

import {LOCALES, SOURCE_LOCALE} from '@site/src/config/locales';
import type {Search, SearchHit} from './searchEngine';
import styles from './styles.module.css';

type Status = 'idle' | 'loading' | 'ready' | 'error';

/**
 * The navbar's search box. Nothing but this form is in the page's bundle:
 * the engine (lunr, the language's stemmer) and the index are fetched from
 * the site the first time the box gets focus, and every query runs in the
 * browser.
 */
export default function SearchBar(): ReactNode {
  const {i18n} = useDocusaurusContext();
  const locale = LOCALES.find((l) => l.code === i18n.currentLocale)?.code ?? SOURCE_LOCALE;
  const {selectMessage} = usePluralForm();
  const indexUrl = useBaseUrl('/search-index.json');
  const resultsId = useId();
  const searchRef = useRef<Promise<Search> | null>(null);
  const [status, setStatus] = useState<Status>('idle');
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [open, setOpen] = useState(false);

  const loadSearch = useCallback((): Promise<Search> => {
    if (!searchRef.current) {
      setStatus('loading');
      searchRef.current = import('./searchEngine').then(({createSearch}) => createSearch(indexUrl, locale));
      searchRef.current.then(
        () => setStatus('ready'),
        () => setStatus('error'),
      );
    }
    return searchRef.current;
  }, [indexUrl, locale]);

  const run = (value: string) => {
    setQuery(value);
    setOpen(true);
    loadSearch().then(
      (search) => setHits(value.trim() === '' ? [] : search(value)),
      () => setHits([]),
    );
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') setOpen(false);
  };

  const showResults = open && query.trim() !== '';
  const statusText = !showResults
    ? ''
    : status === 'error'
      ? translate({id: 'search.unavailable', message: 'La recherche est indisponible.', description: 'Status under the search box when the index could not be loaded'})
      : status !== 'ready'
        ? translate({id: 'search.loading', message: 'Chargement de la recherche…', description: 'Status under the search box while the search engine and index load'})
        : hits.length === 0
          ? translate({id: 'search.noResults', message: 'Aucun résultat', description: 'Status under the search box when nothing matches'})
          : selectMessage(
              hits.length,
              translate(
                {
                  id: 'search.results',
                  message: '1 résultat|{count} résultats',
                  description:
                    'Status under the search box: how many sections match; use as many plural forms (separated by "|") as your language has (see https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html)',
                },
                {count: hits.length},
              ),
            );

  return (
    <form
      role="search"
      className={styles.search}
      onSubmit={(event) => event.preventDefault()}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}>
      <input
        type="search"
        className={styles.input}
        aria-label={translate({id: 'search.label', message: 'Rechercher sur le site', description: 'Accessible name of the search box in the navbar'})}
        aria-controls={resultsId}
        placeholder={translate({id: 'search.placeholder', message: 'Rechercher', description: 'Placeholder of the search box in the navbar'})}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onFocus={() => {
          void loadSearch();
          setOpen(true);
        }}
        onChange={(event) => run(event.target.value)}
      />
      <div id={resultsId} className={showResults ? styles.results : undefined}>
        <p role="status" className={showResults ? styles.status : styles.visuallyHidden}>
          {statusText}
        </p>
        {showResults && hits.length > 0 && (
          <ul className={styles.hits}>
            {hits.map((hit) => (
              <li key={hit.url}>
                <Link to={hit.url} autoAddBaseUrl={false} className={styles.hit} onClick={() => setOpen(false)}>
                  <span className={styles.hitPage}>{hit.pageTitle}</span>
                  {hit.heading !== hit.pageTitle && <span className={styles.hitHeading}>{hit.heading}</span>}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
    </form>
  );
}
