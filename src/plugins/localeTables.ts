import type {LocaleTable} from '../config/checkLocaleSupport';
import {LUNR_LANGUAGES} from './offline-search/loadLunr';

/**
 * The site's per-language tables in code, which every locale of
 * `site.config.ts` needs an entry in: checked as `docusaurus.config.ts`
 * loads ({@link checkLocaleSupport}) and by a unit test. Words are not
 * here: they live in `i18n/<locale>/code.json`, which `npm run translate`
 * fills (the language suggestion's are checked by
 * `src/plugins/language-suggestion`). The tooling's own tables have
 * fallbacks instead (README, "Make it yours").
 */
export const LOCALE_TABLES: readonly LocaleTable[] = [
  {what: 'lunr stemmer', where: 'LANGUAGES in src/plugins/offline-search/loadLunr.ts (from lunr-languages)', codes: LUNR_LANGUAGES, needs: 'all'},
];
