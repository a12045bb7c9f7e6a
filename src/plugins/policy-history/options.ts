import {withDefaultOptions} from '../withDefaultOptions';

/** Options of the policy-history plugin, as written in `docusaurus.config.ts`. */
export interface Options {
  /** Folder of the French source pages, relative to the site. Default `docs` (the docs plugin's `path`). */
  docsPath?: string;
  /** Id of the docs plugin instance whose pages have versions. Default `default`. */
  docsPluginId?: string;
  /**
   * The docs plugin's `remarkPlugins`, so that an archived version is
   * compiled with the same syntax as the page (math, ...). Default none.
   */
  remarkPlugins?: unknown[];
  /**
   * The BCP 47 locale whose date format a site locale uses, when not its own
   * code, e.g. `{en: 'en-GB'}` for "29 November 2026" rather than
   * "November 29, 2026". Default none.
   */
  dateFormatLocales?: Record<string, string>;
}

/** Options with every default applied. */
export type PluginOptions = Required<Options>;

export const DEFAULT_OPTIONS: PluginOptions = {docsPath: 'docs', docsPluginId: 'default', remarkPlugins: [], dateFormatLocales: {}};

/** Applies the defaults; rejects an unknown option, naming it, and a `remarkPlugins` that is not an array. */
export function normalizeOptions(options: Options | undefined): PluginOptions {
  const normalized = withDefaultOptions('policy-history', options, DEFAULT_OPTIONS);
  if (!Array.isArray(normalized.remarkPlugins)) {
    throw new Error('policy-history: "remarkPlugins" must be an array, as the docs plugin\'s option of the same name');
  }
  return normalized;
}
