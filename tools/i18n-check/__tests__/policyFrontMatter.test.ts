import {describe, expect, it} from 'vitest';

import {checkTranslation} from '../checkTranslation';

// Policy pages (src/plugins/policy-history): effective_date must be the
// French one in every translation; change_summary is prose, translated like
// description (its numbers are checked).
const paths = {sourcePath: 'docs/p.md', translatedPath: 'i18n/en/docusaurus-plugin-content-docs/current/p.md', locale: 'en'};
const check = (sourceText: string, translatedText: string) =>
  checkTranslation({sourceText, translatedText, ...paths}).map((p) => `${p.code} ${p.line} ${JSON.stringify(p.params)}`);

const fr = '---\ntitle: Politique\neffective_date: 2026-11-29\nchange_summary: Conservation réduite à 13 mois.\n---\n\nTexte.\n';

describe('the front matter of a policy page', () => {
  it('passes with the same effective_date and a translated change_summary', () => {
    expect(check(fr, '---\ntitle: Policy\neffective_date: 2026-11-29\nchange_summary: Retention cut to 13 months.\n---\n\nText.\n')).toEqual([]);
  });

  it('reports an effective_date that differs from the French, or is missing', () => {
    expect(check(fr, '---\ntitle: Policy\neffective_date: 2026-11-30\nchange_summary: Retention cut to 13 months.\n---\n\nText.\n')).toEqual([
      expect.stringMatching(/^front-matter-value-changed 3 .*effective_date/),
    ]);
    expect(check(fr, '---\ntitle: Policy\nchange_summary: Retention cut to 13 months.\n---\n\nText.\n')).toEqual([
      expect.stringMatching(/^front-matter-keys-changed 1 .*effective_date/),
    ]);
  });

  it('checks the numbers of change_summary as those of description', () => {
    expect(check(fr, '---\ntitle: Policy\neffective_date: 2026-11-29\nchange_summary: Retention cut to 12 months.\n---\n\nText.\n')).toEqual([
      expect.stringMatching(/^number-changed 4 .*"13".*"12"/),
    ]);
  });
});
