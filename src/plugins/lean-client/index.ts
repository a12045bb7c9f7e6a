import fs from 'node:fs/promises';
import path from 'node:path';
import type {ConfigureWebpackUtils, LoadContext, Plugin} from '@docusaurus/types';

import {AFTER_PAINT_SCRIPT} from './afterPaint';
import type {LeanClientPiece} from '../../config/leanClientEnv';
import {addModuleOrigins, type ClientManifest} from './routeChunkOrigins';

/** The plugin's options, set by `docusaurus.config.ts`. */
export interface LeanClientOptions {
  /** Pieces to leave out, from `LEAN_CLIENT_OFF` (`options.ts`); none by default. */
  off?: readonly LeanClientPiece[];
}

/** How the theme imports its code block, replaced when `lazyCodeBlock` is off. */
const THEME_CODE_BLOCK_REQUEST = /^@theme\/CodeBlock$/;

/**
 * The classic theme's client module that sets Prism up on every page. Its
 * request is an absolute path without extension (`.docusaurus/client-modules.js`),
 * hence the optional `.js`. `lib/theme/prism-include-languages` (the swizzlable
 * component) is a different file and is not matched.
 */
export const PRISM_CLIENT_MODULE = /@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/;

/** How theme-common imports its `useWindowSize` hook (`./hooks/useWindowSize`, `../hooks/useWindowSize`). */
export const THEME_WINDOW_SIZE_REQUEST = /^(\.\.?\/)+hooks\/useWindowSize(\.js)?$/;

const THEME_COMMON_LIB = /[\\/]@docusaurus[\\/]theme-common[\\/]lib[\\/]/;

/**
 * Replaces the modules that `request` names with lean-client's `standIn`,
 * for imports made from theme-common's own files only (the folder or
 * below: `lib/index.js` imports `./hooks/...`).
 */
function inThemeCommon(bundler: ConfigureWebpackUtils['currentBundler']['instance'], request: RegExp, standIn: string) {
  return new bundler.NormalModuleReplacementPlugin(request, (data: {context: string; request: string}) => {
    if (THEME_COMMON_LIB.test(data.context + path.sep)) data.request = path.resolve(__dirname, standIn);
  });
}

/**
 * Keeps the visitor's first page light (issue 7: at most 200 KB):
 *
 * - Prism (about 35 KB of compressed script, none of it used by pages without
 *   code) leaves the main bundle: the theme's Prism client module is replaced
 *   by an empty one and `src/theme/CodeBlock` loads Prism with the code block,
 *   only on pages that have one.
 * - Links no longer prefetch the pages they point to (`disablePrefetch.ts`);
 *   hovering or touching a link still preloads its page.
 * - Each page's HTML lists its route's script chunks, before the main
 *   bundle (`routeChunkOrigins.ts`, `ssrTemplate.ts`): they download with it
 *   instead of after it.
 * - The scripts run once the page is painted (`afterPaint.ts`), and the
 *   main bundle evaluates its modules in stages, one task each
 *   (`stagedEntry.ts`).
 * - The theme's `useWindowSize` updates are transitions
 *   (`themeWindowSize.ts`), rendered in slices.
 *
 * `options.off` leaves pieces out (`LEAN_CLIENT_OFF`, see `options.ts`),
 * for `npm run bench:lean-client`, which measures what each one earns.
 */
export default function leanClientPlugin(context: LoadContext, options: LeanClientOptions = {}): Plugin {
  const off = new Set(options.off ?? []);
  const on = (piece: LeanClientPiece) => !off.has(piece);
  const manifestPath = path.join(context.generatedFilesDir, 'client-manifest.json');
  const registryPath = path.join(context.generatedFilesDir, 'registry.js');
  // After the client build has written its manifest, before the pages are
  // rendered from it (see routeChunkOrigins.ts).
  const routeChunks = {
    apply(compiler: {hooks: {afterEmit: {tapPromise: (name: string, run: () => Promise<void>) => void}}}) {
      compiler.hooks.afterEmit.tapPromise('lean-client', async () => {
        const manifest = JSON.parse(await fs.readFile(manifestPath, 'utf8')) as ClientManifest;
        const {manifest: fixed, added} = addModuleOrigins(manifest, await fs.readFile(registryPath, 'utf8'));
        // Every site has routes with chunks: none found means the registry's
        // format changed, and the pages would silently load their chunks
        // after the main bundle. A production build stops and says so.
        if (added === 0) {
          throw new Error(
            `lean-client: no route chunk found in ${registryPath}. Has Docusaurus changed the registry's format? Re-check src/plugins/lean-client/routeChunkOrigins.ts (and src/upstream-files.json).`,
          );
        }
        await fs.writeFile(manifestPath, JSON.stringify(fixed));
      });
    },
  };
  return {
    name: 'lean-client',
    injectHtmlTags() {
      // With afterPaint off, the template writes plain deferred scripts (ssrTemplate.ts).
      return on('afterPaint') ? {postBodyTags: [{tagName: 'script', innerHTML: AFTER_PAINT_SCRIPT}]} : {};
    },
    getClientModules() {
      return on('disablePrefetch') ? [path.resolve(__dirname, 'disablePrefetch.ts')] : [];
    },
    configureWebpack(config, isServer, {currentBundler}) {
      const productionClient = !isServer && config.mode === 'production';
      // The dev server adds its own client to the entry: the staged entry is for builds.
      const stagedEntry = productionClient && on('stagedEntry');
      // Rspack's persistent cache knows neither our options nor the
      // modules they replace: a build with other pieces off gets its own
      // cache version, or it would reuse the modules of the last one.
      const cache = (config.experiments as {cache?: {version?: unknown}} | undefined)?.cache;
      if (off.size > 0 && cache && typeof cache.version === 'string') cache.version += `-lean-off-${[...off].sort().join('+')}`;
      const bundler = currentBundler.instance;
      return {
        ...(stagedEntry ? {mergeStrategy: {entry: 'replace'}, entry: path.resolve(__dirname, 'stagedEntry.ts')} : {}),
        resolve: {
          alias: {
            'lean-client/client-entry$': path.join(path.dirname(require.resolve('@docusaurus/core/package.json')), 'lib', 'client', 'clientEntry.js'),
          },
        },
        plugins: [
          // Only the production client build has a manifest to fix: the dev
          // server renders in the browser (and would warn every editor).
          ...(productionClient && on('routeChunkOrigins') ? [routeChunks] : []),
          ...(on('themeWindowSize') ? [inThemeCommon(bundler, THEME_WINDOW_SIZE_REQUEST, 'themeWindowSize.ts')] : []),
          on('lazyCodeBlock')
            ? new bundler.NormalModuleReplacementPlugin(PRISM_CLIENT_MODULE, path.resolve(__dirname, 'noPrismClientModule.ts'))
            : // Off: the theme's Prism client module stays, and the theme's
              // code block is imported directly instead of lazily.
              new bundler.NormalModuleReplacementPlugin(
                THEME_CODE_BLOCK_REQUEST,
                path.join(context.siteDir, 'src', 'theme', 'CodeBlock', 'HighlightedCodeBlock.tsx'),
              ),
        ],
      };
    },
  };
}
