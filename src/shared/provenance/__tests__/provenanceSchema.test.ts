import {describe, expect, it} from 'vitest';

import {parseProvenance} from '../provenanceSchema';
import {sourceHash} from '../../sourceHash';

describe('sourceHash', () => {
  it('ignores the line-ending style', () => {
    expect(sourceHash('a\r\nb\n')).toBe(sourceHash('a\nb\n'));
    expect(sourceHash('a\nb\n')).toMatch(/^[0-9a-f]{16}$/);
  });
  it('changes with one character', () => {
    expect(sourceHash('Bonjour.')).not.toBe(sourceHash('Bonjour !'));
  });
});

describe('parseProvenance', () => {
  const valid = {status: 'machine', engine: 'deepl', date: '2026-11-29', source_hash: '0123456789abcdef'};

  it('accepts a machine translation and a YAML date', () => {
    expect(parseProvenance(valid).ok).toBe(true);
    const fromYaml = parseProvenance({...valid, date: new Date('2026-11-29T00:00:00Z'), engine: 'openai:gpt-4o-mini'});
    expect(fromYaml).toMatchObject({ok: true, provenance: {date: '2026-11-29'}});
  });

  it('names the field and quotes the value', () => {
    const result = parseProvenance({...valid, status: 'machin', source_hash: 'xyz', extra: 1});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toMatchInlineSnapshot(`
      [
        "translation.status: "machin" must be "machine" (produced by a translation engine) or "reviewed" (checked by a person)",
        "translation.source_hash: "xyz" must be 16 lowercase hex digits",
        "translation: unknown field "extra"; the fields are status, engine, date, source_hash, output_hash, reviewed_by",
      ]
    `);
  });

  it('refuses a hash YAML read as a number', () => {
    expect(parseProvenance({...valid, source_hash: 9.7039041016869e22})).toEqual({
      ok: false,
      errors: [
        'translation.source_hash: 9.7039041016869e+22 must be 16 hex digits in quotes, e.g. "0123456789abcdef" (unquoted, YAML reads it as a number)',
      ],
    });
  });

  it('says how to fix a missing block', () => {
    expect(parseProvenance(undefined)).toEqual({
      ok: false,
      errors: ['translation: missing; a translation made another way gets it with "npm run translate -- --adopt" (from its git history), a new one with "npm run translate"'],
    });
  });
});
