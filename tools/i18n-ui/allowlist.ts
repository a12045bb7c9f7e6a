import type {AllowedMessage, ForbiddenKey} from './findUntranslated';

/**
 * UI messages that rightly read the same as in the reference language
 * (English, or French for the English files). Keep it short: every entry
 * says why. `findUntranslated` reports an entry nothing uses any more.
 */
export const UNTRANSLATED_ALLOWLIST: readonly AllowedMessage[] = [
  {message: 'Cloud Temple', locales: ['fr', 'en', 'es', 'it', 'de'], reason: 'company name: navbar title'},
  {message: 'Versions', locales: ['fr', 'en'], reason: 'the same word in French and English'},
  {message: 'danger', locales: ['fr', 'en'], reason: 'the same word in French and English'},
  {message: 'Version: {versionLabel}', locales: ['de'], reason: 'German writes "Version" and the colon the same way'},
  {message: 'Info', locales: ['de'], reason: '"Info" is the usual German admonition label'},
  {message: 'Privacy', locales: ['it'], reason: '"privacy" is the established Italian term (Informativa sulla privacy)'},
];

/** Keys that must stay out of the translation files. */
export const FORBIDDEN_KEYS: readonly ForbiddenKey[] = [
  {
    file: 'docusaurus-theme-classic/footer.json',
    key: 'copyright',
    reason:
      'a translated copyright freezes the year written by write-translations; without the key the footer shows the config value, built each year',
  },
];
