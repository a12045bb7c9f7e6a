import {SUGGESTION_MESSAGES} from '../components/LanguageSuggestion/messages';
import {LUNR_LANGUAGES} from './offline-search/loadLunr';
import {SEARCH_MESSAGES} from '../theme/SearchBar/messages';
import type {LocaleTable} from '../config/checkLocaleSupport';

/**
 * The site's per-language tables, which every locale of `site.config.ts`
 * needs an entry in: checked as `docusaurus.config.ts` loads
 * ({@link checkLocaleSupport}) and by a unit test. The tooling's own
 * tables have fallbacks instead (README, "Make it yours").
 */
export const LOCALE_TABLES: readonly LocaleTable[] = [
  {what: 'search messages', where: 'SEARCH_MESSAGES in src/theme/SearchBar/messages.ts', codes: Object.keys(SEARCH_MESSAGES), needs: 'all'},
  {what: 'lunr stemmer', where: 'LANGUAGES in src/plugins/offline-search/loadLunr.ts (from lunr-languages)', codes: LUNR_LANGUAGES, needs: 'all'},
  {what: 'language-suggestion messages', where: 'SUGGESTION_MESSAGES in src/components/LanguageSuggestion/messages.ts', codes: Object.keys(SUGGESTION_MESSAGES), needs: 'targets'},
];
