import type {Plugin} from '@docusaurus/types';
import {getSwcJsMinimizerOptions} from '@docusaurus/faster';

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
 */
export default function stableRuntimePlugin(): Plugin {
  return {
    name: 'stable-runtime',
    configureWebpack(config, isServer, {currentBundler}) {
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
