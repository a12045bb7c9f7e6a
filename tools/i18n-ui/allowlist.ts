import {LOCALES, SOURCE_LOCALE} from '../../src/config/locales';
import {SITE_CONFIG} from '../../src/config/site';
import {textFor} from '../../src/config/siteConfig';
import type {AllowedMessage, ForbiddenKey} from './findUntranslated';

const EVERY_LOCALE = LOCALES.map((l) => l.code);

/**
 * UI messages that rightly read the same as in the reference language
 * (English, or French for the English files). Keep it short: every entry
 * says why. `findUntranslated` reports an entry nothing uses any more.
 */
export const UNTRANSLATED_ALLOWLIST: readonly AllowedMessage[] = [
  {message: textFor(SITE_CONFIG.title, SOURCE_LOCALE, SOURCE_LOCALE), locales: EVERY_LOCALE, reason: 'the site title (site.config.ts): navbar title'},
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
