import {describe, expect, it} from 'vitest';

import {checkSegment} from '../checkSegment';

const codes = (source: string, translated: string) => checkSegment(source, translated).map((p) => p.code);

describe('checkSegment', () => {
  it('accepts a faithful translation with locale number formatting', () => {
    expect(codes('Capital social : 13 174 890 euros, soit 2,5 %.', 'Share capital: 13,174,890 euros, i.e. 2.5%.')).toEqual([]);
    expect(codes('Écrivez à <g1>contact@cloud-temple.com</g1>.', 'Write to <g1>contact@cloud-temple.com</g1>.')).toEqual([]);
  });
  it('accepts reordered tags', () => {
    expect(codes('<g1>a</g1> et <x2/> b.', '<x2/> and <g1>a</g1> b.')).toEqual([]);
  });
  it('rejects a lost, invented or mis-nested tag', () => {
    expect(checkSegment('Voir <g1>ceci</g1>.', 'See this.')).toEqual([{code: 'tags', detail: 'tag open:g1 expected 1 time(s), found 0'}]);
    expect(codes('Voir ceci.', 'See <x9/> this.')).toEqual(['tags']);
    expect(codes('<g1><g2>a</g2></g1>.', '<g1><g2>a</g1></g2>.')).toEqual(['tags']);
  });
  it('rejects changed numbers, e-mails and URLs', () => {
    expect(codes('Au plus 25 mois.', 'At most 52 months.')).toEqual(['numbers']);
    expect(codes('Écrire à a@b.fr.', 'Write to a@b.com.')).toEqual(['emails']);
    expect(codes('Voir https://a.fr/x.', 'See https://a.com/x.')).toEqual(['urls']);
  });
  it('rejects leaked reasoning, empty and truncated answers', () => {
    expect(codes('Bonjour.', '<think>French to English</think>Hello.')).toEqual(['think']);
    expect(codes('Bonjour.', '  ')).toEqual(['empty']);
    expect(codes('Une longue phrase française qui dit beaucoup de choses importantes.', 'A long English')).toEqual(['truncated']);
    expect(codes('Phrase complète.', 'Complete sentence without its end')).toEqual(['truncated']);
  });
});

describe('checkSegment numbers', () => {
  it('tells thousands groups from neighbouring numbers', () => {
    expect(codes('En 2018, 3 fois.', '3 times in 2018.')).toEqual([]);
    expect(codes('Téléphone : 01 41 91 77 77.', 'Phone: 01 41 91 77 77.')).toEqual([]);
    expect(codes('Capital : 13 174 890 euros.', 'Capital: 13.174.890 Euro.')).toEqual([]);
  });
});
