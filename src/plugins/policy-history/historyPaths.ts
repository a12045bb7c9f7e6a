/** The addresses of a policy page's history, under the page's own (`/privacy`, `/en/privacy`). */
export interface HistoryPaths {
  /** `/privacy/history`: every version. */
  readonly history: string;
  /** `/privacy/history/feed.xml`: the Atom feed. */
  readonly feed: string;
  /** `/privacy/history/2026-11-29`: a version as it was. */
  version(effectiveDate: string): string;
  /** `/privacy/history/2026-11-29/changes`: that version against the previous one. */
  changes(effectiveDate: string): string;
}

/** The history addresses of the page at `permalink` (as Docusaurus gives it, base URL and locale included). Pure. */
export function historyPaths(permalink: string): HistoryPaths {
  const history = `${permalink.replace(/\/+$/, '')}/history`;
  return {
    history,
    feed: `${history}/feed.xml`,
    version: (date) => `${history}/${date}`,
    changes: (date) => `${history}/${date}/changes`,
  };
}
