import {describe, expect, it} from 'vitest';

import {createQuery} from '../createQuery';
import {createSearchIndex} from '../createSearchIndex';
import {loadLunr} from '../loadLunr';

const section = (text: string) => ({url: '/p#s', pageTitle: 'P', heading: 'S', text});

/** Builds the index of one sentence, reloads it as the browser does, searches it. */
async function finds(locale: string, text: string, query: string): Promise<boolean> {
  const file = await createSearchIndex([section(text)], locale);
  const {lunr} = await loadLunr(locale);
  return createQuery(lunr, JSON.parse(JSON.stringify(file)))(query).length > 0;
}

describe('createSearchIndex', () => {
  it.each([
    ['fr', 'Les traitements de données personnelles.', 'traitement'],
    ['en', 'Information is processed and protected.', 'processing'],
    ['es', 'Los datos personales están protegidos.', 'protegido'],
    ['it', 'I dati personali sono protetti.', 'protetto'],
    ['de', 'Die Daten der Nutzer werden gespeichert.', 'Nutzern'],
  ])('stems %s: "%s" is found by "%s"', async (locale, text, query) => {
    expect(await finds(locale, text, query)).toBe(true);
  });

  it('finds accented French words in an English index (pages not yet translated)', async () => {
    expect(await finds('en', 'La disponibilité des informations.', 'disponibilité')).toBe(true);
  });

  it('finds a word from its first letters, accents folded where the language folds them', async () => {
    expect(await finds('fr', 'La disponibilité des informations.', 'disponibili')).toBe(true);
    expect(await finds('de', 'Die Daten der Nutzer werden gespeichert.', 'gespei')).toBe(true);
  });

  it('does not throw on lunr query syntax', async () => {
    expect(await finds('fr', 'Les traitements de données personnelles.', 'traitement:+*~2')).toBe(false);
  });

  it('does not match unrelated words', async () => {
    expect(await finds('fr', 'Les traitements de données personnelles.', 'hébergeur')).toBe(false);
  });

  it('keeps the sections, without their text, for the results', async () => {
    const file = await createSearchIndex([section('long text')], 'en');
    expect(file.sections).toEqual([{url: '/p#s', pageTitle: 'P', heading: 'S'}]);
  });

  it('names the missing language', async () => {
    await expect(createSearchIndex([], 'xx')).rejects.toThrow('no lunr language for locale "xx"');
  });
});
