import type {LoadContext, Plugin} from '@docusaurus/types';

import type {SuggestionMessages} from './suggestionMessages';

/** What `docusaurus.config.ts` passes: each target locale's words (`readSuggestionMessages`). */
export interface PluginOptions {
  readonly messages: Readonly<Record<string, SuggestionMessages>>;
}

/** What the browser side reads (`src/components/LanguageSuggestion`). */
export interface LanguageSuggestionGlobalData {
  readonly messages: Readonly<Record<string, SuggestionMessages>>;
}

/**
 * Hands the language suggestion its words in every target language, as
 * global data: the banner on a page in the source language speaks the
 * language it suggests, which `translate()` (the page's locale) cannot give.
 * Three short messages per locale, so every page may carry them.
 */
export default function languageSuggestionPlugin(_context: LoadContext, options: PluginOptions): Plugin {
  return {
    name: 'language-suggestion',
    contentLoaded({actions}) {
      actions.setGlobalData({messages: options.messages} satisfies LanguageSuggestionGlobalData);
    },
  };
}
