import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';

import type {LoadedContent} from '@docusaurus/plugin-content-docs';

import {docsOf} from '..';

// What the fallback links and the language menu's "not translated" marks
// rely on in Docusaurus, checked against the installed version: when one of
// these fails, Docusaurus changed, and the message says what to re-check.
const require = createRequire(import.meta.url);
const source = (module: string) => readFileSync(require.resolve(module), 'utf8');

describe('Docusaurus internals the partial-translation support relies on', () => {
  it('sets DOCUSAURUS_CURRENT_LOCALE before loading the site config, in build and start', () => {
    const build = source('@docusaurus/core/lib/commands/build/buildLocale.js');
    expect(build.indexOf('process.env.DOCUSAURUS_CURRENT_LOCALE = locale'), 'Docusaurus changed buildLocale.js: re-check currentLocale in docusaurus.config.ts (remarkFallbackLinks)').toBeGreaterThan(-1);
    expect(build.indexOf('process.env.DOCUSAURUS_CURRENT_LOCALE = locale')).toBeLessThan(build.indexOf('loadSite)({'));
    expect(source('@docusaurus/core/lib/commands/start/start.js'), 'Docusaurus changed start.js: re-check currentLocale in docusaurus.config.ts').toContain('process.env.DOCUSAURUS_CURRENT_LOCALE = cliOptions.locale');
  });

  it('runs beforeDefaultRemarkPlugins before it resolves .md links, and resolves an @site/ link by its source', () => {
    const processor = source('@docusaurus/mdx-loader/lib/processor.js');
    const before = processor.indexOf('...(options.beforeDefaultRemarkPlugins ?? [])');
    expect(before, 'Docusaurus changed mdx-loader/lib/processor.js: re-check that remarkFallbackLinks runs before resolveMarkdownLinks').toBeGreaterThan(-1);
    expect(before).toBeLessThan(processor.indexOf('resolveMarkdownLinks_1.default'));
    expect(source('@docusaurus/utils/lib/markdownLinks.js'), "Docusaurus changed markdownLinks.js: re-check remarkFallbackLinks's @site/ links").toContain("linkPathname.startsWith('@site/')");
  });

  it('hands the docs plugin content as loadedVersions[].docs[] with id and source', () => {
    const content = {loadedVersions: [{docs: [{id: 'privacy', source: '@site/docs/privacy.md'}]}]} satisfies {loadedVersions: Array<{docs: Array<Pick<LoadedContent['loadedVersions'][number]['docs'][number], 'id' | 'source'>>}>};
    expect(docsOf(content)).toEqual([{id: 'privacy', source: '@site/docs/privacy.md'}]);
  });
});
