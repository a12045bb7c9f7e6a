import {describe, expect, it} from 'vitest';

import {commitMessage} from '../writing/commitMessage';
import {createT} from '../cli/createT';
import {markdownReport} from '../cli/markdownReport';
import type {PageReport, TranslateReport} from '../planning/runTranslate';

const target = (locale: string, page: string) => `i18n/${locale}/docusaurus-plugin-content-docs/current/${page}`;
const page = (locale: string, name: string, outcome: PageReport['outcome'], extra: Partial<PageReport> = {}): PageReport => ({
  locale,
  source: `docs/${name}`,
  target: target(locale, name),
  state: outcome === 'current' ? 'current' : 'stale',
  outcome,
  ...extra,
});
const stats = (segments: number, characters: number) => ({requests: segments > 0 ? 1 : 0, segments, characters});

function report(pages: PageReport[], locales: string[], extra: Partial<TranslateReport> = {}): TranslateReport {
  return {
    pages,
    ui: [],
    sent: Object.fromEntries(locales.map((l) => [l, stats(2, 140)])),
    reused: Object.fromEntries(locales.map((l) => [l, {segments: 40, characters: 5_243}])),
    written: [...pages.filter((p) => p.outcome === 'written').map((p) => p.target), ...locales.map((l) => `i18n/.tm/${l}.json`)].sort(),
    ...extra,
  };
}

describe('commitMessage', () => {
  it('names the pages and the locales, and the details per locale in the body', () => {
    const r = report(
      [page('en', 'privacy.md', 'written'), page('en', 'legal-notice.md', 'written'), page('de', 'privacy.md', 'written'), page('de', 'legal-notice.md', 'protected', {state: 'reviewed'})],
      ['en', 'de'],
    );
    expect(commitMessage(r, 'deepl')).toMatchInlineSnapshot(`
      "Translate privacy.md, legal-notice.md into en, de

      Engine: deepl
      en: privacy.md, legal-notice.md (2 segment(s), 140 characters sent; 40 segment(s) reused from the translation memory)
      de: privacy.md (2 segment(s), 140 characters sent; 40 segment(s) reused from the translation memory)

      Left alone, a person must look:
      - i18n/de/docusaurus-plugin-content-docs/current/legal-notice.md (reviewed)
      "
    `);
  });

  it('counts the pages when naming them would make the subject too long; UI strings and memory alone have their own subjects', () => {
    const many = ['a-very-long-page-name.md', 'another-long-page-name.md', 'a-third-long-page-name.md'].map((n) => page('it', n, 'written'));
    expect(commitMessage(report(many, ['it']), 'deepl').split('\n')[0]).toBe('Translate 3 pages into it');
    const ui = report([], ['es'], {ui: [{locale: 'es', file: 'i18n/es/code.json', translated: 2, failed: 0}], written: ['i18n/.tm/es.json', 'i18n/es/code.json']});
    expect(commitMessage(ui, 'deepl').split('\n')[0]).toBe('Translate the UI strings into es');
    expect(commitMessage(report([page('en', 'x.md', 'failed')], ['en']), 'deepl').split('\n')[0]).toBe('Update the translation memory of en');
  });
});

describe('markdownReport', () => {
  it('per locale what was translated, sent and reused; what a person must look at; what failed and why', async () => {
    const r = report(
      [
        page('en', 'privacy.md', 'written'),
        page('en', 'legal-notice.md', 'failed', {reasons: ['line 12: number-changed (25 -> 52)']}),
        page('de', 'privacy.md', 'protected', {state: 'reviewed', reviewedBy: 'Jeanne Dupont'}),
        page('de', 'legal-notice.md', 'protected', {state: 'edited'}),
      ],
      ['en', 'de'],
      {ui: [{locale: 'en', file: 'i18n/en/code.json', translated: 3, failed: 0}]},
    );
    r.sent.de = stats(0, 0);
    const text = markdownReport(r, await createT('en'), {mode: 'run', engine: 'deepl', language: 'en', commit: {sha: '0123456789abcdef0123', subject: 'Translate privacy.md into en'}});
    expect(text).toMatchInlineSnapshot(`
      "## Machine translation

      Translated with \`deepl\` and committed as \`0123456789ab\`: **Translate privacy.md into en**.

      | Language | Pages translated | Segments sent | Characters sent | Reused from the memory |
      |---|---|--:|--:|--:|
      | English (en) | \`privacy.md\` | 2 | 140 | 40 segments, 5,243 characters |

      ### Left alone: a person must look

      - \`i18n/de/docusaurus-plugin-content-docs/current/privacy.md\` was reviewed by a person (Jeanne Dupont) and its French source changed since: compare it with the new French text, then mark it reviewed again; or have it retranslated with \`npm run translate -- --force --locale de\`.
      - \`i18n/de/docusaurus-plugin-content-docs/current/legal-notice.md\` was edited by hand after it was generated, and its French source changed since: carry the edit over by hand, or overwrite it with \`npm run translate -- --force --locale de\`.

      ### Failed: the previous translation is kept

      - \`i18n/en/docusaurus-plugin-content-docs/current/legal-notice.md\` (en)
        - line 12: number-changed (25 -> 52)

      ### Interface strings

      - \`i18n/en/code.json\`: 3 translated, 0 failed

      Engine: \`deepl\`.
      "
    `);
  });

  it('in French, with the numbers and language names of French', async () => {
    const text = markdownReport(report([page('it', 'privacy.md', 'written')], ['it']), await createT('fr'), {mode: 'run', engine: 'deepl', language: 'fr'});
    expect(text).toContain('## Traduction automatique');
    expect(text).toContain('| italien (it) | `privacy.md` | 2 | 140 | 40 segments, 5\u202f243 caractères |');
  });
});
