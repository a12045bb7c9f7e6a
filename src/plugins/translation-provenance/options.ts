import {withDefaultOptions} from '../withDefaultOptions';

/** Options of the translation-provenance plugin, as written in `docusaurus.config.ts`. */
export interface Options {
  /** Folder of the French source pages, relative to the site. Default `docs` (the docs plugin's `path`). */
  docsPath?: string;
  /** Id of the docs plugin instance whose pages are translated. Default `default`. */
  docsPluginId?: string;
  /**
   * The text a page shows when it is not its file's (policy-history's
   * version in force, while a newer one is announced; `french` when a
   * translated page shows the French text): statuses are computed on it.
   */
  shownText?: (filePath: string) => Promise<{text: string; french: boolean} | undefined>;
}

/** Options with every default applied. */
export type PluginOptions = Required<Omit<Options, 'shownText'>> & Pick<Options, 'shownText'>;

export const DEFAULT_OPTIONS: PluginOptions = {docsPath: 'docs', docsPluginId: 'default', shownText: undefined};

/** Applies the defaults; rejects an unknown option, naming it. */
export function normalizeOptions(options: Options | undefined): PluginOptions {
  return withDefaultOptions('translation-provenance', options, DEFAULT_OPTIONS);
}
