import type {SiteConfig} from './siteConfig';

/**
 * A table in code that must have an entry for each language of the site
 * (lunr stemmers; words are in code.json instead): what it holds, where it is,
 * the codes it has, and which locales need one.
 */
export interface LocaleTable {
  /** What an entry gives, for the message: "lunr stemmer". */
  readonly what: string;
  /** Where to add one: "LANGUAGES in src/plugins/offline-search/loadLunr.ts". */
  readonly where: string;
  /** The codes it has. An entry for a base language (`pt`) serves its regional codes (`pt-BR`). */
  readonly codes: readonly string[];
  /** Which locales need an entry: every one, or the targets only. */
  readonly needs: 'all' | 'targets';
}

/**
 * One message per locale of `config` that a table lacks, saying what to
 * add where; empty when every table covers every locale. Pure: the tables
 * are read by the caller (docusaurus.config.ts), which throws.
 */
export function checkLocaleSupport(config: SiteConfig, tables: readonly LocaleTable[]): string[] {
  const problems: string[] = [];
  for (const table of tables) {
    const locales = table.needs === 'all' ? [{field: 'source', locale: config.source}] : [];
    config.targets.forEach((locale, i) => locales.push({field: `targets[${i}]`, locale}));
    for (const {field, locale} of locales) {
      const base = locale.code.split('-')[0] ?? locale.code;
      if (table.codes.includes(locale.code) || table.codes.includes(base)) continue;
      problems.push(`site.config.ts ${field}: locale "${locale.code}" has no ${table.what}; add a "${locale.code}" entry to ${table.where}`);
    }
  }
  return problems;
}
