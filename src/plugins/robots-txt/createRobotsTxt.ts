/**
 * The text of `robots.txt`: everything may be crawled, and every locale's
 * sitemap is listed by absolute URL (the Sitemaps protocol requires it).
 */
export function createRobotsTxt(sitemapUrls: readonly string[]): string {
  return ['User-agent: *', 'Allow: /', '', ...sitemapUrls.map((u) => `Sitemap: ${u}`), ''].join(
    '\n',
  );
}

/**
 * Absolute sitemap URL of each locale: the default locale's at the base
 * URL, the others under their locale prefix, as Docusaurus builds them.
 */
export function sitemapUrls(options: {
  url: string;
  baseUrl: string;
  locales: readonly string[];
  defaultLocale: string;
}): string[] {
  return options.locales.map((locale) => {
    const prefix = locale === options.defaultLocale ? '' : `${locale}/`;
    return `${options.url}${options.baseUrl}${prefix}sitemap.xml`;
  });
}
