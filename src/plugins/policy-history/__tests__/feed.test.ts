import {parseDocument} from 'htmlparser2';
import {DomUtils} from 'htmlparser2';
import type {Element} from 'domhandler';
import {describe, expect, it} from 'vitest';

import {sourceHash} from '../../../shared/sourceHash';
import {readTranslationStates} from '../pickTranslation';
import {groupVersions} from '../groupVersions';
import {localeHistory, toFeed} from '../localeHistory';
import {feedTexts} from '../messages';
import {policyPage, translatedPage} from './gitRepository';

const v1 = policyPage('2025-01-15', 'Conservées 25 mois.');
const v2 = policyPage('2025-07-01', 'Conservées 13 mois.', 'Durée réduite à 13 mois.');
const v3 = policyPage('2026-03-01', 'Conservées 13 mois. Sous-traitants européens.');
const {versions} = groupVersions(
  [
    {commit: 'a'.repeat(40), committedAt: Date.parse('2025-01-10T10:00:00Z'), text: v1},
    {commit: 'b'.repeat(40), committedAt: Date.parse('2025-06-01T10:00:00Z'), text: v2},
    {commit: 'c'.repeat(40), committedAt: Date.parse('2025-12-01T10:00:00Z'), text: v3},
  ],
  'docs/privacy.md',
);
const translations = readTranslationStates([{text: translatedPage(sourceHash(v2), 'Kept 13 months.', 'Kept for 13 months now.')}]);

/** The feed of the English page, published under a base URL. */
function englishFeed(): string {
  const history = localeHistory({
    versions,
    today: '2026-01-15',
    translations,
    sourceLang: 'fr',
    permalink: '/docs/en/privacy',
    title: 'Privacy policy',
    dateText: (day) => `day ${day}`,
  });
  const texts = feedTexts({
    'policyHistory.feed.title': 'Versions of the page “{title}”',
    'policyHistory.version.title': 'Version of {date}',
    'policyHistory.feed.defaultSummary': 'New version, in force from {date}.',
  });
  return toFeed(history, {siteUrl: 'https://docs.example.com', lang: 'en', author: 'Acme Example', texts: texts('Privacy policy')});
}

const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe('the Atom feed', () => {
  const doc = parseDocument(englishFeed(), {xmlMode: true});
  const feed = DomUtils.findOne((e) => e.name === 'feed', doc.children) as Element;
  const child = (parent: Element, name: string) => DomUtils.getChildren(parent).find((c): c is Element => (c as Element).name === name);
  const text = (parent: Element, name: string) => {
    const node = child(parent, name);
    return node ? DomUtils.textContent(node) : undefined;
  };
  const entries = DomUtils.getChildren(feed).filter((c): c is Element => (c as Element).name === 'entry');

  it('is Atom 1.0 with the required feed elements', () => {
    expect(feed.attribs.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(feed.attribs['xml:lang']).toBe('en');
    expect(text(feed, 'id')).toBe('https://docs.example.com/docs/en/privacy/history');
    expect(text(feed, 'title')).toBe('Versions of the page “Privacy policy”');
    expect(text(feed, 'updated')).toMatch(RFC_3339);
    expect(text(child(feed, 'author') as Element, 'name')).toBe('Acme Example');
    const links = DomUtils.getChildren(feed).filter((c): c is Element => (c as Element).name === 'link');
    expect(links.map((l) => [l.attribs.rel, l.attribs.href])).toEqual([
      ['self', 'https://docs.example.com/docs/en/privacy/history/feed.xml'],
      ['alternate', 'https://docs.example.com/docs/en/privacy/history'],
    ]);
  });

  it('has one entry per version, newest first, each linking to its changes (the first to itself)', () => {
    expect(entries.map((e) => text(e, 'title'))).toEqual(['Version of day 2026-03-01', 'Version of day 2025-07-01', 'Version of day 2025-01-15']);
    expect(entries.map((e) => text(e, 'id'))).toEqual([
      'https://docs.example.com/docs/en/privacy/history/2026-03-01',
      'https://docs.example.com/docs/en/privacy/history/2025-07-01',
      'https://docs.example.com/docs/en/privacy/history/2025-01-15',
    ]);
    expect(entries.map((e) => child(e, 'link')?.attribs.href)).toEqual([
      'https://docs.example.com/docs/en/privacy/history/2026-03-01/changes',
      'https://docs.example.com/docs/en/privacy/history/2025-07-01/changes',
      'https://docs.example.com/docs/en/privacy/history/2025-01-15',
    ]);
    for (const entry of entries) {
      expect(text(entry, 'published')).toMatch(RFC_3339);
      expect(text(entry, 'updated')).toMatch(RFC_3339);
    }
    expect(text(entries[2] as Element, 'published')).toBe('2025-01-10T10:00:00Z');
    // The feed is as new as its newest entry.
    expect(text(feed, 'updated')).toBe('2025-12-01T10:00:00Z');
  });

  it('summarises each version: its translated summary, the French one marked, or its date', () => {
    const summaries = entries.map((e) => child(e, 'summary') as Element);
    expect(summaries.map((s) => [DomUtils.textContent(s), s.attribs['xml:lang']])).toEqual([
      ['New version, in force from day 2026-03-01.', undefined],
      ['Kept for 13 months now.', undefined],
      ['New version, in force from day 2025-01-15.', undefined],
    ]);
  });

  it('escapes what XML must', () => {
    const history = localeHistory({versions, today: '2026-01-15', sourceLang: 'fr', permalink: '/p', title: 'A & B', dateText: (d) => d});
    const xml = toFeed(history, {siteUrl: 'https://x.example', lang: 'fr', author: 'R&D <team>', texts: feedTexts({})('A & B')});
    expect(xml).toContain('<name>R&amp;D &lt;team&gt;</name>');
    expect(xml).toContain('<title>Versions de la page « A &amp; B »</title>');
    expect(() => parseDocument(xml, {xmlMode: true})).not.toThrow();
  });
});
