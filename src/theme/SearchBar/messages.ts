/** The search box's words, in the page's language. */
export interface SearchMessages {
  readonly label: string;
  readonly placeholder: string;
  readonly loading: string;
  readonly noResults: string;
  readonly results: (count: number) => string;
  readonly unavailable: string;
}

/**
 * Kept here rather than in `i18n/<locale>/code.json` so that a new locale
 * cannot be added without its search words: `docusaurus.config.ts` checks
 * every locale of `site.config.ts` has an entry here
 * (src/config/checkLocaleSupport.ts).
 */
export const SEARCH_MESSAGES: Readonly<Record<string, SearchMessages>> = {
  fr: {
    label: 'Rechercher sur le site',
    placeholder: 'Rechercher',
    loading: 'Chargement de la recherche…',
    noResults: 'Aucun résultat',
    results: (n) => (n === 1 ? '1 résultat' : `${n} résultats`),
    unavailable: 'La recherche est indisponible.',
  },
  en: {
    label: 'Search the site',
    placeholder: 'Search',
    loading: 'Loading search…',
    noResults: 'No results',
    results: (n) => (n === 1 ? '1 result' : `${n} results`),
    unavailable: 'Search is unavailable.',
  },
  es: {
    label: 'Buscar en el sitio',
    placeholder: 'Buscar',
    loading: 'Cargando la búsqueda…',
    noResults: 'Sin resultados',
    results: (n) => (n === 1 ? '1 resultado' : `${n} resultados`),
    unavailable: 'La búsqueda no está disponible.',
  },
  it: {
    label: 'Cerca nel sito',
    placeholder: 'Cerca',
    loading: 'Caricamento della ricerca…',
    noResults: 'Nessun risultato',
    results: (n) => (n === 1 ? '1 risultato' : `${n} risultati`),
    unavailable: 'La ricerca non è disponibile.',
  },
  de: {
    label: 'Website durchsuchen',
    placeholder: 'Suchen',
    loading: 'Suche wird geladen …',
    noResults: 'Keine Treffer',
    results: (n) => (n === 1 ? '1 Treffer' : `${n} Treffer`),
    unavailable: 'Die Suche ist nicht verfügbar.',
  },
};
