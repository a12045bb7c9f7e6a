/**
 * The language suggestion's words for each target locale, taken from that
 * locale's `i18n/<locale>/code.json`. The banner speaks the language it
 * suggests, not the page's (a French page offers a German reader the German
 * page, in German), so the page cannot use `translate()`, which gives the
 * page's own locale: the build gathers these few messages of every locale
 * instead, and the plugin hands them to the browser as global data. Pure:
 * `readSuggestionMessages-fs.ts` reads the files. No `translate()` call
 * names these ids (it would give the page's locale, and write-translations
 * would then copy the French into a new locale's file, where the banner
 * would show it as that language's): `write-translations` calls them
 * unknown keys and keeps them.
 */

/** The `code.json` ids of the suggestion's words, one per field. */
export const SUGGESTION_IDS = {
  text: 'languageSuggestion.text',
  link: 'languageSuggestion.link',
  dismiss: 'languageSuggestion.dismiss',
} as const;

/** The suggestion's words, in the language it suggests, `{language}` filled in. */
export type SuggestionMessages = Readonly<Record<keyof typeof SUGGESTION_IDS, string>>;

/** One target locale's `code.json`, as read from disk. */
export interface LocaleCodeJson {
  readonly locale: string;
  /** From the site root, for messages: `i18n/de/code.json`. */
  readonly file: string;
  /** The parsed JSON; `undefined` when the file does not exist. */
  readonly data: unknown;
}

/** What the build gathered: the words of each locale that has them all, and one line per problem. */
export interface CollectedSuggestions {
  readonly messages: Readonly<Record<string, SuggestionMessages>>;
  readonly problems: readonly string[];
}

/** The one placeholder the messages may hold. */
const LANGUAGE = '{language}';

/**
 * The name of `locale`'s language in that language, as written mid-sentence
 * ("Deutsch", "español", "English"): what `{language}` becomes. The
 * placeholder, rather than the name written in the message, is what lets
 * `npm run translate` make a new locale's words from the source's: "en
 * {language}" translates into German as "auf {language}", where "en
 * français" would become "auf Französisch".
 */
export function languageName(locale: string): string {
  return new Intl.DisplayNames([locale], {type: 'language'}).of(locale) ?? locale;
}

/**
 * Each locale's suggestion words, `{language}` filled with
 * {@link languageName}. A file missing, a message missing or not a string,
 * or another placeholder than `{language}` is a problem naming the file, the
 * id and the fix (`npm run translate` fills a missing message from
 * `sourceFile`); that locale then gets no entry.
 */
export function collectSuggestionMessages(files: readonly LocaleCodeJson[], sourceFile: string): CollectedSuggestions {
  const messages: Record<string, SuggestionMessages> = {};
  const problems: string[] = [];
  const fix = (locale: string) => `run "npm run translate -- --locale ${locale}" (it translates them from ${sourceFile}), or write them there by hand`;
  for (const {locale, file, data} of files) {
    if (data === undefined) {
      problems.push(`${file} does not exist, so locale "${locale}" has no language-suggestion words (${Object.values(SUGGESTION_IDS).join(', ')}): ${fix(locale)}`);
      continue;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      problems.push(`${file}: expected an object of messages ({"id": {"message": "..."}}); fix it, or restore it from git`);
      continue;
    }
    const found: Partial<Record<keyof SuggestionMessages, string>> = {};
    const before = problems.length;
    for (const [field, id] of Object.entries(SUGGESTION_IDS) as [keyof SuggestionMessages, string][]) {
      const message: unknown = (data as Record<string, {message?: unknown} | undefined>)[id]?.message;
      if (typeof message !== 'string' || message.trim() === '') {
        problems.push(`${file}: no "${id}" message, which the language suggestion shows to readers of "${locale}": ${fix(locale)}`);
        continue;
      }
      const other = [...message.matchAll(/\{\w+\}/g)].map((m) => m[0]).find((p) => p !== LANGUAGE);
      if (other !== undefined) {
        problems.push(`${file}: "${id}" reads ${JSON.stringify(message)}; its only placeholder is ${LANGUAGE} (the language's name), not ${other}: write ${LANGUAGE}, or the name itself`);
        continue;
      }
      found[field] = message.replaceAll(LANGUAGE, languageName(locale));
    }
    if (problems.length === before) messages[locale] = found as SuggestionMessages;
  }
  return {messages, problems};
}
