import {useCallback, useId, useRef, useState, type KeyboardEvent, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

import {LOCALES, SOURCE_LOCALE} from '@site/src/config/locales';
import type {Search, SearchHit} from './searchEngine';
import {SEARCH_MESSAGES, type SearchMessages} from './messages';
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
  // Every configured locale has its entry (checked by docusaurus.config.ts).
  const messages = (SEARCH_MESSAGES[locale] ?? SEARCH_MESSAGES.en) as SearchMessages;
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
      ? messages.unavailable
      : status !== 'ready'
        ? messages.loading
        : hits.length === 0
          ? messages.noResults
          : messages.results(hits.length);

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
        aria-label={messages.label}
        aria-controls={resultsId}
        placeholder={messages.placeholder}
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
