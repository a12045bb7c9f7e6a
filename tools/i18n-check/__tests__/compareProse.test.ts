import {describe, expect, it} from 'vitest';

import {parseMarkdown} from '../../../src/shared/markdown';
import {compareProse} from '../prose/compareProse';
import {blockConstructs} from '../prose/findBlockConstructs';
import {finalPunctuation} from '../prose/findImplausibleForKind';
import {DEFAULT_LENGTH_BOUNDS, findLengthRatio, LENGTH_BOUNDS, lengthBounds, lengthRatio} from '../prose/findLengthRatio';
import {findRepetition} from '../prose/findRepetition';
import {findTruncation} from '../prose/findTruncation';
import {pairProse} from '../prose/pairProse';

const codes = (source: string, translated: string, locale = 'en') => compareProse({source, translated, locale}).map((f) => f.code);

describe('length ratio', () => {
  it('pulls short texts towards 1 (a two-word heading may double), not long ones', () => {
    expect(lengthRatio('Hébergeur', 'Proveedor de alojamiento').toFixed(2)).toBe('1.31');
    const french = 'x'.repeat(300);
    expect(lengthRatio(french, 'x'.repeat(600)).toFixed(2)).toBe('1.88');
    expect(findLengthRatio('Hébergeur', 'Proveedor de alojamiento', 'es')).toBeUndefined();
  });

  it('does not count a parenthesised gloss that quotes the French', () => {
    const french = 'Raison sociale : CLOUD TEMPLE, société par actions simplifiée à associé unique';
    const german = 'Firma: CLOUD TEMPLE, vereinfachte Aktiengesellschaft französischen Rechts mit einem einzigen Gesellschafter (société par actions simplifiée à associé unique)';
    expect(findLengthRatio(french, german, 'de')).toBeUndefined();
    expect(findLengthRatio(french, german.replace('(société', '(une société'), 'de')).toMatchObject({code: 'length-ratio', params: {kind: 'long'}});
  });

  it('has calibrated bounds for each target pair, and the widest for any other', () => {
    expect(Object.keys(LENGTH_BOUNDS.fr ?? {}).sort()).toEqual(['de', 'en', 'es', 'it']);
    expect(lengthBounds('fr', 'en')).toEqual(DEFAULT_LENGTH_BOUNDS);
    const long = 'a'.repeat(100);
    expect(findLengthRatio(long, 'a'.repeat(170), 'pt')).toBeUndefined();
    expect(findLengthRatio(long, 'a'.repeat(200), 'pt')).toMatchObject({params: {kind: 'long', max: '1.60'}});
  });
});

describe('truncation', () => {
  const french = "Les décisions reposent sur une évaluation des risques. Acme Example s'engage à ce que la collecte et le traitement de vos données soient conformes au règlement.";
  it('a lost final punctuation, fewer sentences than the French, or a last sentence cut short', () => {
    expect(findTruncation(french, 'Decisions are based on a risk assessment. Acme Example undertakes to ensure that the collection', 'en')?.params.kind).toBe('punctuation');
    expect(findTruncation(french, 'Decisions are based on a risk assessment.', 'en')?.params.kind).toBe('sentences');
    expect(findTruncation(french, 'Decisions are based on a risk assessment. Acme Example undertakes to ensure.', 'en')?.params).toMatchObject({kind: 'sentence', ending: '…ent. Acme Example undertakes to ensure.', missing: 'et le traitement de vos données soient conformes …'});
    expect(findTruncation(french, 'Decisions are based on a risk assessment. Acme Example undertakes to ensure that the collection and processing of your data comply with the regulation.', 'en')).toBeUndefined();
  });
});

describe('repetition', () => {
  it('the whole text, or a run of five words or more, that the French does not repeat', () => {
    expect(findRepetition('Contexte', 'Context Context')?.params).toMatchObject({kind: 'whole', count: 2});
    expect(findRepetition('Les données sont protégées contre les accès non autorisés.', 'Data are protected against unauthorised access, protected against unauthorised access.')).toBeUndefined();
    expect(findRepetition('Les données sont protégées contre les accès non autorisés.', 'Data are protected against unauthorised access, are protected against unauthorised access.')?.params).toMatchObject({kind: 'run', count: 5});
    expect(findRepetition('Non, non et non.', 'No, no and no.')).toBeUndefined();
    expect(findRepetition('Le délégué à la protection des données, le délégué à la protection des données.', 'The data protection officer, the data protection officer.')).toBeUndefined();
  });
});

describe('compareProse', () => {
  it('a sentence count or a length that chatter, repetition or a cut explains is not reported again', () => {
    const french = 'La vie privée des personnes sera toujours respectée.';
    expect(codes(french, `Here is the English translation of the French text: ${'The privacy of individuals will always be respected.'}`)).toEqual(['model-chatter']);
    expect(codes(french, 'The privacy of individuals will always be respected. The privacy of individuals will always be respected.')).toEqual(['text-repeated']);
  });

  it('the final punctuation of a run of prose, closing quotes aside', () => {
    expect(['la fin.', 'la fin ;', 'le titre', '« la fin. »', 'fin…', 'vraiment ?', '(DPO) :'].map(finalPunctuation)).toEqual(['period', 'semicolon', 'none', 'period', 'period', 'question', 'colon']);
  });

  it('block constructs at line starts; ordered numbers and setext underlines only after a line break', () => {
    expect([...blockConstructs('> a\n***\n# b\n- c\n| d |\n<div>\n```\n1. e\n---').keys()].sort()).toEqual(['blockquote', 'code', 'heading', 'html', 'list', 'table', 'thematicBreak']);
    expect([...blockConstructs('25. Mai 2018 trat sie in Kraft.').keys()]).toEqual([]);
    expect([...blockConstructs('Le <g1>RGPD</g1> et <x2/>.\n<thinking>').keys()]).toEqual([]);
  });
});

describe('pairProse', () => {
  it('pairs front-matter values, headings, paragraphs, list items, table cells and labels in order, at their lines', () => {
    const french = '---\ntitle: Titre\n---\n\n## Contexte\n\nUn paragraphe.\n\n- un point ;\n- un autre.\n\n| Format |\n|---|\n| PDF |\n\n:::note[Attention]\nTexte.\n:::\n';
    const english = '---\ntitle: Title\n---\n\n## Context\n\nA paragraph.\n\n- an item;\n- another.\n\n| Format |\n|---|\n| PDF |\n\n:::note[Warning]\nText.\n:::\n';
    const pairs = pairProse(parseMarkdown(french), parseMarkdown(english));
    expect(pairs?.map((p) => `${p.kind} ${p.translated.line} ${p.source.text} → ${p.translated.text}`)).toEqual([
      'frontMatter 2 Titre → Title',
      'heading 5 Contexte → Context',
      'paragraph 7 Un paragraphe. → A paragraph.',
      'paragraph 9 un point ; → an item;',
      'paragraph 10 un autre. → another.',
      'tableCell 12 Format → Format',
      'tableCell 14 PDF → PDF',
      'label 16 Attention → Warning',
      'paragraph 17 Texte. → Text.',
    ]);
  });

  it('does not pair pages whose block structure differs (the shape checks report that)', () => {
    expect(pairProse(parseMarkdown('Un.\n\nDeux.\n'), parseMarkdown('One.\n> Two.\n'))).toBeUndefined();
    expect(pairProse(parseMarkdown('- a\n- b\n'), parseMarkdown('- a\n'))).toBeUndefined();
  });
});
