/** The suggestion's words, in the language it suggests (not the page's). */
export interface SuggestionMessages {
  readonly text: string;
  readonly link: string;
  readonly dismiss: string;
}

/**
 * One entry per language, by locale code. Every target locale of
 * `site.config.ts` must have one: `docusaurus.config.ts` checks it
 * (src/config/checkLocaleSupport.ts) and says which entry to add here.
 */
export const SUGGESTION_MESSAGES: Readonly<Record<string, SuggestionMessages>> = {
  fr: {text: 'Cette page existe aussi en français.', link: 'La lire en français', dismiss: 'Fermer'},
  en: {text: 'This page is also available in English.', link: 'Read it in English', dismiss: 'Dismiss'},
  es: {text: 'Esta página también está disponible en español.', link: 'Leerla en español', dismiss: 'Cerrar'},
  it: {text: 'Questa pagina è disponibile anche in italiano.', link: 'Leggila in italiano', dismiss: 'Chiudi'},
  de: {text: 'Diese Seite gibt es auch auf Deutsch.', link: 'Auf Deutsch lesen', dismiss: 'Schließen'},
};
