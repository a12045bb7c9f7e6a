/**
 * Sentences of a run of prose, for the sentence-count and truncation
 * checks, in the site's five languages.
 *
 * `Intl.Segmenter` (ICU, `granularity: 'sentence'`) does the work. Measured
 * on the committed translations it splits every paragraph as a reader does
 * (`npm run i18n:calibrate` prints any disagreement). What it gets wrong is
 * what ICU's rule gets wrong: after "word. " it breaks unless the next word
 * starts in lower case, and Node's ICU has no abbreviation lists, so it cuts
 * `z. | B. | 1,5 %`, `M. | Dupont`, `Art. | 6 DSGVO`, `pág. | 3`,
 * `ca. | 3 Std. | Zeit`, a numbered `1. | Erste Sache`, and puts the closing
 * `»` of `« Bonjour. » Puis` at the start of the next sentence: those
 * breaks are undone here. It does not break before a bracketed annotation
 * that opens the next sentence (`… end. [sic] Then`): that break is added.
 * E-mail addresses, URLs and decimal numbers (`1.5 %`) need nothing: ICU
 * breaks only before a space.
 */

/**
 * Abbreviations written with a final dot that never end a sentence, by
 * language, lower case, without the dot. Single letters (`z. B.`, `M.`,
 * `p. ex.`) and dotted forms (`e.g.`, `U.S.`) need no entry. Words that also
 * end sentences (`etc.`, `usw.`, `ecc.`) are left out on purpose.
 */
const ABBREVIATIONS: Record<string, readonly string[]> = {
  all: ['cf', 'vs', 'ibid', 'op', 'fig', 'vol', 'chap', 'ch', 'pp', 'ex', 'dr', 'prof'],
  fr: ['mm', 'mme', 'mlle', 'me', 'pr', 'st', 'ste', 'av', 'bd', 'éd', 'tél', 'env', 'suiv', 'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc'],
  en: ['mr', 'mrs', 'ms', 'st', 'inc', 'ltd', 'co', 'corp', 'dept', 'approx', 'est', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  es: ['sr', 'sra', 'srta', 'dra', 'dña', 'ej', 'aprox', 'avda', 'ud', 'uds', 'vd'],
  it: ['sig', 'sigg', 'dott', 'ing', 'avv', 'es', 'cfr'],
  de: ['bzw', 'vgl', 'ca', 'inkl', 'zzgl', 'ggf', 'evtl', 'sog', 'bspw', 'gem', 'lt', 'std', 'min', 'mio', 'mrd', 'hr', 'fr', 'str', 'tel'],
};

/** Abbreviations that stand before a number (`art. 6`, `n. 3`, `Nr. 5`, `S. 12`): joined only then. */
const BEFORE_NUMBER = ['art', 'arts', 'n', 'no', 'nos', 'nr', 'núm', 'pág', 'págs', 'pag', 'abs', 's', 'ziff', 'lit', 'al', 'para', 'sec', 'réf', 'ref'];

const MONTHS_DE = /^(?:Jan(?:uar)?|Feb(?:ruar)?|März|Apr(?:il)?|Mai|Juni?|Juli?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Okt(?:ober)?|Nov(?:ember)?|Dez(?:ember)?)\b/;

/** What closes a sentence after its full stop: it belongs to the sentence, not the next one. */
const CLOSERS = /^[\s»"”)\]]+/;

/**
 * A sentence end followed by a bracketed annotation and a capital (`… end.
 * [sic] Then`, `… end. [en]Next`): ICU sees the annotation's first letter
 * and, lower case, reads an abbreviation; the break is there.
 */
const BEFORE_ANNOTATION = /(?<=[.!?…](?:\s?["»”)])*\s)(?=\[[^\]\s]{1,12}\]\s?\p{Lu})/u;

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * The sentences of `text` in `language` (`fr`, `en`, `es`, `it`, `de`; any
 * other gets the shared abbreviations only), whitespace collapsed, each
 * trimmed; pieces without a letter or digit (a lone `—`) are not sentences.
 * Pure.
 */
export function splitSentences(text: string, language: string): string[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat === '') return [];
  const segmenter = segmenters.get(language) ?? new Intl.Segmenter(supported(language), {granularity: 'sentence'});
  segmenters.set(language, segmenter);
  const pieces = [...segmenter.segment(flat)].flatMap((s) => s.segment.split(BEFORE_ANNOTATION));
  const sentences: string[] = [];
  for (const piece of pieces) {
    const last = sentences.length - 1;
    const previous = sentences[last];
    if (previous === undefined) {
      sentences.push(piece);
      continue;
    }
    // « Bonjour. » Puis: the closing quote goes back to its sentence.
    const closers = CLOSERS.exec(piece)?.[0] ?? '';
    const moved = closers.trim() === '' ? '' : closers;
    const joined = previous + moved;
    const rest = piece.slice(moved.length);
    if (rest === '' || continuesSentence(joined, rest, language)) sentences[last] = joined + rest;
    else {
      sentences[last] = joined;
      sentences.push(rest);
    }
  }
  return sentences.map((s) => s.trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** `language` when ICU knows it; otherwise none, which is ICU's root rules. */
function supported(language: string): string[] {
  try {
    return Intl.Segmenter.supportedLocalesOf(language);
  } catch {
    return [];
  }
}

/** Whether ICU's break between `before` and `after` falls inside a sentence. */
function continuesSentence(before: string, after: string, language: string): boolean {
  const trimmed = before.trimEnd();
  // `1. Erste Sache`: a number alone is a list's numbering, not a sentence.
  if (/^\(?\d{1,3}[.)]$/.test(trimmed)) return true;
  const word = /(?:^|[\s(«"“„])([\p{L}.]+)\.$/u.exec(trimmed)?.[1]?.toLowerCase();
  if (word === undefined) {
    // German ordinal dates: `am 3. Juli`.
    return language === 'de' && /(?:^|\s)\d{1,2}\.$/.test(trimmed) && MONTHS_DE.test(after);
  }
  if (BEFORE_NUMBER.includes(word)) return /^\d/.test(after);
  if (ABBREVIATIONS.all?.includes(word) || ABBREVIATIONS[language]?.includes(word)) return true;
  // Initials and dotted forms: `z. B.`, `p. ex.`, `U.S.`, `J. Dupont`.
  return /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}
