import {describe, expect, it} from 'vitest';

import {corpusPage} from '../createCorpus';

describe('corpusPage', () => {
  it('writes a page in the words of its locale, linking to the next page', () => {
    const fr = corpusPage(1, 'fr', 100);
    const de = corpusPage(1, 'de', 100);
    expect(fr).toContain('sidebar_position: 11');
    expect(fr).toContain('](./page-002.md)');
    expect(fr).toMatch(/données|traitement/);
    expect(de).toMatch(/Daten|Verarbeitung/);
    expect(de).not.toMatch(/données/);
  });

  it('links the last page back to the first, so every link resolves', () => {
    expect(corpusPage(100, 'fr', 100)).toContain('](./page-001.md)');
  });
});
