import {describe, expect, it} from 'vitest';

import {readProvenance} from '../readProvenance';

const BLOCK = 'translation:\n  status: machine\n  engine: deepl\n  date: 2026-11-29\n  source_hash: "0123456789abcdef"\n';

describe('readProvenance', () => {
  it('reads a valid block, with the line of its key', () => {
    expect(readProvenance(`---\ntitle: Privacy\n${BLOCK}---\nText.\n`)).toEqual({
      ok: true,
      line: 3,
      provenance: {status: 'machine', engine: 'deepl', date: '2026-11-29', source_hash: '0123456789abcdef'},
    });
  });
  it('tells a page without a block from one whose block is wrong', () => {
    expect(readProvenance('---\ntitle: Privacy\n---\nText.\n')).toMatchObject({ok: false, reason: 'absent', line: 1});
    expect(readProvenance('Text only.\n')).toMatchObject({ok: false, reason: 'absent'});
    const wrong = readProvenance(`---\n${BLOCK.replace('machine', 'machin')}---\n`);
    expect(wrong).toMatchObject({ok: false, reason: 'invalid', line: 2});
    expect(wrong.ok ? [] : wrong.errors).toEqual([expect.stringMatching(/^translation\.status: "machin" must be "machine"/)]);
  });
  it('reads hashes as the build does: unquoted, YAML takes this one for a number, so it is refused', () => {
    const reading = readProvenance(`---\n${BLOCK.replace('"0123456789abcdef"', '97039041016869e2')}---\n`);
    expect(reading).toMatchObject({ok: false, reason: 'invalid'});
    expect(reading.ok ? [] : reading.errors).toEqual([expect.stringContaining('in quotes')]);
  });
  it('says where the front matter is not YAML, at the file line, and never throws', () => {
    const reading = readProvenance('---\ntitle: Privacy\nkeywords: [a, b\n---\n');
    expect(reading).toMatchObject({ok: false, reason: 'yaml'});
    expect(reading.ok ? [] : reading.errors).toEqual([expect.stringMatching(/^front matter is not valid YAML: .* \(line \d+, column \d+\)$/)]);
  });
  it('ignores a byte-order mark and reads CRLF files', () => {
    expect(readProvenance(`\uFEFF---\r\n${BLOCK.replace(/\n/g, '\r\n')}---\r\n`)).toMatchObject({ok: true, line: 2});
  });
});
