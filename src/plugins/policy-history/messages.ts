import type {FeedTexts} from './localeHistory';

/**
 * The feed's words: the same messages as the pages (`code.json`, ids
 * `policyHistory.*`), read at build time from the locale's code
 * translations, with the French defaults the components also carry.
 */
export const FEED_MESSAGES = {
  'policyHistory.feed.title': 'Versions de la page « {title} »',
  'policyHistory.version.title': 'Version du {date}',
  'policyHistory.feed.defaultSummary': 'Nouvelle version, en vigueur à partir du {date}.',
} as const;

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** The feed texts of a page, in the locale of `codeTranslations`. */
export function feedTexts(codeTranslations: Readonly<Record<string, string>>): (pageTitle: string) => FeedTexts {
  const message = (id: keyof typeof FEED_MESSAGES) => codeTranslations[id] ?? FEED_MESSAGES[id];
  return (pageTitle) => ({
    title: fill(message('policyHistory.feed.title'), {title: pageTitle}),
    entryTitle: (date) => fill(message('policyHistory.version.title'), {date}),
    defaultSummary: (date) => fill(message('policyHistory.feed.defaultSummary'), {date}),
  });
}
