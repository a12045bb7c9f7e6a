/**
 * Docusaurus means each page's HTML to list the script chunks of its route
 * (`<script defer>`), so that they download alongside the main bundle. At
 * render time it collects the route's *module* names (`@theme/DocItem`,
 * `@site/docs/privacy.md`) and looks them up in the client manifest's
 * `origins`; but with webpack 5 and Rspack the manifest keys `origins` by
 * *chunk* name (`17896441`), so nothing matches and every page lists the
 * main bundle alone. The browser then finds the route's chunks only once
 * the main bundle runs (one more round trip before hydration, and script
 * tags created on the main thread). This adds the missing keys.
 *
 * Pure: `registry` is `.docusaurus/registry.js`'s text, where each entry
 * reads `"<chunk name>": [() => import(...), "<module name>", ...]`.
 */

/** The slice of the react-loadable client manifest used here. */
export interface ClientManifest {
  entrypoints: string[];
  origins: Record<string, Array<string | number>>;
  assets: Record<string, unknown>;
}

const REGISTRY_ENTRY = /^\s*"([^"]+)": \[\(\) => import\([^)]*\), "([^"]+)",/gm;

/** Chunk name → module name, from the registry's generated code. */
export function parseRegistry(registry: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [, chunkName, moduleName] of registry.matchAll(REGISTRY_ENTRY)) {
    if (chunkName !== undefined && moduleName !== undefined) entries.set(chunkName, moduleName);
  }
  return entries;
}

/**
 * `manifest` with `origins` also keyed by module name, for every registry
 * entry whose chunk it knows. Returns how many modules were added, so the
 * caller can say when the registry's format changed and nothing matched.
 */
export function addModuleOrigins(manifest: ClientManifest, registry: string): {manifest: ClientManifest; added: number} {
  const origins = {...manifest.origins};
  let added = 0;
  for (const [chunkName, moduleName] of parseRegistry(registry)) {
    const chunks = manifest.origins[chunkName];
    if (chunks && !(moduleName in origins)) {
      origins[moduleName] = chunks;
      added += 1;
    }
  }
  return {manifest: {...manifest, origins}, added};
}
