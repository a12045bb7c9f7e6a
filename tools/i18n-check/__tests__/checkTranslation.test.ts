import {describe, expect, it} from 'vitest';

import {checkTranslation} from '../checkTranslation';

const paths = {sourcePath: 'docs/p.md', translatedPath: 'i18n/en/docusaurus-plugin-content-docs/current/p.md'};

/** `code line kind expected->found` of each problem. */
function check(sourceText: string, translatedText: string, locale = 'en'): string[] {
  return checkTranslation({sourceText, translatedText, ...paths, locale}).map(
    (p) => `${p.code} ${p.line} ${[p.params.kind, p.params.expected, p.params.found].filter(Boolean).join(' ')}`,
  );
}

const FR = [
  '## Délais {/* #delays */}',
  '',
  'Nous répondons sous 30 jours, délai porté à 90 jours pour les demandes complexes, voir `RGPD art. 12`.',
  '',
  'Le stockage coûte 1,5 euro par mois et la limite est fixée à 2 Go.',
  '',
].join('\n');

describe('checkTranslation (the API the translate command calls before writing)', () => {
  it('accepts a faithful translation whose numbers and code move within their paragraph', () => {
    const en = [
      '## Time limits {/* #delays */}',
      '',
      'See `RGPD art. 12`: we answer within 30 days, extended to 90 days for complex requests.',
      '',
      'Storage costs 1.5 euros a month and the limit is set at 2 GB.',
      '',
    ].join('\n');
    expect(check(FR, en)).toEqual([]);
  });

  it('reports a number moved to another paragraph, where it is and where it was', () => {
    const en = [
      '## Time limits {/* #delays */}',
      '',
      'We answer within 30 days, extended for complex requests, see `RGPD art. 12`.',
      '',
      'Storage costs 1.5 euros a month for 90 days and the limit is set at 2 GB.',
      '',
    ].join('\n');
    expect(check(FR, en)).toMatchInlineSnapshot(`
      [
        "number-changed 3 missing 90",
        "number-changed 5 extra 90",
      ]
    `);
  });

  it('reports a dropped heading, its id and level at the block where it was', () => {
    const en = 'We answer within 30 days, 90 days for complex requests, see `RGPD art. 12`.\n\nStorage: 1.5 euros a month, 2 GB.\n';
    expect(check(FR, en)).toMatchInlineSnapshot(`
      [
        "heading-id-changed 1 missing delays",
        "heading-levels-changed 1 missing ##",
      ]
    `);
  });

  it('quotes a change deep in a long code block from just before the difference', () => {
    const code = (port: number): string =>
      ['```sh', 'npm ci', 'npm run build', `npm run serve -- --host 127.0.0.1 --port ${port} --no-open`, '```', ''].join('\n');
    const problems = checkTranslation({sourceText: code(3000), translatedText: code(3001), ...paths, locale: 'en'});
    expect(problems.map((p) => p.params)).toMatchInlineSnapshot(`
      [
        {
          "expected": "…127.0.0.1 --port 3000 --no-open",
          "found": "…127.0.0.1 --port 3001 --no-open",
          "kind": "changed",
          "sourceLine": 1,
        },
      ]
    `);
  });

  it('keeps MDX imports and {expressions} byte for byte, but lets comments differ', () => {
    const fr = "import Logo from '@site/static/img/logo.svg';\n\nVersion {props.version} {/* à relire */}\n";
    const en = "import Logo from '@site/static/img/logo.svg';\n\nVersion {props.release} {/* to review */}\n";
    expect(check(fr, en)).toMatchInlineSnapshot(`
      [
        "mdx-expression-changed 3 changed props.version props.release",
      ]
    `);
  });

  it('reports a French source the parser refuses once, and compares nothing', () => {
    expect(check('Texte {#id}\n', 'Text {/* #id */}\n')).toMatchInlineSnapshot(`
      [
        "source-parse-error 1 ",
      ]
    `);
  });

  it('reports broken front-matter YAML at its file line', () => {
    const problems = checkTranslation({
      sourceText: '---\ntitle: Titre\n---\n\nTexte.\n',
      translatedText: '---\ntitle: Title\ndescription: "unclosed\n---\n\nText.\n',
      ...paths,
      locale: 'en',
    });
    expect(problems.map((p) => [p.code, p.line])).toMatchInlineSnapshot(`
      [
        [
          "parse-error",
          3,
        ],
      ]
    `);
  });

  it('compares the numbers of translated front-matter values too', () => {
    const fr = '---\ntitle: Les 3 règles\ndescription: Conservées 25 mois au plus.\n---\n\nTexte.\n';
    const en = '---\ntitle: The 3 rules\ndescription: Kept for at most 26 months.\n---\n\nText.\n';
    expect(check(fr, en)).toMatchInlineSnapshot(`
      [
        "number-changed 3 changed 25 26",
      ]
    `);
  });

  it('is line-ending blind: a CRLF translation of an LF source passes', () => {
    expect(check(FR, FR.replace(/\n/g, '\r\n'), 'fr')).toEqual([]);
  });
});
