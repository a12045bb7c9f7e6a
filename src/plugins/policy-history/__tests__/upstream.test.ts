import {createHash} from 'node:crypto';
import fs from 'node:fs';
import {describe, expect, it} from 'vitest';

/**
 * What the policy history relies on inside Docusaurus (3.10.2), each with
 * the upstream file's hash: when Docusaurus is upgraded and a file changes,
 * the test says what to re-check, then update the hash.
 */
const read = (module: string) => fs.readFileSync(require.resolve(module), 'utf8');
const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

describe('Docusaurus internals the policy history depends on', () => {
  it('DocItem/Content renders its title header, then the MDX content: the dateline is given as the content’s first child', () => {
    const source = read('@docusaurus/theme-classic/lib/theme/DocItem/Content/index.js');
    expect(source.indexOf('syntheticTitle && (')).toBeLessThan(source.indexOf('<MDXContent>{children}</MDXContent>'));
    expect(
      hash(source),
      're-check src/theme/DocItem/Content/index.tsx: PolicyDateline must still come right after the page title',
    ).toBe('0902dcb538c3dbbe');
  });

  it('createData writes into generatedFilesDir/<plugin name>/<plugin id>: the archived versions’ MDX rule includes that folder', () => {
    const source = read('@docusaurus/core/lib/server/plugins/actions.js');
    expect(source).toContain('path_1.default.join(generatedFilesDir, plugin.name, pluginId)');
    expect(
      hash(source),
      're-check src/plugins/policy-history/index.ts (dataDir) and createArchiveMdxRule.ts: the .mdx files must still be in the folder the rule includes',
    ).toBe('0023d6f79e789cee');
  });

  it('Link skips the broken-link check with data-noBrokenLinkCheck: archived texts may point at anchors gone since', () => {
    const source = read('@docusaurus/core/lib/client/exports/Link.js');
    expect(source).toContain("'data-noBrokenLinkCheck': noBrokenLinkCheck");
    expect(source).toContain('if (!noBrokenLinkCheck && (isAnchorLink || !isRegularHtmlLink))');
    expect(
      hash(source),
      're-check src/components/PolicyHistory/ArchivedLink.tsx: an archived link to a vanished anchor must not stop the build',
    ).toBe('cd83fc0c2bffaab8');
  });

  it('the MDX loader compiles the file itself, not the content parseFrontMatter returns: the text in force needs the remark hook too', () => {
    const source = read('@docusaurus/mdx-loader/lib/loader.js');
    expect(source).toMatch(/const \{ frontMatter \} = await options\.markdownConfig\.parseFrontMatter\(/);
    expect(
      hash(source),
      're-check src/plugins/policy-history/inForceMarkdown.ts: which of its two hooks the docs plugin and the MDX loader use',
    ).toBe('90bbdae6eed64a30');
  });
});
