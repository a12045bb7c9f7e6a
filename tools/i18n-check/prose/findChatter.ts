import {excerpt} from '../problem';
import type {ProseFinding} from './proseFinding';

/**
 * What a chat model says besides the translation, by kind, in the site's
 * five languages (a model may answer in the target language, the source's,
 * or English whatever the target). Each pattern is a whole phrase, so
 * ordinary prose about translation ("traduction automatique", "machine
 * translation") does not match. No `\b` next to a non-ASCII letter: in
 * JavaScript it knows only ASCII word characters.
 */
const CHATTER: Readonly<Record<string, readonly RegExp[]>> = {
  // Reasoning a model was meant to keep to itself, raw or XML-escaped.
  reasoning: [/(?:<|&lt;)\/?(?:think|thinking|reasoning|reflection|scratchpad)\b[^>]*?(?:>|&gt;)/i],
  // "Here is the translation:", and the assent that comes before it.
  preamble: [
    /\b(?:here(?:'s| is| are)|below is|the following is)\b[^.!?\n]{0,40}\btranslat/i,
    /\bvoici\b[^.!?\n]{0,40}\btradu(?:ction|it)/i,
    /\b(?:aquí|he aquí|a continuación)[^.!?\n]{0,40}\btraduc(?:ción|cion|ido)/i,
    /\b(?:ecco|di seguito)\b[^.!?\n]{0,40}\btradu(?:zione|zioni|tto)/i,
    /\b(?:hier (?:ist|sind|die|folgt)|nachfolgend|im folgenden)\b[^.!?\n]{0,40}übersetz/i,
    /^\s*(?:sure|certainly|of course|absolutely|okay)\s*[,!.:]/im,
    // French openers a translation may render as "Certainly," or "Natürlich,": the French then exempts them.
    /^\s*(?:bien sûr|certainement|certes|évidemment|naturellement|absolument|clairement|volontiers|d'accord)\s*[,!.:]/im,
    /^\s*(?:claro|por supuesto|desde luego|de acuerdo)\s*[,!.:]/im,
    /^\s*(?:certo|certamente|volentieri|d'accordo)\s*[,!.:]/im,
    /^\s*(?:gerne|gern|natürlich|selbstverständlich|klar)\s*[,!.:]/im,
  ],
  // A "Translation:" label before the text.
  label: [
    /^\s*(?:\*\*)?(?:(?:english|spanish|italian|german|french) )?translat(?:ion|ed text)(?: into \w+)?\s*(?:\*\*)?\s*:/im,
    /^\s*(?:\*\*)?(?:texte )?tradu(?:ction|it)(?: en \w+)?\s*(?:\*\*)?\s*:/im,
    /^\s*(?:\*\*)?traducci[oó]n(?: al \w+)?\s*(?:\*\*)?\s*:/im,
    /^\s*(?:\*\*)?traduzione(?: in \w+)?\s*(?:\*\*)?\s*:/im,
    /^\s*(?:\*\*)?übersetzung(?: ins \w+)?\s*(?:\*\*)?\s*:/im,
  ],
  // Apologies, refusals, a model speaking of itself, notes to the reader.
  apology: [
    /\b(?:I(?:'m| am) sorry|I apologi[sz]e|as an AI\b|as a (?:large )?language model|I (?:cannot|can't|can not|am unable to|'m unable to) (?:translate|help|assist|comply)|I hope (?:this|that) helps|let me know if|translator's note)/i,
    /\b(?:je suis (?:vraiment )?désolée?|désolée?,|en tant qu(?:e |')(?:IA|intelligence artificielle|modèle de langage|assistant)|je ne (?:peux|suis pas en mesure de) (?:pas )?(?:traduire|vous aider)|note du traducteur)/i,
    /\b(?:lo siento|lo lamento|como (?:una )?(?:IA|inteligencia artificial|modelo de lenguaje)|no puedo (?:traducir|ayudar)|nota del traductor)/i,
    /\b(?:mi dispiace|come (?:un'?\s?)?(?:IA|intelligenza artificiale|modello (?:di )?linguaggio|modello linguistico)|non (?:posso|sono in grado di) (?:tradurre|aiutar)|nota del traduttore)/i,
    /\b(?:es tut mir leid|entschuldigung,|als (?:eine )?(?:KI|künstliche Intelligenz|Sprachmodell)\b|ich kann (?:das |den text |diesen text )?nicht übersetzen|anmerkung des übersetzers)/i,
  ],
};

/**
 * Model chatter in a translation: reasoning tags (`<think>`, `<thinking>`,
 * `<reasoning>`, `<reflection>`, escaped or not), a preamble ("Here is the
 * translation:", "Voici la traduction :", "Aquí está la traducción:",
 * "Ecco la traduzione:", "Hier ist die Übersetzung:", "Sure,"...), a
 * "Translation:" label, an apology or refusal ("I'm sorry", "As an AI",
 * "Je suis désolé", "Lo siento", "Mi dispiace", "Es tut mir leid"...). A
 * kind the French itself matches is not chatter: a page may quote such a
 * phrase, and its translation then says it too. Pure.
 */
export function findChatter(source: string, translated: string): ProseFinding | undefined {
  for (const [kind, patterns] of Object.entries(CHATTER)) {
    if (patterns.some((p) => p.test(source))) continue;
    for (const pattern of patterns) {
      const match = pattern.exec(translated);
      if (match) return {code: 'model-chatter', params: {kind, excerpt: excerpt(translated.slice(match.index))}};
    }
  }
  return undefined;
}
