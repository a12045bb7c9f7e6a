import i18next, {type TFunction} from 'i18next';

import en from './translations/en.json';
import fr from './translations/fr.json';

/**
 * The message catalogues, `translations/<lang>.json`: `status.*`, `report.*`,
 * `problems.<code>.message|fix`. A language is added with its file here and
 * the translate command's (`tools/translate/messages/<lang>.json`, createT.ts).
 */
export const MESSAGES = {en, fr} as const;

/** A language the tooling speaks (has messages for); any other falls back to English. */
export type MessageLanguage = keyof typeof MESSAGES;

/** Whether `value` (`--lang`) is written as a language: `de`, `pt-BR`, `fr_FR.UTF-8`. */
export function isLanguageCode(value: string): boolean {
  return /^[a-z]{2,3}(?:[_.@-][\w.@-]*)?$/i.test(value);
}

/**
 * `--lang` wins; otherwise the locale of messages as POSIX orders it,
 * `LC_ALL`, then `LC_MESSAGES`, then `LANG` (as the translate command
 * does): `fr`, `fr_FR.UTF-8`, `fr-CA` give French; a language without
 * messages (`de_DE`), `C` or nothing give English.
 */
export function pickLanguage(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): MessageLanguage {
  const value = flag ?? (env.LC_ALL || env.LC_MESSAGES || env.LANG || '');
  const base = /^([a-z]{2,3})(?:[_.@-]|$)/i.exec(value)?.[1]?.toLowerCase();
  return base !== undefined && base in MESSAGES ? (base as MessageLanguage) : 'en';
}

/** An i18next `t` for `language`, initialised synchronously, independent of any global instance. */
export function createTranslator(language: MessageLanguage): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: Object.fromEntries(Object.entries(MESSAGES).map(([lang, messages]) => [lang, {translation: messages}])),
    initAsync: false,
    // Plain-text output: no HTML escaping of quoted values.
    interpolation: {escapeValue: false},
    showSupportNotice: false,
  });
  return instance.t;
}
