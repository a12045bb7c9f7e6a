import lunr from 'lunr';

/** A lunr plugin from `lunr-languages` (`lunr.fr`, ...), registered on `lunr`. */
type LanguagePlugin = lunr.Builder.Plugin;
type Register = (l: typeof lunr) => void;
type LanguageModule = Register | {default: Register | {default: Register}};

// One explicit import per language, so that the browser bundle has one small
// chunk per language and downloads only the current locale's. English is
// lunr's own pipeline. A locale of site.config.ts missing here stops the
// build with a message naming this table (src/config/checkLocaleSupport.ts);
// lunr-languages has many more (pt, nl, sv, ja...): one line each.
const LANGUAGES: Record<string, () => Promise<LanguageModule>> = {
  fr: () => import('lunr-languages/lunr.fr'),
  es: () => import('lunr-languages/lunr.es'),
  it: () => import('lunr-languages/lunr.it'),
  de: () => import('lunr-languages/lunr.de'),
};

/** The languages (base language codes: `pt` serves `pt-BR`) lunr can stem here. */
export const LUNR_LANGUAGES: readonly string[] = ['en', ...Object.keys(LANGUAGES)];

/**
 * lunr with the stemmer, stop words and trimmer of `locale`'s language, used
 * both to build the index (Node) and to query it (browser): the two must
 * share one pipeline. Returns the plugin to `use`, or `undefined` for English.
 */
export async function loadLunr(locale: string): Promise<{lunr: typeof lunr; language?: LanguagePlugin}> {
  const base = locale.split('-')[0] ?? locale;
  const load = LANGUAGES[base];
  if (!load) {
    if (base !== 'en') throw new Error(`offline-search: no lunr language for locale "${locale}"; add "${base}" to LANGUAGES in src/plugins/offline-search/loadLunr.ts.`);
    return {lunr};
  }
  registerFrom((await import('lunr-languages/lunr.stemmer.support')) as LanguageModule);
  registerFrom(await load());
  const language = (lunr as unknown as Record<string, LanguagePlugin | undefined>)[base];
  if (!language) throw new Error(`offline-search: lunr-languages did not register lunr.${base}.`);
  return {lunr, language};
}

/**
 * lunr-languages files are CommonJS (`module.exports = function (lunr)`);
 * the bundler, Vitest and Docusaurus' Node loader each wrap them differently.
 */
function registerFrom(module: LanguageModule): void {
  const register = typeof module === 'function' ? module : typeof module.default === 'function' ? module.default : module.default.default;
  register(lunr);
}
