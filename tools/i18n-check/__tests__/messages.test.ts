import {describe, expect, it} from 'vitest';

import {createTranslator, MESSAGES, pickLanguage} from '../createTranslator';
import {problem, PROBLEM_CODES, type ProblemCode} from '../problem';
import {renderProblem} from '../report/renderProblem';

/** The `kind` variants each code is raised with (see `checkTranslation`, `getPageStatus`, `compareFrontMatter`). */
const DIFF = ['changed', 'missing', 'extra'];
const KINDS: Partial<Record<ProblemCode, string[]>> = {
  'translation-stale': ['machine', 'reviewed'],
  'front-matter-keys-changed': ['missing', 'extra'],
  ...Object.fromEntries(
    [
      'code-block-changed', 'inline-code-changed', 'math-changed', 'link-target-changed', 'image-path-changed',
      'heading-id-changed', 'heading-levels-changed', 'number-changed', 'email-changed', 'phone-changed',
      'url-changed', 'list-shape-changed', 'table-shape-changed', 'admonition-changed', 'mdx-component-changed',
      'mdx-expression-changed', 'block-construct-changed',
    ].map((code) => [code, DIFF]),
  ),
  // The prose checks' variants (compareProse and its detectors).
  'block-construct-changed': [...DIFF, 'line'],
  'length-ratio': ['long', 'short'],
  'sentence-count-changed': ['more', 'fewer'],
  'text-truncated': ['punctuation', 'sentences', 'sentence'],
  'text-repeated': ['whole', 'run'],
  'model-chatter': ['reasoning', 'preamble', 'label', 'apology'],
  'implausible-for-kind': ['lineBreak', 'punctuation'],
  'ui-plural-forms-changed': ['count', 'empty'],
};

/** Values that name a catalogue entry (`constructs.<name>`, `punctuation.<name>`) for the codes that nest one. */
const NAMED: Partial<Record<ProblemCode, Record<string, string>>> = {
  'block-construct-changed': {found: 'blockquote', expected: 'thematicBreak'},
  'implausible-for-kind': {found: 'period', expected: 'semicolon'},
};

/** Every dotted key of a nested messages object. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('messages', () => {
  it('French and English have exactly the same keys', () => {
    expect(keys(MESSAGES.fr)).toEqual(keys(MESSAGES.en));
  });

  it('every problem code has a message and a fix in both languages, with no placeholder left unfilled', () => {
    const params = {
      locale: 'en', source: 'docs/p.md', found: 'F', expected: 'E', sourceLine: 3, key: 'k', sourceFile: 'i18n/fr/code.json',
      reason: 'R', column: 2, excerpt: 'X', ratio: '2.00', min: '0.65', max: '1.40', count: 2, ending: '…end.', missing: 'M',
      segment: 'heading', message: 'Close', reference: 'i18n/en/code.json', allowlist: 'tools/i18n-ui/allowlist.ts', locales: 'fr, en',
    };
    for (const language of ['fr', 'en'] as const) {
      const t = createTranslator(language);
      for (const code of PROBLEM_CODES) {
        for (const kind of KINDS[code] ?? [undefined]) {
          const values = {...params, ...NAMED[code]};
          const p = problem(code, 'f', 1, kind ? {...values, kind} : values);
          const {message, fix} = renderProblem(p, t);
          // Nor a nested catalogue entry left unresolved (`$t(constructs.{{found}})`).
          expect(message, `${language} ${code} ${kind}`).not.toMatch(/^problems\.|\{\{|\b(?:constructs|kinds|punctuation)\./);
          expect(fix, `${language} ${code} ${kind}`).not.toMatch(/^problems\.|\{\{/);
        }
      }
    }
  });

  it('renders the variant of a problem in the chosen language', () => {
    const p = problem('number-changed', 'f', 4, {kind: 'changed', expected: '13 174 890', found: '13,174,980', sourceLine: 2});
    expect([renderProblem(p, createTranslator('fr')), renderProblem(p, createTranslator('en'))]).toMatchInlineSnapshot(`
      [
        {
          "fix": "écrivez le nombre du français (les séparateurs de milliers et de décimales de la langue conviennent)",
          "message": "nombre 13,174,980 au lieu de 13 174 890 (ligne 2 du français)",
        },
        {
          "fix": "write the French number (the locale's digit grouping and decimal mark are fine)",
          "message": "number 13,174,980 instead of 13 174 890 (French line 2)",
        },
      ]
    `);
  });
});

describe('pickLanguage', () => {
  it('speaks French for LANG=fr* (LC_ALL, LC_MESSAGES first), English otherwise; --lang wins', () => {
    expect([
      pickLanguage(undefined, {LANG: 'fr_FR.UTF-8'}),
      pickLanguage(undefined, {LANG: 'fr'}),
      pickLanguage(undefined, {LANG: 'en_US.UTF-8'}),
      pickLanguage(undefined, {LANG: 'C.UTF-8'}),
      pickLanguage(undefined, {}),
      pickLanguage('en', {LANG: 'fr_FR.UTF-8'}),
      pickLanguage('fr', {LANG: 'de_DE.UTF-8'}),
      pickLanguage(undefined, {LANG: 'fy_NL'}),
      pickLanguage(undefined, {LC_ALL: 'fr_CA.UTF-8', LANG: 'en_US.UTF-8'}),
      pickLanguage(undefined, {LC_ALL: '', LC_MESSAGES: 'en_GB', LANG: 'fr_FR.UTF-8'}),
    ]).toEqual(['fr', 'fr', 'en', 'en', 'en', 'en', 'fr', 'en', 'fr', 'en']);
  });
});
