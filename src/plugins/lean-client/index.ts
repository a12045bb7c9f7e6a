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
 * How the theme's own modules import their React utilities
 * (`../utils/reactUtils`, `../../utils/reactUtils`): a request, matched
 * before resolution, so that the stand-in's import of the original (by its
 * alias) is not matched again.
 */
export const THEME_REACT_UTILS_REQUEST = /^(\.\.\/)+utils\/reactUtils(\.js)?$/;

const THEME_COMMON_LIB = /[\\/]@docusaurus[\\/]theme-common[\\/]lib[\\/]/;

/**
 * Keeps the visitor's first page light (issue 7: at most 200 KB):
 *
 * - Prism (about 35 KB of compressed script, none of it used by pages without
 *   code) leaves the main bundle: the theme's Prism client module is replaced
 *   by an empty one and `src/theme/CodeBlock` loads Prism with the code block,
 *   only on pages that have one.
 * - Links no longer prefetch the pages they point to (`disablePrefetch.ts`);
 *   hovering a link still preloads its page.
 * - The theme's `useShallowMemoObject` no longer calls `localeCompare`
 *   (`themeReactUtils.ts`): that first call costs tens of ms of blocking
 *   time on a phone.
 */
export default function leanClientPlugin(): Plugin {
  return {
    name: 'lean-client',
    getClientModules() {
      return [path.resolve(__dirname, 'disablePrefetch.ts')];
    },
    configureWebpack(_config, _isServer, {currentBundler}) {
      return {
        resolve: {
          alias: {
            // By path: the package's exports do not list its lib/ files.
            'lean-client/theme-react-utils$': path.join(path.dirname(require.resolve('@docusaurus/theme-common')), 'utils', 'reactUtils.js'),
          },
        },
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(THEME_REACT_UTILS_REQUEST, (data: {context: string; request: string}) => {
            if (THEME_COMMON_LIB.test(data.context)) data.request = path.resolve(__dirname, 'themeReactUtils.ts');
          }),
          new currentBundler.instance.NormalModuleReplacementPlugin(
            PRISM_CLIENT_MODULE,
            path.resolve(__dirname, 'noPrismClientModule.ts'),
          ),
        ],
      };
    },
  };
}
