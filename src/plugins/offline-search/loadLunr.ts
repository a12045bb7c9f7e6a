import lunr from 'lunr';

/** A lunr plugin from `lunr-languages` (`lunr.fr`, ...), registered on `lunr`. */
type LanguagePlugin = lunr.Builder.Plugin;
type Register = (l: typeof lunr) => void;
type LanguageModule = Register | {default: Register | {default: Register}};

// One explicit import per language, so that the browser bundle has one small
// chunk per language and downloads only the current locale's. English is
// lunr's own pipeline.
const LANGUAGES: Record<string, () => Promise<LanguageModule>> = {
  fr: () => import('lunr-languages/lunr.fr'),
  es: () => import('lunr-languages/lunr.es'),
  it: () => import('lunr-languages/lunr.it'),
  de: () => import('lunr-languages/lunr.de'),
};

/**
 * lunr with the stemmer, stop words and trimmer of `locale`'s language, used
 * both to build the index (Node) and to query it (browser): the two must
 * share one pipeline. Returns the plugin to `use`, or `undefined` for English.
 */
export async function loadLunr(locale: string): Promise<{lunr: typeof lunr; language?: LanguagePlugin}> {
  const load = LANGUAGES[locale];
  if (!load) {
    if (locale !== 'en') throw new Error(`offline-search: no lunr language for locale "${locale}"; add it to loadLunr.ts.`);
    return {lunr};
  }
  registerFrom((await import('lunr-languages/lunr.stemmer.support')) as LanguageModule);
  registerFrom(await load());
  const language = (lunr as unknown as Record<string, LanguagePlugin | undefined>)[locale];
  if (!language) throw new Error(`offline-search: lunr-languages did not register lunr.${locale}.`);
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
