import path from 'node:path';

/** What the resolver needs of a doc (`@docusaurus/plugin-content-docs`'s metadata). */
interface DocRef {
  readonly source: string;
  readonly permalink: string;
}

/** A link of a Markdown file to another page of the docs: `./legal-notice.md#publisher`. */
const LOCAL_MARKDOWN = /^(?![a-z][a-z\d+.-]*:|\/|#)([^?#]+\.mdx?)([?#].*)?$/i;

/**
 * Resolves the relative `.md` links of a page's old versions to today's
 * pages of the locale, for the changes pages (`resolveUrl`) and for the
 * archived versions compiled by the MDX loader (`resolveArchiveLink`). Filled
 * once the docs plugin has loaded (`update`).
 */
export function linkResolver() {
  let permalinks = new Map<string, string>();
  let prefixes: string[] = [];
  let home = '/';
  const archives = new Map<string, string>();

  const relPathOf = (source: string): string | undefined => {
    const prefix = prefixes.find((p) => source.startsWith(p));
    return prefix === undefined ? undefined : source.slice(prefix.length);
  };

  const resolveUrl = (url: string, fromRelPath: string): string | undefined => {
    const match = LOCAL_MARKDOWN.exec(url);
    if (!match) return undefined;
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(fromRelPath), decodeURI(match[1] ?? '')));
    const permalink = permalinks.get(target);
    return permalink === undefined ? undefined : `${permalink}${match[2] ?? ''}`;
  };

  return {
    /** The docs of the locale being built, and the folders their `source` starts with. */
    update(input: {docs: readonly DocRef[]; docsDir: string; translationsDir: string; siteDir: string; baseUrl?: string}) {
      const site = (dir: string) => `@site/${path.relative(input.siteDir, dir).split(path.sep).join('/')}/`;
      prefixes = [site(input.translationsDir), site(input.docsDir)];
      permalinks = new Map();
      for (const doc of input.docs) {
        const relPath = relPathOf(doc.source);
        if (relPath !== undefined) permalinks.set(relPath, doc.permalink);
      }
      if (input.baseUrl) home = input.baseUrl;
    },
    /** `privacy.md` for `@site/docs/privacy.md` or `@site/i18n/en/.../privacy.md`. */
    relPathOf,
    /** Today's URL of the page a relative `.md` link of `fromRelPath` points to; `undefined` for any other link. */
    resolveUrl,
    /**
     * A link of an old version on its changes page: a `.md` link to today's
     * page, or to the locale's home when that page is gone (as
     * `resolveArchiveLink`); any other link as it is.
     */
    resolveDiffLink(url: string, fromRelPath: string): string {
      return LOCAL_MARKDOWN.test(url) ? (resolveUrl(url, fromRelPath) ?? home) : url;
    },
    /** Records that the generated file `mdxPath` is an old version of the page at `relPath`. */
    addArchive(mdxPath: string, relPath: string) {
      archives.set(path.resolve(mdxPath), relPath);
    },
    /**
     * The MDX loader's `resolveMarkdownLink` for archived versions. A page an
     * old version linked to may be gone: history cannot be edited, so that
     * link leads to the site's home rather than stopping the build.
     */
    resolveArchiveLink({linkPathname, sourceFilePath}: {linkPathname: string; sourceFilePath: string}): string {
      const relPath = archives.get(path.resolve(sourceFilePath)) ?? '';
      return resolveUrl(linkPathname, relPath) ?? home;
    },
  };
}

export type LinkResolver = ReturnType<typeof linkResolver>;
