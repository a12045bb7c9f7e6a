import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Root} from 'mdast';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {describe, expect, it} from 'vitest';

import remarkFallbackLinks from '../remarkFallbackLinks';

const site = fs.mkdtempSync(path.join(os.tmpdir(), 'fallback-links-'));
const docsDir = path.join(site, 'docs');
const translationsDir = path.join(site, 'i18n/en/docusaurus-plugin-content-docs/current');
for (const file of ['docs/privacy.md', 'docs/legal-notice.md', 'docs/policies/cookies.md', 'i18n/en/docusaurus-plugin-content-docs/current/privacy.md']) {
  fs.mkdirSync(path.dirname(path.join(site, file)), {recursive: true});
  fs.writeFileSync(path.join(site, file), '# x\n');
}

/** The link and definition URLs of `markdown` after the plugin ran on it as the file `file`. */
function links(markdown: string, file: string, dir: string | undefined = translationsDir): string[] {
  const processor = unified().use(remarkParse).use(remarkFallbackLinks, {siteDir: site, docsDir, translationsDir: dir});
  const tree = processor.runSync(processor.parse(markdown), {path: path.join(site, file)}) as Root;
  const urls: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') urls.push(node.url);
  });
  return urls;
}

describe('remarkFallbackLinks', () => {
  it('points a translated page’s link to an untranslated page at the French file the locale shows', () => {
    const page = 'i18n/en/docusaurus-plugin-content-docs/current/privacy.md';
    expect(links('[legal](./legal-notice.md#publisher) and [cookies](policies/cookies.md)', page)).toEqual(['@site/docs/legal-notice.md#publisher', '@site/docs/policies/cookies.md']);
  });

  it('points an untranslated page’s link to a translated page at the translation', () => {
    expect(links('[cookies](./cookies.md) and [ref]\n\n[ref]: ../privacy.md', 'docs/policies/cookies.md')).toEqual(['./cookies.md', '@site/i18n/en/docusaurus-plugin-content-docs/current/privacy.md']);
    expect(links('[privacy](./privacy.md)', 'docs/legal-notice.md')).toEqual(['@site/i18n/en/docusaurus-plugin-content-docs/current/privacy.md']);
  });

  it('leaves links that already resolve, other links, and the source locale alone', () => {
    const page = 'i18n/en/docusaurus-plugin-content-docs/current/privacy.md';
    const kept = '[self](./privacy.md) [web](https://example.org/a.md) [abs](/legal-notice.md) [anchor](#x) [gone](./nowhere.md)';
    expect(links(kept, page)).toEqual(['./privacy.md', 'https://example.org/a.md', '/legal-notice.md', '#x', './nowhere.md']);
    expect(links('[legal](./legal-notice.md)', 'docs/privacy.md', undefined)).toEqual(['./legal-notice.md']);
  });
});
