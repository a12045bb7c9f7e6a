/** Options of the translation-provenance plugin, as written in `docusaurus.config.ts`. */
export interface Options {
  /** Folder of the French source pages, relative to the site. Default `docs` (the docs plugin's `path`). */
  docsPath?: string;
  /** Id of the docs plugin instance whose pages are translated. Default `default`. */
  docsPluginId?: string;
}

/** Options with every default applied. */
export type PluginOptions = Required<Options>;

export const DEFAULT_OPTIONS: PluginOptions = {docsPath: 'docs', docsPluginId: 'default'};

/** Applies the defaults; rejects an unknown option, naming it. */
export function normalizeOptions(options: Options | undefined): PluginOptions {
  // Docusaurus adds the plugin instance `id` to every plugin's options.
  const rest: Record<string, unknown> = {...options};
  delete rest.id;
  const unknown = Object.keys(rest).filter((key) => !(key in DEFAULT_OPTIONS));
  if (unknown.length > 0) {
    throw new Error(
      `translation-provenance: unknown option ${unknown.map((k) => `"${k}"`).join(', ')}; the options are ${Object.keys(DEFAULT_OPTIONS).join(', ')}`,
    );
  }
  return {...DEFAULT_OPTIONS, ...rest};
}
