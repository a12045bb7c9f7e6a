/**
 * The options of one of our plugins as written in `docusaurus.config.ts`,
 * with the defaults applied. Docusaurus adds the plugin instance's `id` to
 * every plugin's options: it is dropped. An unknown option is an error
 * naming it and listing the known ones (a typo would otherwise be ignored).
 */
export function withDefaultOptions<T extends object>(plugin: string, options: Partial<T> | undefined, defaults: T): T {
  const rest: Record<string, unknown> = {...options};
  delete rest.id;
  const unknown = Object.keys(rest).filter((key) => !(key in defaults));
  if (unknown.length > 0) {
    throw new Error(
      `${plugin}: unknown option ${unknown.map((k) => `"${k}"`).join(', ')}; the options are ${Object.keys(defaults).join(', ')}`,
    );
  }
  return {...defaults, ...(rest as Partial<T>)};
}
