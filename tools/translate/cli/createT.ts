import type {TFunction} from 'i18next';

import {createMessageT} from '../../shared/messageLanguage';

import en from './messages/en.json';
import fr from './messages/fr.json';

/** The i18next namespace of this command, so its catalogue merges with `i18n:check`'s. */
export const NAMESPACE = 'translate';

/** This command's catalogues, `messages/<lang>.json`: the same languages as i18n:check's (`MESSAGES`). */
export const TRANSLATE_MESSAGES = {en, fr} as const;

/**
 * A translation function for this command's messages, in its own i18next
 * instance; a language without messages (or a missing key) gives English.
 */
export async function createT(language: string): Promise<TFunction> {
  return Promise.resolve(createMessageT(language, TRANSLATE_MESSAGES, NAMESPACE));
}
