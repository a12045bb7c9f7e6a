import type {TFunction} from 'i18next';

import {compareProse, createTranslator, type ProseCode, type ProseKind, renderProblem} from '../../i18n-check';
import {plainText, tagMismatch} from '../segmenting';

/**
 * Why a returned segment cannot be used: the gate's own checks of what
 * travels in the tagged form, or one of `i18n:check`'s prose codes
 * (`compareProse`: length, sentences, truncation, repetition, chatter,
 * block constructs, plausibility for the segment's kind).
 */
export type SegmentProblemCode = 'empty' | 'tags' | 'numbers' | 'emails' | 'urls' | 'secret' | ProseCode;

export interface SegmentProblem {
  code: SegmentProblemCode;
  detail: string;
}

/** What the gate knows of a segment besides its text. */
export interface SegmentContext {
  /** Target locale: the length bounds and sentence rules of the pair. Without it, the widest bounds. */
  locale?: string;
  /** What the segment is in its page: a heading or a table cell is one line, for instance. */
  kind?: ProseKind;
}

const URL = /\bhttps?:\/\/[^\s<>"')\]]+/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// A number: thousands grouped by threes (13 174 890, 13,174,890, 13.174.890)
// or a plain or decimal number (2018, 2,5). Read digit by digit, so each
// locale may group and separate its own way.
const NUMBER = /(?<!\d)\d{1,3}(?:[ \u00a0\u202f.,']\d{3})+(?![\d])|\d+(?:[.,]\d+)?/g;

/**
 * The segment-level gate on a provider's answer: not empty, tags kept and
 * well nested, the same numbers, e-mail addresses and URLs, and none of the
 * damage `compareProse` finds (the same function `i18n:check` runs on each
 * block of a page, so a segment this gate lets through is not refused by
 * the page gate for its prose). Numbers compare by their digits, so each
 * locale may group and separate them its own way. Details are in English,
 * from `i18n:check`'s messages. Pure.
 */
export function checkSegment(source: string, translated: string, context: SegmentContext = {}): SegmentProblem[] {
  const from = plainText(source).trim();
  const to = plainText(translated).trim();
  if (to === '') return [{code: 'empty', detail: 'empty translation'}];
  const problems: SegmentProblem[] = [];
  const tags = tagMismatch(source, translated);
  if (tags) problems.push({code: 'tags', detail: tags});
  const urls = (t: string) => sorted(t.match(URL) ?? []);
  const emails = (t: string) => sorted(t.replace(URL, ' ').match(EMAIL) ?? []);
  const numbers = (t: string) => sorted((t.replace(URL, ' ').replace(EMAIL, ' ').match(NUMBER) ?? []).map((n) => n.replace(/\D/g, '')));
  for (const [code, extract] of [['urls', urls], ['emails', emails], ['numbers', numbers]] as const) {
    const want = extract(from);
    const got = extract(to);
    if (want.join('\n') !== got.join('\n')) problems.push({code, detail: `expected ${want.join(', ') || 'none'}, found ${got.join(', ') || 'none'}`});
  }
  const t = english();
  for (const {code, params} of compareProse({source: from, translated: to, locale: context.locale ?? 'und', kind: context.kind})) {
    problems.push({code, detail: renderProblem({severity: 'error', code, file: '', line: 1, params}, t).message});
  }
  return problems;
}

let translator: TFunction | undefined;
/** The English messages, made once: details read like the other gate details. */
function english(): TFunction {
  translator ??= createTranslator('en');
  return translator;
}

function sorted(values: string[]): string[] {
  return [...values].sort();
}
