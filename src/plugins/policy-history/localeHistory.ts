import {readFrontMatter} from '../../shared/frontMatter';
import {readChangeSummary} from './effectiveDate';
import {diffPages} from './diff/diffPages';
import type {ToBlocksOptions} from './diff/toBlocks';
import {createFeed, rfc3339, type FeedEntry} from './createFeed';
import type {Version} from './groupVersions';
import {historyPaths} from './historyPaths';
import {pickTranslation, type VersionTranslation} from './pickTranslation';
import type {Provenance} from '../../shared/provenance';
import type {
  ChangesPageData,
  CurrentPolicy,
  HistoryPageData,
  PartialHistory,
  PolicyPageRef,
  VersionPageData,
  VersionSummary,
} from './types';
import {versionTimeline} from './versionTimeline';

/** Everything `localeHistory` needs about one policy page in one locale. */
export interface LocaleHistoryInput {
  /** The French versions, oldest first (`groupVersions`). */
  readonly versions: readonly Version[];
  /** The build's day, YYYY-MM-DD. */
  readonly today: string;
  /** The translated file's states with their provenance, oldest first; `undefined` when building French. */
  readonly translations?: readonly {text: string; provenance: Provenance}[];
  /** `lang` of the French text, for a French fallback shown in a target locale. */
  readonly sourceLang: string;
  /** The current page, in this locale (Docusaurus's permalink and title). */
  readonly permalink: string;
  readonly title: string;
  /** Every day's text in the locale (`formatLongDates`). */
  readonly dateText: (day: string) => string;
  /** For the links of the changes pages. */
  readonly resolveUrl?: ToBlocksOptions['resolveUrl'];
  readonly partial?: PartialHistory;
}

/** One version's page: its data and the Markdown to compile. */
export interface VersionPage {
  readonly data: VersionPageData;
  readonly markdown: string;
}

/** The history of one policy page in one locale, as the plugin turns it into routes, global data and a feed. */
export interface LocaleHistory {
  readonly history: HistoryPageData;
  readonly versionPages: readonly VersionPage[];
  readonly changesPages: readonly ChangesPageData[];
  readonly current: CurrentPolicy;
  /** Feed entries without their absolute URLs (`toFeed` adds them), newest first. */
  readonly feed: readonly {summary: VersionSummary; published: number | undefined; updated: number | undefined}[];
}

/**
 * Builds a policy page's history in one locale from its French versions:
 * each version's text in the locale (its translation, found by
 * `pickTranslation`, or the French), periods in force, the changes between
 * consecutive versions (of the translations when both exist, of the French
 * otherwise), and what the current page shows. Pure.
 */
export function localeHistory(input: LocaleHistoryInput): LocaleHistory {
  const paths = historyPaths(input.permalink);
  const ref: PolicyPageRef = {title: input.title, pagePath: input.permalink, historyPath: paths.history, feedPath: paths.feed};
  const timeline = versionTimeline(input.versions, input.today);
  const texts = timeline.map(({version}) => localeText(version, input.translations));

  const summaries: VersionSummary[] = timeline.map(({version, status, until, previous}, index) => {
    const text = texts[index] as LocaleText;
    const translatedSummary = text.translation ? readChangeSummary(readFrontMatter(text.translation.text)) : undefined;
    const summary = translatedSummary ?? version.changeSummary;
    return {
      effectiveDate: version.effectiveDate,
      dateText: input.dateText(version.effectiveDate),
      status,
      ...(until === undefined ? {} : {until, untilText: input.dateText(until)}),
      ...(summary === undefined ? {} : {summary}),
      ...(summary !== undefined && translatedSummary === undefined && input.translations !== undefined ? {summaryLang: input.sourceLang} : {}),
      path: paths.version(version.effectiveDate),
      ...(previous === undefined ? {} : {changesPath: paths.changes(version.effectiveDate)}),
    };
  });

  const versionPages = summaries.map((summary, index): VersionPage => {
    const text = texts[index] as LocaleText;
    const title = stringValue(readFrontMatter(text.markdown).title) ?? input.title;
    return {
      markdown: text.markdown,
      data: {
        ...ref,
        version: summary,
        versionTitle: title,
        ...(input.translations === undefined ? {} : {textStatus: text.translation?.status ?? 'missing'}),
        ...(text.translation?.provenance.engine ? {engine: text.translation.provenance.engine} : {}),
      },
    };
  });

  const changesPages = summaries.flatMap((summary, index): ChangesPageData[] => {
    const before = texts[index - 1];
    const after = texts[index] as LocaleText;
    const previous = summaries[index - 1];
    if (before === undefined || previous === undefined) return [];
    // Both translations, or both French: never a translation against the French.
    const bothTranslated = before.translation !== undefined && after.translation !== undefined;
    const pick = (t: LocaleText) => (bothTranslated || input.translations === undefined ? t.markdown : t.french);
    const page = (markdown: string) => ({title: stringValue(readFrontMatter(markdown).title) ?? input.title, markdown});
    return [
      {
        ...ref,
        version: summary,
        previous,
        ...(input.translations !== undefined && !bothTranslated ? {textStatus: 'missing' as const} : {}),
        blocks: diffPages(page(pick(before)), page(pick(after)), {...(input.resolveUrl ? {resolveUrl: input.resolveUrl} : {})}),
      },
    ];
  });

  const current = currentPolicy(summaries, paths);
  return {
    history: {...ref, versions: [...summaries].reverse(), ...(input.partial ? {partial: input.partial} : {})},
    versionPages,
    changesPages,
    current,
    feed: summaries
      .map((summary, index) => ({
        summary,
        published: timeline[index]?.version.publishedAt,
        updated: timeline[index]?.version.updatedAt,
      }))
      .reverse(),
  };
}

interface LocaleText {
  /** What the locale shows: the translation, or the French. */
  readonly markdown: string;
  readonly french: string;
  readonly translation?: VersionTranslation;
}

function localeText(version: Version, translations: LocaleHistoryInput['translations']): LocaleText {
  const translation = translations ? pickTranslation(translations, version) : undefined;
  return {markdown: translation?.text ?? version.text, french: version.text, ...(translation ? {translation} : {})};
}

function currentPolicy(summaries: readonly VersionSummary[], paths: ReturnType<typeof historyPaths>): CurrentPolicy {
  const inForce = summaries.find((s) => s.status === 'current');
  const upcoming = summaries.find((s) => s.status === 'upcoming');
  const shown = inForce ?? upcoming ?? (summaries.at(-1) as VersionSummary);
  const next = inForce ? upcoming : undefined;
  return {
    historyPath: paths.history,
    feedPath: paths.feed,
    shown: {effectiveDate: shown.effectiveDate, dateText: shown.dateText, status: shown.status},
    ...(next
      ? {
          upcoming: {
            effectiveDate: next.effectiveDate,
            dateText: next.dateText,
            path: next.path,
            ...(next.changesPath ? {changesPath: next.changesPath} : {}),
          },
        }
      : {}),
  };
}

function stringValue(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Words of the feed, in the feed's locale. */
export interface FeedTexts {
  /** The feed's title. */
  readonly title: string;
  /** An entry's title, from the version's date text. */
  entryTitle(dateText: string): string;
  /** An entry's summary when the version has no `change_summary`. */
  defaultSummary(dateText: string): string;
}

/**
 * The Atom feed of a policy page's history in one locale: one entry per
 * version, newest first, linking to its changes (to the version itself for
 * the first). Dates without a commit (outside git) are the effective date's
 * midnight, UTC. Pure.
 */
export function toFeed(
  history: LocaleHistory,
  options: {siteUrl: string; lang: string; author: string; texts: FeedTexts},
): string {
  const absolute = (p: string) => `${options.siteUrl}${p}`;
  const entries = history.feed.map(({summary, published, updated}): FeedEntry => {
    const midnight = Date.parse(`${summary.effectiveDate}T00:00:00Z`);
    return {
      id: absolute(summary.path),
      title: options.texts.entryTitle(summary.dateText),
      link: absolute(summary.changesPath ?? summary.path),
      published: rfc3339(published ?? midnight),
      updated: rfc3339(updated ?? published ?? midnight),
      summary: summary.summary ?? options.texts.defaultSummary(summary.dateText),
      ...(summary.summary !== undefined && summary.summaryLang ? {summaryLang: summary.summaryLang} : {}),
    };
  });
  return createFeed({
    self: absolute(history.history.feedPath),
    alternate: absolute(history.history.historyPath),
    title: options.texts.title,
    lang: options.lang,
    author: options.author,
    entries,
    fallbackUpdated: rfc3339(0),
  });
}
