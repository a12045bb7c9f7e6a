/**
 * Finds, in a run of prose, the values machine translation must carry over
 * unchanged: URLs, e-mail addresses, phone numbers and numbers. Each comes
 * with a canonical form (`value`) so that the same number written the
 * French, English or German way compares equal, and its index in `text`.
 */
import {LOCALES} from '../../../src/config/locales';

const SITE_LANGUAGES = LOCALES.map((l) => l.code);

export type TokenKind = 'url' | 'email' | 'phone' | 'number';

/** A value found in prose. */
export interface Token {
  kind: TokenKind;
  /** Canonical form: the URL or address as written, digits of a phone, `1234.5` for a number. */
  value: string;
  /** As written in the text. */
  raw: string;
  index: number;
}

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/g;
// Letters of any script, so `josé.müller@bücher.example` is one address, not `ller@b`.
const EMAIL = /[\p{L}\p{N}_.+-]+@[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)+/gu;
// A phone number starts with + (international) or 0 (the trunk prefix of
// national formats: French, German, Italian, British...) and has at least
// two more groups: `01 41 91 77 77`, `+33 1 41 91 77 77`,
// `+33 (0)1 41 91 77 77`, `030 1234 5678`, `020 7946 0958`. Other numbers
// never start with 0 followed by spaced groups, so `13 174 890` stays a
// number.
const SEP = '[ \\u00A0\\u202F.-]';
const SHARED_PHONE = `(?:\\+\\d{1,3}${SEP}?(?:\\(0\\)${SEP}?)?|0)\\d{1,4}(?:${SEP}\\d{2,4}){2,}`;

/**
 * National ways of writing a phone number that the shared rule misses, by
 * language (base code of a locale). Each configured locale's entry applies
 * to every text, source and translation alike (a translation keeps the
 * number as the source wrote it). A language without an entry gets the
 * shared rule only: international `+` numbers and trunk-0 national ones.
 */
export const NATIONAL_PHONES: Readonly<Record<string, string>> = {
  // North American: `(555) 123-4567`, `555-123-4567`, `555.123.4567`.
  en: '(?:\\(\\d{3}\\) ?|\\d{3}[-.])\\d{3}[-.]\\d{4}',
  // Area code before a slash or in brackets: `030/1234567`, `(030) 123 45 67`.
  de: '(?:\\(0\\d{2,5}\\) ?|0\\d{2,5}/ ?)\\d{2,8}(?: \\d{2,4})*',
  // Mobile numbers without trunk prefix: `347 123 4567`.
  it: '3\\d{2} \\d{3} \\d{4}',
};

const phonePatterns = new Map<string, RegExp>();

/** The phone rule for `languages`: the shared one and each language's national one. */
function phonePattern(languages: readonly string[]): RegExp {
  const national = [...new Set(languages.map((l) => l.split('-')[0] ?? l))].flatMap((l) => NATIONAL_PHONES[l] ?? []);
  const source = `(?<![\\w+])(?:${[...national, SHARED_PHONE].join('|')})(?!\\w)`;
  let pattern = phonePatterns.get(source);
  if (!pattern) phonePatterns.set(source, (pattern = new RegExp(source, 'g')));
  return pattern;
}

// Digits with anything a locale puts between them: spaces (plain, NBSP,
// narrow NBSP, thin), dots, commas, apostrophes (Swiss `1'000`).
const NUMBER_RUN = /\d+(?:[ \u00A0\u202F\u2009.,'\u2019]\d+)*/g;

/**
 * All tokens of `text`, URLs first, then addresses, phones (the shared
 * formats and those of `languages`, by default every locale of
 * site.config.ts) and numbers in what is left.
 */
export function extractTokens(text: string, languages: readonly string[] = SITE_LANGUAGES): Token[] {
  const tokens: Token[] = [];
  let rest = text;
  const take = (kind: TokenKind, pattern: RegExp, canonical: (raw: string) => string): void => {
    rest = rest.replace(pattern, (match: string, ...args: unknown[]) => {
      const index = args.find((a): a is number => typeof a === 'number') ?? 0;
      const raw = kind === 'url' ? trimUrl(match) : match;
      tokens.push({kind, value: canonical(raw), raw, index});
      // Blank it out, same length, so later patterns do not see it and indexes hold.
      return ' '.repeat(raw.length) + match.slice(raw.length);
    });
  };
  take('url', URL, (raw) => raw);
  take('email', EMAIL, (raw) => raw);
  take('phone', phonePattern(languages), (raw) => raw.replace(/\(0\)/, '').replace(/[^\d+]/g, ''));
  for (const match of rest.matchAll(NUMBER_RUN)) {
    for (const n of splitNumberRun(match[0])) {
      tokens.push({kind: 'number', value: n.value, raw: n.raw, index: (match.index ?? 0) + n.offset});
    }
  }
  return tokens.sort((a, b) => a.index - b.index);
}

/** Trailing punctuation belongs to the sentence, not the URL: `(see https://x.fr).` */
function trimUrl(url: string): string {
  let end = url.length;
  while (end > 0 && /[.,;:!?)\]}]/.test(url[end - 1] ?? '')) {
    const closing = url[end - 1];
    // Keep a closing parenthesis the URL itself opened (Wikipedia-style).
    if (closing === ')' && count(url.slice(0, end), '(') >= count(url.slice(0, end), ')')) break;
    end -= 1;
  }
  return url.slice(0, end);
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/**
 * Splits a run of digits and separators into numbers, canonical form
 * `1234` or `1234.5`. A separator followed by exactly three digits groups
 * thousands (`13 174 890`, `13,174,890`, `13.174.890`, `13 174 890`), as long as the first group has
 * one to three digits and every group separator is the same; a `.` or `,`
 * then, or any other `.`/`,`, is the decimal mark (`1,5` = `1.5`). So
 * `1,500` reads as 1500 in every locale, consistently on both sides.
 * Anything else separates two numbers (`2026 100` is 2026 and 100).
 */
export function splitNumberRun(run: string): {value: string; raw: string; offset: number}[] {
  const parts = run.split(/([^\d])/); // digits, sep, digits, sep, ...
  const numbers: {value: string; raw: string; offset: number}[] = [];
  let i = 0;
  let offset = 0;
  const at = (k: number): string => parts[k] ?? '';
  while (i < parts.length) {
    const start = offset;
    let integer = at(i);
    let raw = integer;
    let j = i;
    let groupSep: string | undefined;
    if (integer.length <= 3) {
      while (at(j + 2).length === 3 && (groupSep === undefined || at(j + 1) === groupSep)) {
        // `1,500` alone: thousands; but `1,5` or `1,50`: not 3 digits, decimal below.
        groupSep = at(j + 1);
        integer += at(j + 2);
        raw += at(j + 1) + at(j + 2);
        j += 2;
      }
    }
    let value = integer;
    const sep = at(j + 1);
    if ((sep === '.' || sep === ',') && sep !== groupSep && at(j + 2) !== '') {
      value += '.' + at(j + 2);
      raw += sep + at(j + 2);
      j += 2;
    }
    numbers.push({value, raw, offset: start});
    offset = start + raw.length + at(j + 1).length;
    i = j + 2;
  }
  return numbers;
}
