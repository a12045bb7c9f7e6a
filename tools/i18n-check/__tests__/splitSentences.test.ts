import {describe, expect, it} from 'vitest';

import {splitSentences} from '../prose/splitSentences';

/** What `Intl.Segmenter` alone makes of a text: the pieces `splitSentences` starts from. */
const icu = (text: string, language: string): string[] =>
  [...new Intl.Segmenter(language, {granularity: 'sentence'}).segment(text)].map((s) => s.segment.trim());

describe('splitSentences', () => {
  // Each case: what ICU gets wrong (asserted, so a Node whose ICU learns better says so), and what we make of it.
  it.each([
    ['de', 'Der Wert ist z. B. 1,5 % höher. Neu.', ['Der Wert ist z.', 'B. 1,5 % höher.', 'Neu.'], ['Der Wert ist z. B. 1,5 % höher.', 'Neu.']],
    ['fr', 'M. Dupont est venu. Mme Martin aussi.', ['M.', 'Dupont est venu.', 'Mme Martin aussi.'], ['M. Dupont est venu.', 'Mme Martin aussi.']],
    ['de', 'Gemäß Art. 6 DSGVO gilt das. Ende.', ['Gemäß Art.', '6 DSGVO gilt das.', 'Ende.'], ['Gemäß Art. 6 DSGVO gilt das.', 'Ende.']],
    ['es', 'Ver art. 6 y pág. 3. Sr. López vino.', ['Ver art. 6 y pág.', '3.', 'Sr.', 'López vino.'], ['Ver art. 6 y pág. 3.', 'Sr. López vino.']],
    ['it', 'Vedi art. 6 e pag. 3. Sig. Rossi è venuto.', ['Vedi art. 6 e pag.', '3.', 'Sig.', 'Rossi è venuto.'], ['Vedi art. 6 e pag. 3.', 'Sig. Rossi è venuto.']],
    ['de', 'Es gibt ca. 3 Std. Zeit. Dann weiter.', ['Es gibt ca.', '3 Std.', 'Zeit.', 'Dann weiter.'], ['Es gibt ca. 3 Std. Zeit.', 'Dann weiter.']],
    ['de', '1. Erste Sache. 2. Zweite Sache.', ['1.', 'Erste Sache.', '2.', 'Zweite Sache.'], ['1. Erste Sache.', '2. Zweite Sache.']],
    ['de', 'Der Vertrag gilt ab dem 3. Juli 2024. Danach nicht.', ['Der Vertrag gilt ab dem 3.', 'Juli 2024.', 'Danach nicht.'], ['Der Vertrag gilt ab dem 3. Juli 2024.', 'Danach nicht.']],
    ['fr', 'Il a dit « Bonjour. » Puis il est parti.', ['Il a dit « Bonjour.', '» Puis il est parti.'], ['Il a dit « Bonjour. »', 'Puis il est parti.']],
    ['en', 'This is the end. [sic] Then a note.', ['This is the end. [sic] Then a note.'], ['This is the end.', '[sic] Then a note.']],
    ['en', 'The end. [en]Then a note.', ['The end. [en]Then a note.'], ['The end.', '[en]Then a note.']],
  ])('%s: %s', (language, text, byIcu, expected) => {
    expect(icu(text, language)).toEqual(byIcu);
    expect(splitSentences(text, language)).toEqual(expected);
  });

  it('leaves alone what ICU gets right: abbreviations before lower case, addresses, URLs, decimals, numbering', () => {
    expect(splitSentences('Voir art. 6 du RGPD, p. ex. ceci. Ensuite n° 3.', 'fr')).toEqual(['Voir art. 6 du RGPD, p. ex. ceci.', 'Ensuite n° 3.']);
    expect(splitSentences('Écrivez à contact@cloud-temple.com. Merci.', 'fr')).toEqual(['Écrivez à contact@cloud-temple.com.', 'Merci.']);
    expect(splitSentences('Voir https://docs.cloud-temple.com/guide. Puis www.example.com.', 'fr')).toEqual(['Voir https://docs.cloud-temple.com/guide.', 'Puis www.example.com.']);
    expect(splitSentences('See e.g. the U.S. version, i.e. 1.5 % more. Then stop.', 'en')).toEqual(['See e.g. the U.S. version, i.e. 1.5 % more.', 'Then stop.']);
    expect(splitSentences('Véase p. ej. el n.º 3. Fin.', 'es')).toEqual(['Véase p. ej. el n.º 3.', 'Fin.']);
  });

  it('keeps the break after a word that ends sentences as often as it abbreviates (etc., usw., ecc.)', () => {
    expect(splitSentences('Nous refusons les cookies, traceurs, etc. Nous respectons la loi.', 'fr')).toHaveLength(2);
  });

  it('collapses line breaks (a wrapped paragraph); any language tag works', () => {
    expect(splitSentences('Une phrase\nsur deux lignes. Une autre.\n', 'fr')).toEqual(['Une phrase sur deux lignes.', 'Une autre.']);
    expect(splitSentences('One. Two.', 'und')).toHaveLength(2);
    expect(splitSentences('One. Two.', '')).toHaveLength(2);
  });
});
