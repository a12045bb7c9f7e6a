import type {TFunction} from 'i18next';

import {createMessageT, isLanguageCode, pickLanguage as pickShared} from '../shared/messageLanguage';

import en from './translations/en.json';
import fr from './translations/fr.json';

/**
 * The message catalogues, `translations/<lang>.json`: `status.*`, `report.*`,
 * `problems.<code>.message|fix`. A language is added with its file here and
 * the translate command's (`tools/translate/cli/messages/<lang>.json`, createT.ts).
 */
export const MESSAGES = {en, fr} as const;

/** A language the tooling speaks (has messages for); any other falls back to English. */
export type MessageLanguage = keyof typeof MESSAGES;

export {isLanguageCode};

/** The language of i18n:check's messages: `--lang`, else `LC_ALL`/`LC_MESSAGES`/`LANG`, else English (`pickLanguage`). */
export function pickLanguage(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): MessageLanguage {
  return pickShared(flag, env, Object.keys(MESSAGES) as MessageLanguage[]);
}

/** An i18next `t` for `language` over these catalogues (`createMessageT`). */
export function createTranslator(language: MessageLanguage): TFunction {
  return createMessageT(language, MESSAGES);
}
