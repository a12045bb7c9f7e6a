import {describe, expect, it} from 'vitest';

import {sourceHash} from '../../../shared/sourceHash';
import {collectPageProvenance, type MarkdownFile} from '../collectPageProvenance';

const french = (relPath: string, text: string): MarkdownFile => ({relPath, displayPath: `docs/${relPath}`, text});
const english = (relPath: string, translation: string): MarkdownFile => ({
  relPath,
  displayPath: `i18n/en/docusaurus-plugin-content-docs/current/${relPath}`,
  text: `---\ntitle: T\n${translation}---\n\nBody.\n`,
});
const block = (status: string, hash: string, extra = '') =>
  `translation:\n  status: ${status}\n  engine: deepl\n  date: 2026-11-29\n  source_hash: ${hash}\n${extra}`;

const sources = [
  french('index.md', '# Accueil\n'),
  french('legal-notice.md', 'Mentions.\n'),
  french('privacy.md', 'Confidentialité.\n'),
  french('guide/setup.md', 'Installation.\n'),
];
const hash = (text: string) => sourceHash(text);

describe('collectPageProvenance', () => {
  it('gives every French page its status in the locale, with the French date', () => {
    const result = collectPageProvenance({
      sources,
      translations: [
        english('index.md', block('machine', hash('# Accueil\n'))),
        english('legal-notice.md', block('machine', hash('Mentions d’avant.\n'))),
        english('privacy.md', block('reviewed', hash('Confidentialité.\n'), '  reviewed_by: Jeanne Dupont\n')),
        english('orphan.md', block('machine', hash('x'))),
      ],
      sourceDates: {'index.md': 1_700_000_000_000},
    });
    expect(result.hasMachineTranslation).toBe(true);
    expect(Object.keys(result.pages)).toEqual(['index.md', 'legal-notice.md', 'privacy.md', 'guide/setup.md']);
    expect(result.pages['index.md']).toEqual({
      status: 'machine',
      engine: 'deepl',
      date: '2026-11-29',
      sourceHash: hash('# Accueil\n'),
      sourceLastUpdatedAt: 1_700_000_000_000,
    });
    expect(result.pages['legal-notice.md']?.status).toBe('stale');
    expect(result.pages['privacy.md']).toMatchObject({status: 'reviewed', reviewedBy: 'Jeanne Dupont'});
    expect(result.pages['guide/setup.md']).toEqual({status: 'missing'});
  });

  it('does not call a locale machine-translated when every page is reviewed or missing', () => {
    const result = collectPageProvenance({
      sources,
      translations: [english('privacy.md', block('reviewed', hash('Confidentialité.\n')))],
    });
    expect(result.hasMachineTranslation).toBe(false);
  });

  it('fails on invalid provenance, naming every file and field', () => {
    expect(() =>
      collectPageProvenance({
        sources,
        translations: [
          english('index.md', block('machin', hash('# Accueil\n'))),
          english('privacy.md', ''),
          english('legal-notice.md', 'translation: [\n'),
        ],
      }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [Error: Invalid translation provenance:
      - i18n/en/docusaurus-plugin-content-docs/current/index.md: translation.status: "machin" must be "machine" (produced by a translation engine) or "reviewed" (checked by a person)
      - i18n/en/docusaurus-plugin-content-docs/current/privacy.md: translation: missing; a translation made another way gets it with "npm run translate -- --adopt" (from its git history), a new one with "npm run translate"
      - i18n/en/docusaurus-plugin-content-docs/current/legal-notice.md: front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] (line 3, column 15)]
    `);
  });
});
