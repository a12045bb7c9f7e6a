import {plainText, tagMismatch} from './taggedText';

/** Why a returned segment cannot be used. */
export type SegmentProblemCode = 'empty' | 'tags' | 'think' | 'numbers' | 'emails' | 'urls' | 'truncated' | 'secret';

export interface SegmentProblem {
  code: SegmentProblemCode;
  detail: string;
}

const URL = /\bhttps?:\/\/[^\s<>"')\]]+/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// A number: thousands grouped by threes (13 174 890, 13,174,890, 13.174.890)
// or a plain or decimal number (2018, 2,5). Read digit by digit, so each
// locale may group and separate its own way.
const NUMBER = /(?<!\d)\d{1,3}(?:[ \u00a0\u202f.,']\d{3})+(?![\d])|\d+(?:[.,]\d+)?/g;

/**
 * The segment-level gate on a provider's answer: tags kept and well
 * nested, no reasoning (`<think>`) leaked, the same numbers, e-mail
 * addresses and URLs, and not cut short. Numbers compare by their digits,
 * so each locale may group and separate them its own way. Pure.
 */
export function checkSegment(source: string, translated: string): SegmentProblem[] {
  if (/<\/?think\b|&lt;\/?think\b/i.test(translated)) return [{code: 'think', detail: 'reasoning (<think>) in the answer'}];
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
  if (isTruncated(from, to)) problems.push({code: 'truncated', detail: `${to.length} characters for ${from.length}`});
  return problems;
}

/** Cut short: far shorter than the French, or the sentence lost its end. */
function isTruncated(from: string, to: string): boolean {
  if (from.length >= 40 && to.length < from.length * 0.4) return true;
  return /[.!?…]$/.test(from) && !/[.!?…。"'»”)\]]$/.test(to);
}

function sorted(values: string[]): string[] {
  return [...values].sort();
}
