import {describe, expect, it} from 'vitest';

import {extractTokens, splitNumberRun} from '../facts/extractTokens';

/** `kind:value` of every token, the form the checker compares. */
const tokens = (text: string): string[] => extractTokens(text).map((t) => `${t.kind}:${t.value}`);

describe('numbers: the same number in every locale', () => {
  it('reads thousands grouped by space, NBSP, narrow NBSP, comma, dot or apostrophe as one number', () => {
    expect(
      ['13 174 890', '13\u00A0174\u00A0890', '13\u202F174\u202F890', '13,174,890', '13.174.890', "13'174'890"].map(
        (s) => tokens(`Capital : ${s} euros`),
      ),
    ).toMatchInlineSnapshot(`
      [
        [
          "number:13174890",
        ],
        [
          "number:13174890",
        ],
        [
          "number:13174890",
        ],
        [
          "number:13174890",
        ],
        [
          "number:13174890",
        ],
        [
          "number:13174890",
        ],
      ]
    `);
  });

  it('reads a decimal comma or dot, alone or after grouping, as the same decimal', () => {
    expect(['1,5', '1.5', '1 234,5', '1,234.5', '1.234,5', '0,25'].map((s) => tokens(s).join())).toMatchInlineSnapshot(`
      [
        "number:1.5",
        "number:1.5",
        "number:1234.5",
        "number:1234.5",
        "number:1234.5",
        "number:0.25",
      ]
    `);
  });

  it('keeps the number of a quantity whatever the unit: 2 Mo, 2 MB', () => {
    expect([tokens('de 2 Mo au maximum'), tokens('2 MB at most')]).toMatchInlineSnapshot(`
      [
        [
          "number:2",
        ],
        [
          "number:2",
        ],
      ]
    `);
  });

  it('does not merge numbers that only a space separates when they cannot be groups', () => {
    expect(tokens('en 2026 100 personnes, 1-7 cours Valmy, 92800 Puteaux, version 1.2.3')).toMatchInlineSnapshot(`
      [
        "number:2026",
        "number:100",
        "number:1",
        "number:7",
        "number:92800",
        "number:1.2",
        "number:3",
      ]
    `);
  });

  it('tells apart numbers that differ by one digit or by the decimal mark position', () => {
    expect(tokens('13 174 890')).not.toEqual(tokens('13,174,980'));
    expect(tokens('1,5')).not.toEqual(tokens('15'));
    expect(tokens('1 500')).not.toEqual(tokens('1,50'));
  });

  it('splits a run into numbers at their offsets, keeping what was written', () => {
    expect(splitNumberRun('2026 13 174 890,5')).toMatchInlineSnapshot(`
      [
        {
          "offset": 0,
          "raw": "2026",
          "value": "2026",
        },
        {
          "offset": 5,
          "raw": "13 174 890,5",
          "value": "13174890.5",
        },
      ]
    `);
  });
});

describe('addresses, phones and URLs', () => {
  it('finds each once, before numbers, so their digits are not numbers too', () => {
    expect(
      tokens(
        'Écrivez à dpo-2@cloud-temple.com, appelez le 01 41 91 77 77 ou le +33 (0)1 41 91 77 77, voir https://docs.cloud-temple.com/v2/guide (ou www.cnil.fr).',
      ),
    ).toMatchInlineSnapshot(`
      [
        "email:dpo-2@cloud-temple.com",
        "phone:0141917777",
        "phone:+33141917777",
        "url:https://docs.cloud-temple.com/v2/guide",
        "url:www.cnil.fr",
      ]
    `);
  });

  it('does not take a grouped number for a phone number', () => {
    expect(tokens('13 174 890 et 825 400 336')).toMatchInlineSnapshot(`
      [
        "number:13174890",
        "number:825400336",
      ]
    `);
  });
});

describe('phones: the writing of each configured language', () => {
  const phones = (text: string, languages: string[]) => extractTokens(text, languages).map((t) => `${t.kind}:${t.value}`);

  it('reads international and trunk-0 national numbers in any language', () => {
    expect(phones('Tél. 01 41 91 77 77 ou +33 (0)1 41 91 77 77, UK 020 7946 0958', [])).toEqual(['phone:0141917777', 'phone:+33141917777', 'phone:02079460958']);
  });

  it('reads a national format only for a language of the site: North American for English, area code and slash for German', () => {
    expect(phones('Call (555) 123-4567 or 555-123-4567.', ['en'])).toEqual(['phone:5551234567', 'phone:5551234567']);
    expect(phones('Call (555) 123-4567.', ['fr'])).toEqual(['number:555', 'number:123', 'number:4567']);
    expect(phones('Tel. 030/1234567 oder (030) 123 45 67', ['de'])).toEqual(['phone:0301234567', 'phone:0301234567']);
    expect(phones('Cell. 347 123 4567', ['it', 'pt-BR'])).toEqual(['phone:3471234567']);
  });
});

describe('e-mail addresses in any script', () => {
  it('reads accented local parts and internationalized domains whole', () => {
    expect(extractTokens('Schreiben Sie an josé.müller@bücher.example oder an dpo@example.org.').map((t) => `${t.kind}:${t.value}`)).toEqual([
      'email:josé.müller@bücher.example',
      'email:dpo@example.org',
    ]);
  });
});
