import fs from 'node:fs';
import path from 'node:path';
import {createElement} from 'react';
// @ts-expect-error: no @types/react-dom here (as in src/plugins/lean-client/stagedEntry.ts).
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';

import DiffView from '../../../components/PolicyHistory/DiffView';
import {sourceHash} from '../../../shared/sourceHash';
import {FEED_MESSAGES} from '../messages';
import {groupVersions} from '../groupVersions';
import {localeHistory} from '../localeHistory';
import {readTranslationStates} from '../pickTranslation';
import {policyPage, translatedPage} from './gitRepository';

const v1 = policyPage('2025-01-15', 'Conservées 25 mois.');
const v2 = policyPage('2025-07-01', 'Conservées 13 mois.', 'Durée réduite à 13 mois.');
const v3 = policyPage('2026-03-01', 'Conservées 13 mois. Sous-traitants européens.', 'Sous-traitants.');
const {versions} = groupVersions([v1, v2, v3].map((text) => ({text})), 'docs/privacy.md');
const base = {versions, today: '2026-01-15', sourceLang: 'fr', permalink: '/en/privacy', title: 'Privacy policy', dateText: (d: string) => `«${d}»`};

describe('a policy page’s history in one locale', () => {
  it('lists every version newest first, with its period, status and addresses', () => {
    const {history, current} = localeHistory(base);
    expect(history.versions.map((v) => [v.effectiveDate, v.status, v.untilText, v.path, v.changesPath])).toEqual([
      ['2026-03-01', 'upcoming', undefined, '/en/privacy/history/2026-03-01', '/en/privacy/history/2026-03-01/changes'],
      ['2025-07-01', 'current', '«2026-02-28»', '/en/privacy/history/2025-07-01', '/en/privacy/history/2025-07-01/changes'],
      ['2025-01-15', 'archived', '«2025-06-30»', '/en/privacy/history/2025-01-15', undefined],
    ]);
    expect(current).toEqual({
      historyPath: '/en/privacy/history',
      feedPath: '/en/privacy/history/feed.xml',
      shown: {effectiveDate: '2025-07-01', dateText: '«2025-07-01»', status: 'current'},
      upcoming: {
        effectiveDate: '2026-03-01',
        dateText: '«2026-03-01»',
        path: '/en/privacy/history/2026-03-01',
        changesPath: '/en/privacy/history/2026-03-01/changes',
      },
    });
  });

  it('shows each version in its translation, or in French, marked, when it has none', () => {
    const translations = readTranslationStates([
      {text: translatedPage(sourceHash(v1), 'Kept 25 months.')},
      {text: translatedPage(sourceHash(v2), 'Kept 13 months.', 'Shorter retention.')},
    ]);
    const {versionPages, changesPages, history} = localeHistory({...base, translations});
    expect(versionPages.map((p) => [p.data.textStatus, p.data.versionTitle, p.markdown.includes('Kept')])).toEqual([
      ['machine', 'Policy', true],
      ['machine', 'Policy', true],
      ['missing', 'Politique', false],
    ]);
    expect(history.versions.map((v) => [v.summary, v.summaryLang])).toEqual([
      ['Sous-traitants.', 'fr'],
      ['Shorter retention.', undefined],
      [undefined, undefined],
    ]);
    // Version 2 against 1: both translated, the English texts compared.
    const [second, third] = changesPages;
    expect(second?.textStatus).toBeUndefined();
    expect(JSON.stringify(second?.blocks)).toContain('Kept');
    // Version 3 has no translation: the two French texts, marked.
    expect(third?.textStatus).toBe('missing');
    expect(JSON.stringify(third?.blocks)).not.toContain('Kept');
    expect(JSON.stringify(third?.blocks)).toContain('Sous-traitants');
  });

  it('says there is nothing in force yet when the first version is announced', () => {
    const {current} = localeHistory({...base, today: '2024-01-01'});
    expect(current.shown).toEqual({effectiveDate: '2025-01-15', dateText: '«2025-01-15»', status: 'upcoming'});
    expect(current.upcoming).toBeUndefined();
  });
});

describe('the changes as HTML', () => {
  it('puts <ins>/<del> around exactly the changed words, each with its text label', () => {
    const {changesPages} = localeHistory(base);
    const labels = {inserted: 'Added:', deleted: 'Deleted:', component: (n: string) => `[${n}]`, linkTarget: (u: string) => `to ${u}`};
    const html = (renderToStaticMarkup as (element: ReturnType<typeof createElement>) => string)(
      createElement(DiffView, {blocks: changesPages[0]?.blocks ?? [], labels}),
    );
    const label = '<span class="[^"]*">';
    expect(html).toMatch(new RegExp(`<del class="[^"]*">${label}\\[Deleted: </span>25${label}\\]</span></del>`));
    expect(html).toMatch(new RegExp(`<ins class="[^"]*">${label}\\[Added: </span>13${label}\\]</span></ins>`));
    expect(html).toMatch(/<h3 id="diff-\d+">Contexte<\/h3>/);
  });
});

describe('the feed’s default words', () => {
  it('are the French messages of code.json (the pages use the same ids)', () => {
    const french = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../../i18n/fr/code.json'), 'utf8')) as Record<string, {message: string}>;
    for (const [id, message] of Object.entries(FEED_MESSAGES)) expect(french[id]?.message, id).toBe(message);
  });
});
