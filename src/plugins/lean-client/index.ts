import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

/**
 * The classic theme's client module that sets Prism up on every page. Its
 * request is an absolute path without extension (`.docusaurus/client-modules.js`),
 * hence the optional `.js`. `lib/theme/prism-include-languages` (the swizzlable
 * component) is a different file and is not matched.
 */
export const PRISM_CLIENT_MODULE = /@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/;

/**
 * Keeps the visitor's first page light (issue 7: at most 200 KB):
 *
 * - Prism (about 35 KB of compressed script, none of it used by pages without
 *   code) leaves the main bundle: the theme's Prism client module is replaced
 *   by an empty one and `src/theme/CodeBlock` loads Prism with the code block,
 *   only on pages that have one.
 * - Links no longer prefetch the pages they point to (`disablePrefetch.ts`);
 *   hovering a link still preloads its page.
 */
export default function leanClientPlugin(): Plugin {
  return {
    name: 'lean-client',
    getClientModules() {
      return [path.resolve(__dirname, 'disablePrefetch.ts')];
    },
    configureWebpack(_config, _isServer, {currentBundler}) {
      return {
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(
            PRISM_CLIENT_MODULE,
            path.resolve(__dirname, 'noPrismClientModule.ts'),
          ),
        ],
      };
    },
  };
}
