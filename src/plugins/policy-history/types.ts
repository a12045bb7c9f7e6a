/**
 * What the policy-history plugin hands to the theme: the route data of the
 * history, version and changes pages, and the global data the current page
 * reads. Shared by the build side (`index.ts`) and the components
 * (`src/components/PolicyHistory/`).
 */
import type {TranslationStatus} from '../translation-provenance/types';
import type {DiffBlock} from './diff/types';
import type {VersionStatus} from './versionTimeline';

export type {VersionStatus};

/** Why only the current version is known. */
export type PartialHistory = 'not-git' | 'shallow';

/** A version as the pages list it, in the locale being built. */
export interface VersionSummary {
  /** YYYY-MM-DD. */
  readonly effectiveDate: string;
  /** The date in the locale, long form ("29 novembre 2026"), formatted at build time. */
  readonly dateText: string;
  readonly status: VersionStatus;
  /** Last day in force (YYYY-MM-DD), and its text; absent for the newest version. */
  readonly until?: string;
  readonly untilText?: string;
  /** `change_summary`, from the version's translation when there is one. */
  readonly summary?: string;
  /** Set when `summary` is the French one shown in a target locale. */
  readonly summaryLang?: string;
  /** The version's page. */
  readonly path: string;
  /** Its changes against the previous version; absent for the first version. */
  readonly changesPath?: string;
}

/** What every page of a policy's history shows around its content. */
export interface PolicyPageRef {
  /** The current page's title in this locale. */
  readonly title: string;
  /** The current page's path. */
  readonly pagePath: string;
  readonly historyPath: string;
  readonly feedPath: string;
}

/** `/privacy/history`. */
export interface HistoryPageData extends PolicyPageRef {
  /** Newest first. */
  readonly versions: readonly VersionSummary[];
  /** Set when git could not give the earlier versions. */
  readonly partial?: PartialHistory;
}

/** How the text of a version is shown in the locale: its translation's status, or `missing` (the French text). Absent in French. */
export type VersionTextStatus = TranslationStatus;

/** `/privacy/history/2026-11-29`. */
export interface VersionPageData extends PolicyPageRef {
  readonly version: VersionSummary;
  /** The title of that version's text. */
  readonly versionTitle: string;
  readonly textStatus?: VersionTextStatus;
  /** `translation.engine` of the translation shown. */
  readonly engine?: string;
}

/** `/privacy/history/2026-11-29/changes`. */
export interface ChangesPageData extends PolicyPageRef {
  readonly version: VersionSummary;
  readonly previous: VersionSummary;
  /** `missing` when the French texts are compared in a target locale (a translation of either version is missing). */
  readonly textStatus?: 'missing';
  readonly blocks: readonly DiffBlock[];
}

/** What the current page of a policy shows near its title. */
export interface CurrentPolicy {
  readonly historyPath: string;
  readonly feedPath: string;
  /** The version in force, or (when none is yet) the first one, upcoming. */
  readonly shown: Pick<VersionSummary, 'effectiveDate' | 'dateText' | 'status'>;
  /** The next version, when one is announced: its date, page and changes. */
  readonly upcoming?: Pick<VersionSummary, 'effectiveDate' | 'dateText' | 'path' | 'changesPath'>;
}

/** The plugin's global data for the locale being built: policy pages by doc id. */
export interface PolicyHistoryGlobalData {
  readonly pages: Readonly<Record<string, CurrentPolicy>>;
}
