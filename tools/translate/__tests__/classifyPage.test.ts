import {describe, expect, it} from 'vitest';

import {withProvenance} from '../../../src/shared/provenance';
import {classifyPage} from '../planning/classifyPage';

const PROVENANCE = {status: 'machine', engine: 'deepl', date: '2026-11-29', source_hash: '0123456789abcdef'} as const;

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
  it('reads the block as the build does: an unquoted hash YAML takes for a number makes the page unmarked, left alone', () => {
    const page = '---\ntranslation:\n  status: machine\n  engine: deepl\n  date: 2026-11-29\n  source_hash: 97039041016869e2\n---\nHello.\n';
    expect(classifyPage(french, page, false)).toMatchObject({state: 'unmarked', translate: false});
    expect(classifyPage(french, page.replace('97039041016869e2', '"97039041016869e2"'), false).provenance?.source_hash).toBe('97039041016869e2');
  });
});
