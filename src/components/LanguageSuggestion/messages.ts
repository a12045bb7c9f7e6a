import type {LocaleCode} from '@site/src/config/locales';

/** The suggestion's words, in the language it suggests (not the page's). */
export interface SuggestionMessages {
  readonly text: string;
  readonly link: string;
  readonly dismiss: string;
}

/** One entry per translated locale, checked against the locale list. */
export const SUGGESTION_MESSAGES: Record<Exclude<LocaleCode, 'fr'>, SuggestionMessages> = {
  en: {text: 'This page is also available in English.', link: 'Read it in English', dismiss: 'Dismiss'},
  es: {text: 'Esta página también está disponible en español.', link: 'Leerla en español', dismiss: 'Cerrar'},
  it: {text: 'Questa pagina è disponibile anche in italiano.', link: 'Leggila in italiano', dismiss: 'Chiudi'},
  de: {text: 'Diese Seite gibt es auch auf Deutsch.', link: 'Auf Deutsch lesen', dismiss: 'Schließen'},
};
