import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

import {createRobotsTxt, sitemapUrls} from './createRobotsTxt';

/**
 * Writes `robots.txt` at the root of the default locale's output, listing
 * the sitemap of every locale. The sitemap plugin writes one sitemap per
 * locale but nothing tells crawlers about the non-default ones.
 */
export default function robotsTxtPlugin(context: LoadContext): Plugin {
  return {
    name: 'robots-txt',
    async postBuild({outDir}) {
      const {siteConfig, i18n} = context;
      if (i18n.currentLocale !== i18n.defaultLocale) return;
      const text = createRobotsTxt(
        sitemapUrls({
          url: siteConfig.url,
          baseUrl: siteConfig.baseUrl,
          locales: i18n.locales,
          defaultLocale: i18n.defaultLocale,
        }),
      );
      await fs.writeFile(path.join(outDir, 'robots.txt'), text);
    },
  };
}
