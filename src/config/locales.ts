/**
 * The site's languages, derived from `site.config.ts` (source and
 * targets): the list that `docusaurus.config.ts`, the translation tooling
 * and the tests all read.
 */
import {SITE_CONFIG} from './site';
import type {LocaleInfo} from './siteConfig';

export type {LocaleInfo} from './siteConfig';

/** A locale code of the site (`fr`, `en`...): any configured one. */
export type LocaleCode = string;

/** The language the pages are written in (`docs/`). */
export const SOURCE_LOCALE: LocaleCode = SITE_CONFIG.source.code;

/** Every locale, the source first, then the targets in configuration order. */
export const LOCALES: readonly LocaleInfo[] = [SITE_CONFIG.source, ...SITE_CONFIG.targets];

/** The locales produced by translation, in declaration order. */
export const TARGET_LOCALES: readonly LocaleCode[] = SITE_CONFIG.targets.map((l) => l.code);
