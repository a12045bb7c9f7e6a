import {describe, expect, it} from 'vitest';

import {classifyPage} from '../classifyPage';
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

describe('classifyPage', () => {
  const french = 'Bonjour.\n';
  const current = withProvenance('Hello.\n', {...PROVENANCE, source_hash: '6d4b0d8b5b2d2f1e'});
  it('scenarios: missing, stale, current, reviewed, edited, unmarked', () => {
    expect(classifyPage(french, undefined, false)).toMatchObject({state: 'missing', translate: true});
    expect(classifyPage(french, withProvenance('Hello.\n', PROVENANCE), false)).toMatchObject({state: 'stale', translate: true});
    const made = withProvenance('Hello.\n', {...PROVENANCE, source_hash: classifyPage(french, current, false).provenance?.source_hash ?? ''});
    expect(classifyPage('Bonjour !\n', made.replace('Hello.', 'Hi.'), false)).toMatchObject({state: 'edited', translate: false});
    expect(classifyPage('Bonjour !\n', made.replace('Hello.', 'Hi.'), true)).toMatchObject({state: 'edited', translate: true});
    expect(classifyPage('Bonjour !\n', made.replace('status: machine', 'status: reviewed'), false)).toMatchObject({state: 'reviewed', translate: false});
    expect(classifyPage(french, '---\ntitle: Hi\n---\nHello.\n', false)).toMatchObject({state: 'unmarked', translate: false});
  });
  it('reads unquoted hashes that YAML would take for numbers', () => {
    const page = '---\ntranslation:\n  status: machine\n  engine: deepl\n  date: 2026-11-29\n  source_hash: 97039041016869e2\n---\nHello.\n';
    expect(classifyPage(french, page, false).provenance?.source_hash).toBe('97039041016869e2');
  });
});
