import i18next, {type TFunction} from 'i18next';

import en from './messages/en.json';
import fr from './messages/fr.json';

/** The i18next namespace of this command, so its catalogue merges with `i18n:check`'s. */
export const NAMESPACE = 'translate';

/** French when `LANG` (or `LC_ALL`, `LC_MESSAGES`) says French, English otherwise. */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): 'fr' | 'en' {
  const lang = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^fr(?:[_.@-]|$)/i.test(lang) ? 'fr' : 'en';
}

/** A translation function for this command's messages, in its own i18next instance. */
export async function createT(language: 'fr' | 'en'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: 'en',
    ns: [NAMESPACE],
    defaultNS: NAMESPACE,
    resources: {en: {[NAMESPACE]: en}, fr: {[NAMESPACE]: fr}},
    interpolation: {escapeValue: false},
    showSupportNotice: false,
  } as Parameters<typeof instance.init>[0]);
  return instance.t;
}
