import {describe, expect, it} from 'vitest';

import {checkTranslatedCode} from '../checkTranslatedCode';

const file = (displayPath: string, text: string) => ({relPath: displayPath.replace(/^.*\/current\/|^docs\//, ''), displayPath, text});

describe('checkTranslatedCode', () => {
  const french = [file('docs/privacy.md', '# Confidentialité\n\nTexte et <AnalyticsOptOut />.\n')];

  it('passes a translation that changed text only', () => {
    expect(checkTranslatedCode(french, [file('i18n/en/docusaurus-plugin-content-docs/current/privacy.md', '# Privacy\n\nText and <AnalyticsOptOut />.\n')])).toEqual([]);
  });

  it('names the file, the line and each construct its French page does not have, and a page that does not parse', () => {
    const hostile = file('i18n/de/docusaurus-plugin-content-docs/current/privacy.md', '# Datenschutz\n\nText {process.env.GITHUB_TOKEN} und <AnalyticsOptOut />.\n\n<img src="x" onError={run} />\n');
    const broken = file('i18n/it/docusaurus-plugin-content-docs/current/privacy.md', '# Privacy\n\nTesto {oops\n');
    expect(checkTranslatedCode(french, [hostile, broken])).toEqual([
      'i18n/de/docusaurus-plugin-content-docs/current/privacy.md:3: an expression that docs/privacy.md does not have: {process.env.GITHUB_TOKEN}',
      'i18n/de/docusaurus-plugin-content-docs/current/privacy.md:5: an HTML element that docs/privacy.md does not have: <img src="x" onError={run}>',
      expect.stringMatching(/^i18n\/it\/docusaurus-plugin-content-docs\/current\/privacy\.md:3:\d+: does not parse as MDX \(/),
    ]);
  });
});
