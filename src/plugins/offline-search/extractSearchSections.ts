import {load} from 'cheerio';
import type {AnyNode} from 'domhandler';

/** One searchable part of a page: the text under one heading. */
export interface SearchSection {
  /** Route path with the heading's anchor, e.g. `/en/privacy#context`. */
  readonly url: string;
  /** The page's title (its `h1`). */
  readonly pageTitle: string;
  /** The section's heading; the page title for the text before the first heading. */
  readonly heading: string;
  /** The section's text, whitespace collapsed. */
  readonly text: string;
}

const SECTION_HEADINGS = new Set(['h2', 'h3']);

/**
 * Splits a built doc page into sections at its `h2`/`h3` headings, reading
 * only the Markdown content (`.theme-doc-markdown`): no navbar, sidebar,
 * breadcrumbs or footer text. Returns nothing for a page without it.
 */
export function extractSearchSections(html: string, routePath: string): SearchSection[] {
  // parse5 (cheerio's default), not the faster htmlparser2: the minified
  // pages leave out optional end tags (`</td>`), which only parse5 closes
  // as a browser does, keeping words of adjacent cells apart.
  const $ = load(contentPart(html), null, false);
  const content = $('.theme-doc-markdown').first();
  if (content.length === 0) return [];
  // The "#" permalinks and anything marked hidden carry no content.
  content.find('.hash-link, [aria-hidden="true"], script, style').remove();
  const pageTitle = clean(content.find('h1').first().text());

  const sections: {anchor: string; heading: string; parts: string[]}[] = [
    {anchor: '', heading: pageTitle, parts: []},
  ];
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') {
      sections[sections.length - 1]?.parts.push(node.data);
      return;
    }
    if (node.type !== 'tag') return;
    if (node.name === 'h1') return;
    if (SECTION_HEADINGS.has(node.name)) {
      sections.push({anchor: node.attribs.id ?? '', heading: clean($(node).text()), parts: []});
      return;
    }
    // Block elements end a word even when the HTML has no space between them.
    node.children.forEach(walk);
    sections[sections.length - 1]?.parts.push(' ');
  };
  content.contents().each((_, node) => walk(node));

  return sections
    .map(({anchor, heading, parts}) => ({
      url: anchor ? `${routePath}#${anchor}` : routePath,
      pageTitle,
      heading,
      text: clean(parts.join('')),
    }))
    .filter((section) => section.text !== '' || section.heading !== pageTitle);
}

function clean(text: string): string {
  return text.replace(/\u200b/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * The part of a built page from the Markdown content's opening tag to the
 * end of its `<article>`: parsing only that is several times faster than
 * parsing the whole page, whose sidebar lists every page of the site (on a
 * 200-page site, four fifths of each page's bytes). The last `</article>`
 * ends it, so that an `<article>` inside the content cannot cut it short.
 * Anything unexpected gives the whole page.
 */
export function contentPart(html: string): string {
  const start = /<div\b[^>]*\bclass=(?:"[^"]*\btheme-doc-markdown\b[^"]*"|'[^']*\btheme-doc-markdown\b[^']*'|theme-doc-markdown\b)/.exec(html)?.index;
  const end = html.lastIndexOf('</article>');
  return start === undefined || end < start ? html : html.slice(start, end);
}
