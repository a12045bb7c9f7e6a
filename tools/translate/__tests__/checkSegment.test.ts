import {describe, expect, it} from 'vitest';

import {checkSegment} from '../providers/checkSegment';
import type {SegmentKind} from '../segmenting/segmentPage';
import {reversibleTranslate} from '../testing/reversibleTranslate';

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
    expect(codes('Bonjour.', '<think>French to English</think>Hello.')).toEqual(['model-chatter']);
    expect(codes('Bonjour.', '  ')).toEqual(['empty']);
    expect(codes('Une longue phrase française qui dit beaucoup de choses importantes.', 'A long English')).toEqual(['text-truncated']);
    expect(codes('Phrase complète.', 'Complete sentence without its end')).toEqual(['text-truncated']);
  });
});

describe('checkSegment numbers', () => {
  it('tells thousands groups from neighbouring numbers', () => {
    expect(codes('En 2018, 3 fois.', '3 times in 2018.')).toEqual([]);
    expect(codes('Téléphone : 01 41 91 77 77.', 'Phone: 01 41 91 77 77.')).toEqual([]);
    expect(codes('Capital : 13 174 890 euros.', 'Capital: 13.174.890 Euro.')).toEqual([]);
  });
});

/** French segments shaped like the site's pages (tagged, whitespace collapsed), and a faithful English answer for each. */
const PARAGRAPH = [
  "Acme Example définit, applique, exploite, surveille, revoit, maintient et améliore le processus et les mesures relatifs au traitement des données et à la sécurité de l'information, selon une approche par les risques.",
  'Acme Example defines, implements, operates, monitors, reviews, maintains and improves the process and the measures relating to data processing and information security, following a risk-based approach.',
] as const;
const ITEM = [
  "pour chaque page consultée sont transmis son adresse, sans paramètres ni fragment, son titre, la page précédente de ce même site (jamais l'adresse d'un autre site d'où vous venez) et l'heure locale de la consultation ;",
  'for each page viewed, its address (without parameters or fragment), its title, the previous page on this same site (never the address of another site you came from) and the local time of the visit are sent;',
] as const;
const SHORT_ITEM = ["aucun identifiant de visiteur n'est créé ;", 'no visitor identifier is created;'] as const;
const TWO_SENTENCES = [
  "Cette configuration suit les conditions fixées par la CNIL pour dispenser la mesure d'audience de consentement. Vous pouvez néanmoins la refuser à tout moment avec la case ci-dessous ; votre choix est conservé dans votre navigateur, sans cookie ni identifiant.",
  'This configuration follows the conditions set by the CNIL for exempting audience measurement from consent. You may nevertheless refuse it at any time with the checkbox below; your choice is stored in your browser, without any cookie or identifier.',
] as const;
const TRANSLATION = [
  'Les versions anglaise, espagnole, italienne et allemande de cette documentation sont produites par traduction automatique. Pour toute question à ce sujet, reportez-vous à la version française, qui fait foi.',
  'The English, Spanish, Italian and German versions of this documentation are produced by machine translation. For any question on this matter, please refer to the French version, which is authoritative.',
] as const;

const en = (source: string, translated: string, kind?: SegmentKind) => checkSegment(source, translated, {locale: 'en', ...(kind ? {kind} : {})}).map((p) => p.code);

describe('checkSegment: damage a provider does, that the other checks let through', () => {
  it('accepts the faithful answers (prose about machine translation is not chatter)', () => {
    for (const [fr, good] of [PARAGRAPH, ITEM, SHORT_ITEM, TWO_SENTENCES, TRANSLATION]) expect(en(fr, good), good).toEqual([]);
  });

  it('a segment cut in half that still ends with "." or ";"', () => {
    expect(en(PARAGRAPH[0], 'Acme Example defines, implements, operates, monitors, reviews, maintains and improves the process.')).toEqual(['text-truncated']);
    expect(en(ITEM[0], 'for each page viewed, its address (without parameters or fragment), its title;')).toEqual(['text-truncated']);
    expect(en(TWO_SENTENCES[0], 'This configuration follows the conditions set by the CNIL for exempting audience measurement from consent.')).toEqual(['text-truncated']);
  });

  it('a sentence added, or dropped', () => {
    expect(en(TRANSLATION[0], `${TRANSLATION[1]} The translated versions are equally binding.`)).toEqual(['sentence-count-changed']);
    const [first, second] = TWO_SENTENCES[1].split('. ');
    expect(en(TWO_SENTENCES[0], `${first}; ${second}`)).toEqual(['sentence-count-changed']);
  });

  it('the text repeated, whole or a run of it', () => {
    expect(en(SHORT_ITEM[0], `${SHORT_ITEM[1]} ${SHORT_ITEM[1]}`)).toEqual(['text-repeated']);
    expect(en(PARAGRAPH[0], PARAGRAPH[1].replace('information security,', 'information security, relating to data processing and information security,'))).toEqual(['text-repeated']);
  });

  it("a model's preamble, label, apology or reasoning, in the five languages", () => {
    const answers = [
      `Here is the translation: ${PARAGRAPH[1]}`,
      `Here's the English translation of the text: ${PARAGRAPH[1]}`,
      `Sure! ${PARAGRAPH[1]}`,
      `Voici la traduction : ${PARAGRAPH[1]}`,
      `Aquí está la traducción: ${PARAGRAPH[1]}`,
      `Ecco la traduzione: ${PARAGRAPH[1]}`,
      `Hier ist die Übersetzung: ${PARAGRAPH[1]}`,
      `Translation: ${PARAGRAPH[1]}`,
      `**English translation:** ${PARAGRAPH[1]}`,
      `Übersetzung: ${PARAGRAPH[1]}`,
      "I'm sorry, but I can't translate this text.",
      'As an AI language model, I cannot provide legal advice.',
      'Je suis désolé, je ne peux pas traduire ce texte.',
      'Lo siento, no puedo traducir este texto.',
      'Mi dispiace, non posso tradurre questo testo.',
      'Es tut mir leid, ich kann diesen Text nicht übersetzen.',
      `<think>Formal register.</think>${PARAGRAPH[1]}`,
      `<thinking>The user wants British English.</thinking> ${PARAGRAPH[1]}`,
      `${PARAGRAPH[1]} <reasoning>kept "risk-based"</reasoning>`,
      `<reflection>ok</reflection>${PARAGRAPH[1]}`,
      `&lt;thinking&gt;British English.&lt;/thinking&gt;${PARAGRAPH[1]}`,
    ];
    for (const answer of answers) expect(en(PARAGRAPH[0], answer), answer).toContain('model-chatter');
  });

  it('is not chatter when the French says it too', () => {
    expect(en('Traduction : automatique, par un modèle.', 'Translation: automatic, by a model.')).toEqual([]);
    expect(en('Voici la traduction de la politique.', 'Here is the translation of the policy.')).toEqual([]);
  });

  it('a block construct the French segment does not have, at the start of a line', () => {
    const at = PARAGRAPH[1].indexOf(' and the measures');
    const [head, tail] = [PARAGRAPH[1].slice(0, at), PARAGRAPH[1].slice(at + 1)];
    for (const injected of [`${head}\n> ${tail}`, `${head}\n\n***\n\n${tail}`, `${head}\n---\n${tail}`, `${head}\n## ${tail}`, `${head}\n- ${tail}`, `${head}\n1. ${tail}`, `${head}\n| ${tail}`, `${head}\n<div>${tail}`, `${head}\n\`\`\`\n${tail}`, `> ${PARAGRAPH[1]}`]) {
      // `1.` is a number too, which the numbers check reports as well.
      expect(en(PARAGRAPH[0], injected).filter((code) => code !== 'numbers'), injected).toEqual(['block-construct-changed']);
    }
    // A German sentence may open with a date: `25. Mai 2018` at a segment's start is not a list.
    expect(checkSegment('Le 25 mai 2018, le RGPD est entré en application.', '25. Mai 2018: Die DSGVO trat in Kraft.', {locale: 'de'})).toEqual([]);
  });

  it('an answer implausible for its kind: a heading, a table cell or a list item given another segment text', () => {
    expect(en('Contexte', 'Context\nThe purpose of the policy.', 'heading')).toContain('implausible-for-kind');
    expect(en('Taille maximale', 'Maximum\nsize', 'tableCell')).toEqual(['implausible-for-kind']);
    expect(en('Principaux résultats', 'Main outcomes.', 'heading')).toEqual(['implausible-for-kind']);
    // Two chat-model ids swapped: the short list item and the two-sentence paragraph.
    expect(en(SHORT_ITEM[0], TWO_SENTENCES[1], 'paragraph')).toEqual(['implausible-for-kind', 'sentence-count-changed', 'length-ratio']);
    expect(en(TWO_SENTENCES[0], SHORT_ITEM[1], 'paragraph')).toEqual(['implausible-for-kind', 'sentence-count-changed', 'length-ratio']);
  });

  it('a length out of the language pair bounds', () => {
    const explained = 'no visitor identifier (a code that would let the measurement tool recognise your browser from one visit to the next, such as a cookie or a device fingerprint) is created;';
    expect(en(SHORT_ITEM[0], explained)).toEqual(['length-ratio']);
  });

  it('says what is wrong in words', () => {
    expect(checkSegment(PARAGRAPH[0], `Here is the translation: ${PARAGRAPH[1]}`, {locale: 'en'})).toEqual([
      {code: 'model-chatter', detail: `a model's preamble before the text: "Here is the translation: Acme Example defines, implements, …"`},
    ]);
  });
});

describe('checkSegment: the loopback providers\' reversible "translation" passes', () => {
  it('on short and tag-heavy segments, where `[en]` is a large part of the text', () => {
    const segments: Array<[string, SegmentKind]> = [
      ['Accueil', 'frontMatter'],
      ['PDF', 'tableCell'],
      ['2 Mo', 'tableCell'],
      ['Contexte', 'heading'],
      ['Attention', 'label'],
      ['Voir la <g1>politique</g1>.', 'paragraph'],
      ['Les <g1>mentions légales</g1> : l\'éditeur, <g2>l\'hébergeur</g2>, le <g3>délégué</g3> et <x4/>.', 'paragraph'],
      ['Écrivez à <x1/> ou appelez le 01 41 91 77 77 ; la documentation est publiée sur <x2/>.', 'paragraph'],
      [PARAGRAPH[0], 'paragraph'],
      [SHORT_ITEM[0], 'paragraph'],
      // A sentence that starts at a tag starts with the marker: `… personnelle. <g1>[en]Aucun` is still two sentences.
      ["Ce site ne collecte aucune donnée personnelle. <g1>Aucun cookie</g1> n'est déposé.", 'paragraph'],
      [TWO_SENTENCES[0], 'paragraph'],
    ];
    for (const locale of ['en', 'es', 'it', 'de']) {
      for (const [fr, kind] of segments) expect(checkSegment(fr, reversibleTranslate(fr, locale), {locale, kind}), `${locale} ${fr}`).toEqual([]);
    }
  });
});
