import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {getSwcJsMinimizerOptions} from '@docusaurus/faster';

import {sourcesHash} from './sourcesHash';

const MINIMIZER = 'SwcJsMinimizerRspackPlugin';

/** The part of `@rspack/core` used here (Docusaurus types the config as webpack's). */
interface RspackMinimizerApi {
  SwcJsMinimizerRspackPlugin: new (options: {minimizerOptions: object; exclude: RegExp}) => object;
}

/**
 * Leaves the small webpack runtime chunk (`runtime~main.<hash>.js`, ~10 kB)
 * unminified, so that a build is byte-identical whether Rspack's persistent
 * cache is cold or warm. Measured on this site: with the cache warm, the
 * minifier names the runtime's variables differently (same code, other
 * bytes), which changes the runtime's hash and so every HTML page; without
 * minification, cold and warm builds are the same. Every other chunk is
 * minified as Docusaurus does it (same options, see @docusaurus/bundler).
 *
 * Also ties Rspack's persistent cache to the site's plugins: its version
 * gets a hash of `src/plugins/` (see `sourcesHash`), so editing a plugin
 * starts the next build cold instead of reusing modules built before.
 */
export default function stableRuntimePlugin(context: LoadContext): Plugin {
  const pluginsHash = sourcesHash(path.join(context.siteDir, 'src', 'plugins'));
  return {
    name: 'stable-runtime',
    configureWebpack(config, isServer, {currentBundler}) {
      const cache = (config.experiments as {cache?: unknown} | undefined)?.cache;
      if (cache && typeof cache === 'object' && typeof (cache as {version?: unknown}).version === 'string') {
        (cache as {version: string}).version += `-plugins-${pluginsHash}`;
      }
      const minimizers = config.optimization?.minimizer;
      if (isServer || currentBundler.name !== 'rspack' || !minimizers) return {};
      const rspack = currentBundler.instance as unknown as RspackMinimizerApi;
      config.optimization!.minimizer = minimizers.map((minimizer) =>
        minimizer && (minimizer as {name?: string}).name === MINIMIZER
          ? (new rspack.SwcJsMinimizerRspackPlugin({
              minimizerOptions: {minify: true, ...getSwcJsMinimizerOptions()},
              exclude: /runtime~main/,
            }) as typeof minimizer)
          : minimizer,
      );
      return {};
    },
  };
}
