/**
 * What the translation-provenance plugin hands to the theme, shared by the
 * build side (`index.ts`) and the browser side (`usePageProvenance.ts`).
 */

import type {TranslationStatus} from '../../shared/provenance';

export type {TranslationStatus};

/** One page of the current locale, as the theme needs it. */
export interface PageProvenance {
  status: TranslationStatus;
  /** `translation.engine`, absent when `missing`. */
  engine?: string;
  /** `translation.date` (YYYY-MM-DD), absent when `missing`. */
  date?: string;
  /** `translation.source_hash`: the French text it was made from. */
  sourceHash?: string;
  /** `translation.reviewed_by`, when a person signed the review. */
  reviewedBy?: string;
  /** Last commit date of the French file (ms), when git knows it. */
  sourceLastUpdatedAt?: number;
}

/** The plugin's global data for the locale being built. */
export interface ProvenanceGlobalData {
  /**
   * `metadata.source` prefixes of a page in this locale: a translated file
   * (`@site/i18n/en/docusaurus-plugin-content-docs/current/`) or the French
   * fallback (`@site/docs/`). The rest of the path keys `pages`.
   */
  sourcePrefixes: string[];
  /** Pages of a target locale by path under `docs/`; empty for French. */
  pages: Record<string, PageProvenance>;
  /**
   * "Last updated" texts of the French sources' dates in this locale, by
   * timestamp (ms): formatted at build time so the browser never builds
   * an `Intl.DateTimeFormat` (see `formatDateTexts`).
   */
  lastUpdatedTexts: Record<string, string>;
  /** Target locales where at least one page is a machine translation. */
  machineTranslatedLocales: string[];
  /**
   * Per target locale, the ids of the docs it has no translation of (it
   * shows their French page): the language menu says so on those pages.
   * Empty lists are left out, so a fully translated site carries `{}`.
   */
  missingDocIds: Record<string, string[]>;
}
