import i18next, {type TFunction} from 'i18next';

import en from './translations/en.json';
import fr from './translations/fr.json';

/** The languages the checker speaks: French for the editors, English otherwise. */
export type MessageLanguage = 'fr' | 'en';

/** The message catalogues, `translations/<lang>.json`: `status.*`, `report.*`, `problems.<code>.message|fix`. */
export const MESSAGES = {en, fr} as const;

/**
 * `--lang` wins; otherwise the locale of messages as POSIX orders it,
 * `LC_ALL`, then `LC_MESSAGES`, then `LANG` (as the translate command
 * does): `fr`, `fr_FR.UTF-8`, `fr-CA` give French, anything else (or
 * nothing) English.
 */
export function pickLanguage(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): MessageLanguage {
  const value = flag ?? (env.LC_ALL || env.LC_MESSAGES || env.LANG || '');
  return /^fr(?:[_.@-]|$)/i.test(value) ? 'fr' : 'en';
}

/** An i18next `t` for `language`, initialised synchronously, independent of any global instance. */
export function createTranslator(language: MessageLanguage): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: {en: {translation: en}, fr: {translation: fr}},
    initAsync: false,
    // Plain-text output: no HTML escaping of quoted values.
    interpolation: {escapeValue: false},
    showSupportNotice: false,
  });
  return instance.t;
}
