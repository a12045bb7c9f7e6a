import {describe, expect, it} from 'vitest';

import {outputHash, stripProvenance, withProvenance} from '../provenanceBlock';

const PROVENANCE = {status: 'machine', engine: 'deepl', date: '2026-11-29', source_hash: '0123456789abcdef'} as const;

describe('provenance block', () => {
  it('goes last in the front matter, in the file’s line endings, and strips back to the page', () => {
    const page = '---\r\ntitle: Privacy\r\n---\r\n\r\nText.\r\n';
    const written = withProvenance(page, PROVENANCE);
    expect(written).toBe(
      '---\r\ntitle: Privacy\r\ntranslation:\r\n  status: machine\r\n  engine: deepl\r\n  date: 2026-11-29\r\n' +
        `  source_hash: "0123456789abcdef"\r\n  output_hash: "${outputHash(written)}"\r\n---\r\n\r\nText.\r\n`,
    );
    expect(stripProvenance(written)).toBe(page);
  });
  it('adds a front matter to a page without one', () => {
    const written = withProvenance('Text.\n', PROVENANCE);
    expect(written.startsWith('---\ntranslation:\n  status: machine\n')).toBe(true);
    expect(written.endsWith('---\nText.\n')).toBe(true);
  });
});
