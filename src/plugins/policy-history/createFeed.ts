/** One entry of a feed: a version of the page. */
export interface FeedEntry {
  /** Absolute URL, also the entry's id: a version's permanent address. */
  readonly id: string;
  readonly title: string;
  /** Absolute URL of the page the entry links to (its changes, or the version itself for the first one). */
  readonly link: string;
  /** RFC 3339. */
  readonly published: string;
  /** RFC 3339. */
  readonly updated: string;
  readonly summary: string;
  /** Language of the summary when it differs from the feed's (a French summary in a feed in English). */
  readonly summaryLang?: string;
}

/** What `createFeed` writes: an Atom 1.0 feed of a page's versions. */
export interface Feed {
  /** Absolute URL of the feed itself (`rel="self"`). */
  readonly self: string;
  /** Absolute URL of the history page (`rel="alternate"`), also the feed's id. */
  readonly alternate: string;
  readonly title: string;
  /** BCP 47 tag of the feed's language. */
  readonly lang: string;
  /** Who publishes the page (Atom requires an author). */
  readonly author: string;
  /** Newest first. */
  readonly entries: readonly FeedEntry[];
  /** RFC 3339, used when there is no entry. */
  readonly fallbackUpdated: string;
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({'<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;'})[c] ?? c);

/** An instant (ms) as RFC 3339, UTC, to the second. */
export function rfc3339(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Writes an Atom 1.0 feed (RFC 4287): `id`, `title`, `updated`, `author`
 * and `link rel="self"` for the feed, `id`, `title`, `updated`,
 * `published`, `summary` and `link rel="alternate"` for each entry. The
 * feed's `updated` is the newest entry's. Pure.
 */
export function createFeed(feed: Feed): string {
  const updated = [...feed.entries.map((e) => e.updated)].sort().at(-1) ?? feed.fallbackUpdated;
  const entries = feed.entries.map((entry) =>
    [
      '  <entry>',
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
      `    <published>${entry.published}</published>`,
      `    <updated>${entry.updated}</updated>`,
      `    <summary${entry.summaryLang ? ` xml:lang="${escapeXml(entry.summaryLang)}"` : ''}>${escapeXml(entry.summary)}</summary>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  <id>${escapeXml(feed.alternate)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
