import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {createMDXLoaderRule} from '@docusaurus/mdx-loader';

import type {LinkResolver} from './linkResolver';

/**
 * The bundler rule that compiles archived versions (the `.mdx` files the
 * plugin writes into its generated-files folder) with Docusaurus's own MDX
 * loader, as `plugin-content-pages` does for its pages: same MDX components,
 * admonitions, heading ids and the docs' remark plugins, so a version renders
 * like the page did. Relative `.md` links go to today's pages (`LinkResolver`).
 */
export function createArchiveMdxRule(
  context: LoadContext,
  dataDir: string,
  remarkPlugins: unknown[],
  resolver: LinkResolver,
): ReturnType<typeof createMDXLoaderRule> {
  const {siteConfig, siteDir} = context;
  return createMDXLoaderRule({
    // Trailing separator: only files inside the folder (see plugin-content-pages).
    include: [`${dataDir}${path.sep}`],
    options: {
      useCrossCompilerCache: siteConfig.future.faster.mdxCrossCompilerCache,
      admonitions: true,
      remarkPlugins: remarkPlugins as never,
      staticDirs: siteConfig.staticDirectories.map((dir) => path.resolve(siteDir, dir)),
      siteDir,
      markdownConfig: siteConfig.markdown,
      resolveMarkdownLink: ({linkPathname, sourceFilePath}) => resolver.resolveArchiveLink({linkPathname, sourceFilePath}),
    },
  });
}
