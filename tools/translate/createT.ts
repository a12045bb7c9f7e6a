import i18next, {type TFunction} from 'i18next';

import en from './messages/en.json';
import fr from './messages/fr.json';

/** The i18next namespace of this command, so its catalogue merges with `i18n:check`'s. */
export const NAMESPACE = 'translate';

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
