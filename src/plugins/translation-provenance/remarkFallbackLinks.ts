import {existsSync} from 'node:fs';
import path from 'node:path';

import type {Definition, Link, Root} from 'mdast';
import {visit} from 'unist-util-visit';

/** Where the pages of the locale being built come from. */
export interface FallbackLinksOptions {
  siteDir: string;
  /** The French pages: `<site>/docs`. */
  docsDir: string;
  /** The locale's translated pages (`<site>/i18n/en/docusaurus-plugin-content-docs/current`); none for the source locale. */
  translationsDir?: string;
}

const RELATIVE_PAGE = /^(?![a-z][a-z0-9+.-]*:|\/|@site\/|#)([^?#]+\.mdx?)(#.*)?$/i;

/**
 * A remark plugin, run before Docusaurus resolves `.md` links: in a locale
 * with missing translations, a relative link between a translated page and
 * an untranslated one (either way) points at the file the locale really
 * shows, written as an `@site/` path. Docusaurus resolves a relative link
 * from the linking file's folder only, and a page of a target locale is
 * either the translation or the French file it falls back to, so such a
 * link found no page and stopped the build
 * (https://github.com/facebook/docusaurus/issues/10907). Links that
 * already resolve are left as they are.
 */
export default function remarkFallbackLinks(options: FallbackLinksOptions) {
  const {siteDir, docsDir, translationsDir} = options;
  return (tree: Root, file: {path?: string}) => {
    if (translationsDir === undefined || file.path === undefined) return;
    const from = path.dirname(file.path);
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const link = node as Link | Definition;
      const match = RELATIVE_PAGE.exec(link.url);
      if (!match) return;
      const target = path.resolve(from, decodeURIComponent(match[1] ?? ''));
      const rel = inside(target, translationsDir) ?? inside(target, docsDir);
      if (rel === undefined) return;
      const translated = path.join(translationsDir, rel);
      const shown = existsSync(translated) ? translated : path.join(docsDir, rel);
      if (shown === target || !existsSync(shown)) return;
      const aliased = `@site/${path.relative(siteDir, shown).split(path.sep).join('/')}`;
      link.url = `${encodeURI(aliased)}${match[2] ?? ''}`;
    });
  };
}

function inside(file: string, dir: string): string | undefined {
  const rel = path.relative(dir, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? undefined : rel;
}
